import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/components/address-form/address-form.js';
import type { E911AddressForm } from '../../src/components/address-form/address-form.component.js';
import { CA_ADDRESS, US_ADDRESS, deepActive, expectNoSeriousViolations, fillForm, shadow, shadowAll, textOf } from './helpers.js';

async function mountForm(country = 'US'): Promise<E911AddressForm> {
  return fixture<E911AddressForm>(html`<e911-address-form default-country=${country}></e911-address-form>`);
}

function submitButton(form: E911AddressForm): HTMLButtonElement {
  return shadow<HTMLButtonElement>(form, 'button[type=submit]');
}

describe('<e911-address-form>', () => {
  afterEach(() => fixtureCleanup());

  it('has the contract inputs, one submit button and address autocomplete tokens', async () => {
    const form = await mountForm();
    const names = shadowAll<HTMLInputElement>(form, 'input, select').map((control) => control.name);
    expect(names).to.deep.equal(['label', 'country', 'street', 'LOC', 'A3', 'A1', 'PC']);
    expect(shadow(form, '[name=country]').localName).to.equal('select');
    expect(shadow(form, '[name=A1]').localName).to.equal('select');
    expect(shadowAll(form, 'button[type=submit]')).to.have.length(1);
    const tokens = Object.fromEntries(shadowAll<HTMLInputElement>(form, 'input, select').map((control) => [control.name, control.getAttribute('autocomplete')]));
    expect(tokens).to.include({ country: 'country', street: 'address-line1', A3: 'address-level2', A1: 'address-level1', PC: 'postal-code' });
    await expectNoSeriousViolations(form, 'empty form');
  });

  it('emits the parsed civic address and label for a valid US address', async () => {
    const form = await mountForm();
    await fillForm(form, US_ADDRESS);
    const submitted = oneEvent(form, 'e911-address-submit');
    submitButton(form).click();
    const { detail } = await submitted;
    expect(detail.label).to.equal('Home');
    expect(detail.civic).to.include({ country: 'US', HNO: '123', PRD: 'N', RD: 'Main', STS: 'St', A3: 'Springfield', A1: 'IL', PC: '62701' });
    expect(detail.civic.LOC).to.contain('Apt 4');
  });

  it('shows a message per invalid field, marks it invalid, announces and focuses the first, and emits nothing', async () => {
    const form = await mountForm();
    let emitted = false;
    form.addEventListener('e911-address-submit', () => (emitted = true));
    await fillForm(form, { street: 'Main St', PC: '1234' });
    submitButton(form).click();
    await form.updateComplete;

    const street = shadow<HTMLInputElement>(form, '[name=street]');
    const city = shadow<HTMLInputElement>(form, '[name=A3]');
    const postal = shadow<HTMLInputElement>(form, '[name=PC]');
    for (const control of [street, city, postal]) {
      expect(control.getAttribute('aria-invalid'), control.name).to.equal('true');
      const describedBy = control.getAttribute('aria-describedby')!.split(' ');
      const message = describedBy.map((id) => form.shadowRoot!.getElementById(id)).find((element) => element?.classList.contains('error'));
      expect(Boolean(message), `${control.name} has a message`).to.equal(true);
      expect(message!.textContent!.trim()).not.to.equal('');
    }
    expect(shadow(form, `#${street.name}-error`).textContent).to.match(/house or building number/i);
    expect(shadow(form, '#PC-error').textContent).to.match(/ZIP code like 12345/);
    expect(deepActive()).to.equal(street);
    await form.updateComplete;
    expect(shadow(form, '[role=status]').textContent).to.match(/fields need your attention/);
    expect(emitted).to.equal(false);
    await expectNoSeriousViolations(form, 'errors shown');
  });

  it('uses province and postal-code wording for Canada and normalises the postal code', async () => {
    const form = await mountForm('CA');
    expect(shadow(form, 'label[for=A1-control]').textContent).to.match(/Province/);
    expect(shadow(form, 'label[for=PC-control]').textContent).to.match(/Postal code/);
    expect(shadowAll<HTMLOptionElement>(form, '[name=A1] option').map((option) => option.value)).to.include('ON');
    await fillForm(form, CA_ADDRESS);
    const submitted = oneEvent(form, 'e911-address-submit');
    submitButton(form).click();
    const { detail } = await submitted;
    expect(detail.civic).to.include({ country: 'CA', A1: 'ON', PC: 'K1M 1M4' });
  });

  it('uses state and ZIP wording for the US', async () => {
    const form = await mountForm('US');
    expect(shadow(form, 'label[for=A1-control]').textContent).to.match(/State/);
    expect(shadow(form, 'label[for=PC-control]').textContent).to.match(/ZIP code/);
  });

  it('takes an address outside the US and Canada and says that enhanced 911 is not available there', async () => {
    const form = await mountForm();
    await fillForm(form, { country: 'MX' });
    expect(shadow(form, '[name=A1]').localName).to.equal('input');
    expect(textOf(form)).to.match(/Enhanced 911 is not available in Mexico/);
    await fillForm(form, { label: 'Hotel', street: 'Paseo de la Reforma 500', A3: 'Ciudad de México', A1: 'CDMX' });
    const submitted = oneEvent(form, 'e911-address-submit');
    submitButton(form).click();
    const { detail } = await submitted;
    expect(detail.civic.country).to.equal('MX');
    expect(detail.label).to.equal('Hotel');
  });

  it('renders user text as text, never as markup', async () => {
    const form = await mountForm();
    form.values = { label: '<img src=x onerror=alert(1)>', street: '<b>1</b> Main St' };
    await form.updateComplete;
    expect(shadowAll(form, 'img, b')).to.have.length(0);
    expect(shadow<HTMLInputElement>(form, '[name=label]').value).to.equal('<img src=x onerror=alert(1)>');
  });

  it('is usable with the keyboard alone: Enter in a field submits', async () => {
    const form = await mountForm();
    await fillForm(form, US_ADDRESS);
    const submitted = oneEvent(form, 'e911-address-submit');
    shadow<HTMLFormElement>(form, 'form').requestSubmit();
    const { detail } = await submitted;
    expect(detail.civic.A3).to.equal('Springfield');
  });
});
