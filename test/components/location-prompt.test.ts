import { expect } from '@open-wc/testing';
import { disabledIndexedDbOpen, patcher } from '../support/patch.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { openLocationStore } from '../../src/store/index.js';
import type { EmergencyLocation } from '../../src/location.js';
import { CA_ADDRESS, US_ADDRESS, deepActive, expectNoSeriousViolations, shadow, shadowAll, textOf, until } from './helpers.js';
import { cleanupPrompts, formOf, mountPrompt, panelOf, promptAttributes, saveAddress, settled } from './prompt-helpers.js';

/** A real Escape key press in this page (brought to the front first). */
function pressEscape(): Promise<unknown> {
  return executeServerCommand('focused-press', { key: 'Escape' });
}

describe('<e911-location-prompt>', () => {
  afterEach(() => cleanupPrompts());

  it('prompts off-premises on a first visit, saves, and reuses the location after a reload without asking', async function () {
    this.timeout(20_000); // two elements, two detections and axe: only bounds a hang on a busy machine
    const attributes = promptAttributes('home');
    const first = mountPrompt(attributes);
    const status = (await first.next('e911-network-change')).detail.status;
    expect(status.placement).to.equal('off-premises');
    await first.next('e911-prompt-open');
    expect(first.el.open).to.equal(true);
    expect(panelOf(first.el)).not.to.equal(null);
    await expectNoSeriousViolations(first.el, 'open, form');

    await saveAddress(first, US_ADDRESS);
    const close = first.events.find((event) => event.type === 'e911-prompt-close')!;
    expect(close.detail.reason).to.equal('saved');
    const saved = first.events.filter((event) => event.type === 'e911-location-change').at(-1)!.detail.location as EmergencyLocation;
    expect(saved).to.include({ label: 'Home', source: 'user', validation: 'unvalidated', method: 'Manual' });
    expect(saved.networkId).to.equal(status.networkId);
    expect(first.el.location?.id).to.equal(saved.id);
    first.el.remove();

    const second = mountPrompt(attributes);
    const reused = (await second.next('e911-location-change')).detail.location as EmergencyLocation;
    expect(reused.id).to.equal(saved.id);
    await second.el.detect();
    expect(second.count('e911-prompt-open')).to.equal(0);
    expect(second.el.open).to.equal(false);
  });

  it('asks at most once per network in a page session, also when the page re-creates the element', async () => {
    const attributes = promptAttributes('hotel');
    const first = mountPrompt(attributes);
    await first.next('e911-prompt-open');
    first.el.close();
    await first.next('e911-prompt-close');
    first.el.remove();

    const again = mountPrompt(attributes);
    await settled(again);
    expect(again.count('e911-prompt-open')).to.equal(0);
    expect(again.el.open).to.equal(false);
    again.el.show();
    await again.next('e911-prompt-open');
    expect(panelOf(again.el), 'the user can still open it').not.to.equal(null);
  });

  it('prompts again on a different network and reuses the first location when back', async () => {
    const attributes = promptAttributes('home');
    const m = mountPrompt(attributes);
    await m.next('e911-prompt-open');
    await saveAddress(m, US_ADDRESS);
    const home = m.el.location!;

    const hotel = promptAttributes('hotel');
    m.el.setAttribute('held-url', hotel['held-url']);
    m.el.setAttribute('ip-echo-url', hotel['ip-echo-url']);
    const hotelStatus = await m.el.detect();
    expect(hotelStatus.networkId).not.to.equal(home.networkId);
    await m.next('e911-prompt-open', 2);
    expect(m.el.location).to.equal(null);
    await saveAddress(m, { ...US_ADDRESS, label: 'Hotel', street: '500 Ocean Ave', A3: 'Miami', A1: 'FL', PC: '33139' });
    expect(m.el.location?.label).to.equal('Hotel');

    m.el.setAttribute('held-url', attributes['held-url']);
    m.el.setAttribute('ip-echo-url', attributes['ip-echo-url']);
    await m.el.detect();
    expect(m.el.location?.id).to.equal(home.id);
    expect(m.count('e911-prompt-open')).to.equal(2);
    expect(m.el.open).to.equal(false);
  });

  it('treats a VPN address as off-premises and says why it asks', async () => {
    const m = mountPrompt(promptAttributes('vpn', { 'vpn-ips': '10.200.0.0/16', 'trusted-ips': '10.0.0.0/8' }));
    const status = (await m.next('e911-network-change')).detail.status;
    expect(status).to.include({ placement: 'off-premises', reason: 'vpn' });
    await m.next('e911-prompt-open');
    expect(textOf(m.el)).to.match(/VPN/);
  });

  it('falls back within the timeout when the branch WAN link is down, answering the softphone meanwhile', async () => {
    const m = mountPrompt(promptAttributes('branch-wan-outage', { timeout: '400' }));
    const started = performance.now();
    const early = await m.el.getEmergencyLocation();
    expect(performance.now() - started).to.be.below(250);
    expect(early).to.include({ validation: 'none', location: null, pidfLo: null });
    const status = (await m.next('e911-network-change')).detail.status;
    expect(status.placement).not.to.equal('on-premises');
    await m.next('e911-prompt-open');
  });

  it('uses the LIS location on premises, validated, and never prompts', async () => {
    const m = mountPrompt(promptAttributes('headquarters', { 'trusted-ips': '10.1.0.0/16' }));
    const location = (await m.next('e911-location-change')).detail.location as EmergencyLocation;
    expect(location).to.include({ source: 'lis', validation: 'validated' });
    await m.el.detect();
    expect(m.count('e911-prompt-open')).to.equal(0);
    const call = await m.el.getEmergencyLocation();
    expect(call).to.include({ placement: 'on-premises', validation: 'validated', routing: 'e911', site: null });
    expect(call.pidfLo).to.contain('presence');
    expect(call.headers).to.have.property('Geolocation');
  });

  describe('location-required', () => {
    it('"no" never opens by itself, but show() opens it', async () => {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'no' }));
      await settled(m);
      expect(m.count('e911-prompt-open')).to.equal(0);
      m.el.show();
      await m.next('e911-prompt-open');
      expect(panelOf(m.el)).not.to.equal(null);
    });

    it('"yes" lets the user dismiss with the button', async () => {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'yes' }));
      await m.next('e911-prompt-open');
      shadow<HTMLButtonElement>(m.el, '[part=dismiss-button]').click();
      expect((await m.next('e911-prompt-close')).detail.reason).to.equal('dismissed');
      await m.el.updateComplete;
      expect(panelOf(m.el)).to.equal(null);
      expect(m.el.location).to.equal(null);
    });

    it('"yes" lets the user dismiss with Escape', async () => {
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      await until(() => deepActive() !== document.body, 'focus moved into the dialog');
      await pressEscape();
      expect((await m.next('e911-prompt-close')).detail.reason).to.equal('dismissed');
    });

    it('"disclaimer" shows the administrator text on Escape and closes on "I understand"', async () => {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'disclaimer', disclaimer: 'Calls without a location may be delayed. — IT' }));
      await m.next('e911-prompt-open');
      await until(() => deepActive() !== document.body, 'focus moved into the panel');
      await pressEscape();
      await until(() => Boolean(m.el.shadowRoot!.querySelector('[part=acknowledge-button]')), 'the disclaimer is shown');
      expect(panelOf(m.el)).not.to.equal(null);
      expect(textOf(m.el)).to.contain('Calls without a location may be delayed. — IT');
      const buttons = shadowAll<HTMLButtonElement>(m.el, '[part=dialog] button');
      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(['I understand']);
      await until(() => deepActive() === buttons[0], 'focus on "I understand"');
      await expectNoSeriousViolations(m.el, 'disclaimer');
      buttons[0].click();
      expect((await m.next('e911-prompt-close')).detail.reason).to.equal('disclaimer-acknowledged');
    });

    it('"disclaimer": Escape on the disclaimer closes it as dismissed, not acknowledged', async () => {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'disclaimer' }));
      await m.next('e911-prompt-open');
      await until(() => deepActive() !== document.body, 'focus moved into the panel');
      await pressEscape();
      await until(() => deepActive() === m.el.shadowRoot!.querySelector('[part=acknowledge-button]'), 'focus on "I understand"');
      expect(m.count('e911-prompt-close')).to.equal(0);
      await pressEscape();
      expect((await m.next('e911-prompt-close')).detail.reason).to.equal('dismissed');
      expect(m.el.open).to.equal(false);
    });

    it('"disclaimer" shows a slotted disclaimer after the dismiss button', async () => {
      const note = document.createElement('p');
      note.slot = 'disclaimer';
      note.textContent = 'Slotted policy text';
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'disclaimer' }), { children: [note] });
      await m.next('e911-prompt-open');
      shadow<HTMLButtonElement>(m.el, '[part=dismiss-button]').click();
      await m.el.updateComplete;
      const slot = shadow<HTMLSlotElement>(m.el, 'slot[name=disclaimer]');
      expect(slot.assignedElements()).to.deep.equal([note]);
      expect(m.count('e911-prompt-close')).to.equal(0);
      shadow<HTMLButtonElement>(m.el, '[part=acknowledge-button]').click();
      expect((await m.next('e911-prompt-close')).detail.reason).to.equal('disclaimer-acknowledged');
    });
  });

  it('keeps the prompt open with messages when the address is invalid', async () => {
    const m = mountPrompt(promptAttributes('home'));
    await m.next('e911-prompt-open');
    const form = await formOf(m.el);
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await form.updateComplete;
    expect(shadowAll(form, '[aria-invalid=true]').length).to.be.greaterThan(0);
    expect(m.count('e911-prompt-close')).to.equal(0);
    expect(m.el.open).to.equal(true);
    await expectNoSeriousViolations(m.el, 'errors shown');
  });

  it('saves a Canadian address with province and postal code', async () => {
    const m = mountPrompt(promptAttributes('home', { 'default-country': 'CA' }));
    await m.next('e911-prompt-open');
    const form = await formOf(m.el);
    expect(shadow<HTMLSelectElement>(form, '[name=country]').value).to.equal('CA');
    await saveAddress(m, CA_ADDRESS);
    expect(m.el.location?.civic).to.include({ country: 'CA', A1: 'ON', PC: 'K1M 1M4' });
    // The saved lang describes the address text (Ontario: English), not the interface language.
    expect(m.el.location?.lang).to.equal('en-CA');
    expect((await m.el.getEmergencyLocation()).routing).to.equal('e911');
  });

  it('records an address outside the US and Canada and routes it to the local carrier', async () => {
    const m = mountPrompt(promptAttributes('abroad'));
    await m.next('e911-prompt-open');
    await saveAddress(m, { country: 'MX', label: 'Hotel CDMX', street: 'Paseo de la Reforma 500', A3: 'Ciudad de México', A1: 'CDMX' });
    const call = await m.el.getEmergencyLocation();
    expect(call).to.include({ routing: 'local-pstn', validation: 'unvalidated' });
    expect(call.pidfLo).to.contain('Manual');
    expect(m.el.location?.lang, 'an English interface says nothing about a Mexican address').to.equal(undefined);
    m.el.show();
    await m.next('e911-prompt-open', 2);
    expect(textOf(m.el)).to.match(/Enhanced 911 is not available in Mexico\. Emergency calls go through the local carrier\./);
  });

  it('asks "Where are you now?" with the most recent place preselected, and uses it', async () => {
    const attributes = promptAttributes('home', { 'location-required': 'no' });
    const store = await openLocationStore({ dbName: attributes['db-name'] });
    const older = await store.save({ label: 'Cabin', civic: { country: 'US', HNO: '9', RD: 'Lake', STS: 'Rd', A3: 'Ely', A1: 'MN' } });
    await store.save({ label: 'Office annex', civic: { country: 'US', HNO: '1', RD: 'First', STS: 'St', A3: 'Austin', A1: 'TX' } });
    store.close();

    const m = mountPrompt(attributes);
    await settled(m);
    m.el.show();
    await m.next('e911-prompt-open');
    await until(() => shadowAll(m.el, 'input[name=place]').length === 2, 'two saved places listed');
    expect(shadow(m.el, '#heading').textContent).to.equal('Where are you now?');
    const labels = () => shadowAll(m.el, '[part=saved-item] strong').map((label) => label.textContent);
    expect(labels()).to.deep.equal(['Office annex', 'Cabin']);
    const radios = () => shadowAll<HTMLInputElement>(m.el, 'input[name=place]');
    expect(radios().map((radio) => radio.checked)).to.deep.equal([true, false]);
    await until(() => deepActive() === radios()[0], 'focus on the preselected place');
    expect(shadowAll(m.el, '[part=dialog] .primary').map((button) => button.textContent!.trim())).to.deep.equal(['Use this address']);
    expect(shadowAll(m.el, '[part=delete-button]'), 'deleting lives in "Manage saved places"').to.deep.equal([]);
    await expectNoSeriousViolations(m.el, 'chooser');

    radios()[1].click();
    shadow<HTMLButtonElement>(m.el, '[part=use-button]').click();
    expect((await m.next('e911-prompt-close')).detail.reason).to.equal('saved');
    expect(m.el.location?.id).to.equal(older.id);
    expect(m.el.location?.networkId).to.equal(m.el.networkStatus?.networkId);

    m.el.show();
    await m.next('e911-prompt-open', 2);
    await until(() => labels()[0] === 'Cabin' && radios()[0].checked, 'the place used on this network is first and preselected');
  });

  it('deletes in "Manage saved places", with undo', async function () {
    this.timeout(20_000); // many steps against real IndexedDB: only bounds a hang on a busy machine
    const attributes = promptAttributes('home', { 'location-required': 'no' });
    const store = await openLocationStore({ dbName: attributes['db-name'] });
    const cabinCivic = { country: 'US', HNO: '9', RD: 'Lake', STS: 'Rd', A3: 'Ely', A1: 'MN' };
    const firstUse = await store.save({ label: 'Cabin', civic: cabinCivic, networkId: 'net-lake-wifi' });
    const cabin = await store.save({ id: firstUse.id, label: 'Cabin', civic: cabinCivic, networkId: 'net-lake-lte' });
    expect(cabin.networkIds).to.deep.equal(['net-lake-wifi', 'net-lake-lte']);
    await store.save({ label: 'Office annex', civic: { country: 'US', HNO: '1', RD: 'First', STS: 'St', A3: 'Austin', A1: 'TX' } });
    store.close();
    const m = mountPrompt(attributes);
    await settled(m);
    m.el.show();
    await m.next('e911-prompt-open');
    await until(() => shadowAll(m.el, 'input[name=place]').length === 2, 'two saved places listed');

    shadow<HTMLButtonElement>(m.el, '[part=manage-button]').click();
    await until(() => shadow(m.el, '#heading').textContent === 'Manage saved places', 'the manage view');
    const deleteButtons = () => shadowAll<HTMLButtonElement>(m.el, '[part=delete-button]');
    expect(deleteButtons().map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Delete Office annex', 'Delete Cabin']);
    await expectNoSeriousViolations(m.el, 'manage');
    deleteButtons()[1].click();
    await until(() => deleteButtons().length === 1 && Boolean(m.el.shadowRoot!.querySelector('[part=undo]')), 'deleted, undo offered');
    expect(shadow(m.el, '[part=undo]').textContent).to.match(/Cabin was deleted\./);
    await until(() => /Cabin was deleted\./.test(shadow(m.el, '[role=status]').textContent ?? ''), 'the deletion announced');
    await until(() => deepActive() === m.el.shadowRoot!.querySelector('[part=undo] button'), 'focus moves to Undo');

    shadow<HTMLButtonElement>(m.el, '[part=undo] button').click();
    await until(() => deleteButtons().length === 2, 'restored');
    const check = await openLocationStore({ dbName: attributes['db-name'] });
    const restored = await check.get(cabin.id);
    expect(restored?.label).to.equal('Cabin');
    expect(restored?.networkId, 'the network it was last used on').to.equal('net-lake-lte');
    expect(restored?.networkIds, 'found again on every network it served').to.deep.equal(['net-lake-wifi', 'net-lake-lte']);
    expect((await check.findForNetwork('net-lake-wifi'))?.id).to.equal(cabin.id);

    shadowAll<HTMLButtonElement>(m.el, '[part=delete-all-button]')[0]!.click();
    await until(() => deleteButtons().length === 0, 'all deleted');
    expect(await check.list()).to.deep.equal([]);
    shadow<HTMLButtonElement>(m.el, '[part=undo] button').click();
    await until(() => deleteButtons().length === 2, 'all restored');
    expect((await check.list()).map((location) => location.label).sort()).to.deep.equal(['Cabin', 'Office annex']);
    check.close();
    shadow<HTMLButtonElement>(m.el, '[part=done-button]').click();
    await until(() => shadow(m.el, '#heading').textContent === 'Where are you now?', 'back to the chooser');
  });

  it('says the address is kept only until the page is closed when storage is not persistent', async () => {
    const { patch, restoreAll } = patcher();
    patch(IDBFactory.prototype, 'open', disabledIndexedDbOpen());
    try {
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      await until(() => /kept only until you close this page/.test(textOf(m.el)), 'the not-persistent note');
      await saveAddress(m, US_ADDRESS);
      expect(m.el.location?.label).to.equal('Home');
      expect((await m.el.getEmergencyLocation()).validation).to.equal('unvalidated');
    } finally {
      restoreAll();
    }
  });

  it('moves focus to the street input on show() and back on close', async () => {
    const before = document.createElement('button');
    before.textContent = 'Softphone';
    document.body.append(before);
    try {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'no' }));
      await settled(m);
      before.focus();
      m.el.show();
      await m.next('e911-prompt-open');
      await until(() => (deepActive() as HTMLInputElement | null)?.name === 'street', 'focus on the street input');
      expect(panelOf(m.el)?.getAttribute('aria-labelledby')).to.equal('heading');
      expect(shadow(m.el, '#heading').textContent).to.match(/emergency calls/);
      m.el.close();
      await m.next('e911-prompt-close');
      expect(document.activeElement).to.equal(before);
    } finally {
      before.remove();
    }
  });

  it('answers getEmergencyLocation within 250 ms with the PIDF-LO of a user location, marked unvalidated', async () => {
    const m = mountPrompt(promptAttributes('home', { entity: 'sip:alice@example.com' }));
    await m.next('e911-prompt-open');
    await saveAddress(m, US_ADDRESS);
    const started = performance.now();
    const call = await m.el.getEmergencyLocation();
    expect(performance.now() - started).to.be.below(250);
    expect(call).to.include({ placement: 'off-premises', validation: 'unvalidated', routing: 'e911', site: null });
    expect(call.location?.label).to.equal('Home');
    expect(call.pidfLo).to.contain('Manual').and.to.contain('sip:alice@example.com');
    expect(Object.keys(call.headers)).to.include.members(['Geolocation', 'Geolocation-Routing']);
  });
});
