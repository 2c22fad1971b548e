import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/address-form/address-form.js';
import type { E911AddressForm } from '../../src/components/address-form/address-form.component.js';
import { defaultCountry } from '../../src/components/address-form/default-country.js';
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
    // The street address comes first; the optional name last.
    expect(names).to.deep.equal(['street', 'LOC', 'A3', 'A1', 'PC', 'country', 'label']);
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

  it('focuses the street address first', async () => {
    const form = await mountForm();
    form.focus();
    expect(deepActive()).to.equal(shadow(form, '[name=street]'));
  });

  it('says each limit in words, caps the input and counts near the limit', async () => {
    const form = await mountForm();
    const street = shadow<HTMLInputElement>(form, '[name=street]');
    const loc = shadow<HTMLInputElement>(form, '[name=LOC]');
    expect(street.maxLength).to.equal(60);
    expect(loc.maxLength).to.equal(20);
    expect(shadow(form, '#LOC-hint').textContent).to.match(/Up to 20 characters/);
    expect(shadowAll(form, '.counter')).to.have.length(0);
    await fillForm(form, { LOC: 'Suite 1200, Floor 1' });
    expect(shadow(form, '#LOC-counter').textContent).to.match(/19 of 20 characters used/);
    expect(loc.getAttribute('aria-describedby')).to.contain('LOC-counter');
    await fillForm(form, { LOC: 'Apt 4' });
    expect(shadowAll(form, '.counter')).to.have.length(0);
  });

  for (const [what, text] of [['an emoji', '123 Main St 🏠'], ['a control character', '123 Main\u0007 St'], ['a flag', 'Home 🇺🇸']]) {
    it(`refuses ${what} as soon as it is typed, with a message that says what to remove`, async () => {
      const form = await mountForm();
      let emitted = false;
      form.addEventListener('e911-address-submit', () => (emitted = true));
      const field = what === 'a flag' ? 'label' : 'street';
      await fillForm(form, { ...US_ADDRESS, [field]: text });
      const control = shadow<HTMLInputElement>(form, `[name=${field}]`);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(form, `#${field}-error`).textContent).to.match(/Emoji and control characters cannot be part of an address/);
      submitButton(form).click();
      await form.updateComplete;
      expect(emitted).to.equal(false);
      await fillForm(form, { [field]: US_ADDRESS[field] });
      expect(control.getAttribute('aria-invalid')).to.equal('false');
    });
  }

  const languageCases: [string | null, (string | null)[], string][] = [
    [null, ['fr-CA'], 'CA'],
    [null, ['es-MX', 'en-US'], 'MX'],
    [null, ['fr', 'en-CA'], 'CA'],
    [null, ['fr', null], 'US'],
    ['GB', ['fr-CA'], 'GB'],
    ['zz', ['en-CA'], 'CA'],
    [null, ['not a tag', 'en-US'], 'US'],
  ];
  for (const [attribute, languages, expected] of languageCases) {
    it(`starts in ${expected} for default-country ${attribute} and languages ${languages.join(', ')}`, () => {
      expect(defaultCountry(attribute, languages, ['US', 'CA', 'MX', 'GB'])).to.equal(expected);
    });
  }

  it('starts in the country of the page language when default-country is not set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><e911-address-form></e911-address-form></div>`);
    const form = wrapper.querySelector('e911-address-form')!;
    await form.updateComplete;
    expect(shadow<HTMLSelectElement>(form, '[name=country]').value).to.equal('CA');
    expect(shadow(form, 'label[for=A1-control]').textContent).to.match(/Province/);
  });

  it('previews what the dispatcher will read, updated as the street is typed', async () => {
    const form = await mountForm();
    expect(shadowAll(form, '[part=preview]')).to.have.length(0);
    await fillForm(form, { street: '2450 K St NW', A3: 'Washington', A1: 'DC', PC: '20037' });
    expect(shadow(form, '#preview-lead').textContent).to.match(/The dispatcher will read/);
    expect(shadow(form, '#preview-text').textContent).to.contain('2450 K St NW, Washington, DC 20037');
    await fillForm(form, { street: '2450 K St NW Suite 300' });
    expect(shadow(form, '#preview-text').textContent).to.contain('2450 K St NW, Suite 300, Washington, DC 20037');
    const parts = Object.fromEntries(shadowAll(form, '.parts .part').map((part) => [part.querySelector('dt')!.textContent, part.querySelector('dd')!.textContent]));
    expect(parts).to.include({ Number: '2450', 'Street name': 'K', 'Street type': 'St', 'Direction after': 'NW', Unit: 'Suite 300' });
    await expectNoSeriousViolations(form, 'preview shown');
  });

  it('previews a box as typed, and refuses it for want of a house number', async () => {
    const form = await mountForm();
    await fillForm(form, { ...US_ADDRESS, street: 'RR 2 Box 45' });
    expect(shadow(form, '#preview-text').textContent).to.contain('RR 2 Box 45');
    submitButton(form).click();
    await form.updateComplete;
    expect(shadow(form, '#street-error').textContent).to.match(/house or building number/i);
  });

  it('lets the user correct a part before saving, and saves the correction', async () => {
    const form = await mountForm();
    // Read one way or the other: "Waterfront Pkwy East" may be the name, or East the road's direction after its type.
    await fillForm(form, { ...US_ADDRESS, street: '2780 Waterfront Pkwy East Dr' });
    const toggle = shadow<HTMLButtonElement>(form, '.preview button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await form.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const name = shadow<HTMLInputElement>(form, '#part-RD');
    expect(name.value).to.equal('Waterfront Pkwy');
    name.value = 'Waterfront Pkwy East';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const direction = shadow<HTMLInputElement>(form, '#part-POD');
    expect(direction.value).to.equal('E');
    direction.value = '';
    direction.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(shadow(form, '#preview-text').textContent).to.contain('2780 Waterfront Pkwy East Dr, Apt 4');
    await expectNoSeriousViolations(form, 'parts being corrected');
    const submitted = oneEvent(form, 'e911-address-submit');
    submitButton(form).click();
    const { detail } = await submitted;
    expect(detail.civic).to.include({ HNO: '2780', RD: 'Waterfront Pkwy East', STS: 'Dr', A3: 'Springfield', LOC: 'Apt 4' });
    expect(detail.civic.POD).to.equal(undefined);
  });

  it('offers one-tap names after the address, and uses the one tapped', async () => {
    const form = await mountForm();
    const names = shadowAll<HTMLButtonElement>(form, '[part=suggestion]');
    expect(names.map((b) => b.textContent!.trim())).to.deep.equal(['Home', 'Hotel', 'Office']);
    expect(names.every((b) => b.type === 'button')).to.equal(true);
    names[1]!.click();
    await form.updateComplete;
    expect(shadow<HTMLInputElement>(form, '[name=label]').value).to.equal('Hotel');
    expect(names[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps City, State and ZIP inputs in line whatever hint or error is under them', async () => {
    const form = await mountForm();
    form.style.width = '700px';
    await fillForm(form, { A3: '', PC: '1' });
    submitButton(form).click();
    await form.updateComplete;
    const tops = ['A3', 'A1', 'PC'].map((name) => Math.round(shadow(form, `[name=${name}]`).getBoundingClientRect().top));
    expect(new Set(tops).size, `input tops ${tops.join(', ')}`).to.equal(1);
  });

  describe('screenshots (test-results/address-form/)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const [width, height] of [[1280, 1000], [320, 1300]] as const) {
      it(`fits ${width} px without horizontal scrolling, preview open and the ZIP in error`, async () => {
        await setViewport({ width, height });
        const page = await fixture<HTMLElement>(html`<main style="max-width: 40rem; margin: 1rem auto; padding: 0 1rem; font: 16px system-ui, sans-serif">
          <h1 style="font-size: 1.25rem">Where are you?</h1><e911-address-form></e911-address-form></main>`);
        const form = page.querySelector('e911-address-form')!;
        await fillForm(form, { street: '2450 K St NW Suite 300', A3: 'Washington', A1: 'DC', PC: '2003' });
        submitButton(form).click();
        await form.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        await expectNoSeriousViolations(form, `${width} px`);
        const shot = await executeServerCommand<{ path: string }, { folder: string; name: string; fullPage: boolean }>(
          'demo-screenshot', { folder: 'address-form', name: `form-${width}px`, fullPage: true });
        expect(shot?.path).to.contain(`form-${width}px`);
      });
    }
  });
});
