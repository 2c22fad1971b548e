import { expect } from '@open-wc/testing';
import type { EmergencyLocation } from '../../src/location.js';
import { parsePidfLo } from '../../src/pidf/index.js';
import { openLocationStore } from '../../src/store/index.js';
import { fakeGeolocation, type FakeGeolocation } from '../assist/fake-geolocation.js';
import { US_ADDRESS, expectNoSeriousViolations, shadow, textOf, until } from './helpers.js';
import { cleanupPrompts, mountPrompt, promptAttributes, saveAddress, settled } from './prompt-helpers.js';

const HERE = { kind: 'position', latitude: 39.78172, longitude: -89.65013, accuracy: 30 } as const;
const ASSIST = { 'location-assist': 'device' };

function assistButton(el: Element): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part=assist-button]');
}

describe('location assist', () => {
  let fake: FakeGeolocation | null = null;
  afterEach(async () => {
    await cleanupPrompts();
    fake?.restore();
    fake = null;
  });

  it('is off by default: not one Geolocation or Permissions call, no control, no device in the answer', async () => {
    fake = fakeGeolocation('granted', HERE);
    const m = mountPrompt(promptAttributes('home'));
    await m.next('e911-prompt-open');
    await settled(m);
    await saveAddress(m, US_ADDRESS);
    const call = await m.el.getEmergencyLocation();
    expect(assistButton(m.el)).to.equal(null);
    expect('device' in call).to.equal(false);
    expect(parsePidfLo(call.pidfLo!).locations).to.have.length(1);
    expect(fake.calls).to.deep.equal({ getCurrentPosition: 0, watchPosition: 0, permissionsQuery: 0 });
  });

  it("with the browser's own Permissions API (never asked in this profile): no position taken until the user asks", async () => {
    // The real navigator.permissions answers; getCurrentPosition is only counted (calling
    // through would raise the browser's permission question, which nobody answers here).
    const real = navigator.permissions;
    const state = (await real.query({ name: 'geolocation' })).state;
    let positions = 0;
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: () => void (positions += 1) } });
    fake = { calls: { getCurrentPosition: 0, watchPosition: 0, permissionsQuery: 0 }, options: [], restore: () => void delete (navigator as unknown as Record<string, unknown>).geolocation };
    const m = mountPrompt(promptAttributes('home', ASSIST));
    await m.next('e911-prompt-open');
    await settled(m);
    await m.el.detect();
    expect(state).to.equal('prompt');
    expect(positions).to.equal(0);
    assistButton(m.el)!.click();
    // At once when location assist's code is loaded (it is fetched at connect), else once it is.
    await until(() => positions === 1, 'the press did not ask for the position');
    expect(positions).to.equal(1);
  });

  it('names a bad location-assist value in e911-config-error and stays off', async () => {
    fake = fakeGeolocation('granted', HERE);
    const m = mountPrompt(promptAttributes('home', { 'location-assist': 'gps', 'location-required': 'no' }));
    const error = await m.next('e911-config-error');
    expect(error.detail.message).to.match(/location-assist: unknown value "gps"/);
    await settled(m);
    expect(fake.calls.getCurrentPosition).to.equal(0);
  });

  it('asks for the position only when the user presses the control; the answer, the PIDF-LO and the saved place carry it', async function () {
    this.timeout(15_000);
    fake = fakeGeolocation('prompt', HERE);
    const m = mountPrompt(promptAttributes('home', { ...ASSIST, entity: 'sip:alice@example.com' }));
    await m.next('e911-prompt-open');
    await settled(m);
    expect(fake.calls.getCurrentPosition, 'nothing before the user asks').to.equal(0);
    expect((await m.el.getEmergencyLocation()).device).to.equal(null);
    await expectNoSeriousViolations(m.el, 'form with the location assist control');

    assistButton(m.el)!.click();
    await until(() => textOf(m.el).includes('Position found'), 'the position');
    expect(fake.calls.getCurrentPosition).to.equal(1);
    expect(fake.options[0]).to.include({ maximumAge: 60_000 });
    await saveAddress(m, US_ADDRESS);
    const saved = m.el.location as EmergencyLocation;
    expect(saved.position).to.include({ lat: 39.7817, lon: -89.6501, radiusM: 30 });

    const call = await m.el.getEmergencyLocation();
    // Saving also refreshed the position: the same place, taken again.
    expect(call.device).to.include({ lat: 39.7817, lon: -89.6501, radiusM: 30 });
    expect(Date.parse(call.device!.at)).to.be.at.least(Date.parse(saved.position!.at));
    const parsed = parsePidfLo(call.pidfLo!);
    expect(parsed.locations.map((location) => `${location.kind}:${location.method}`)).to.deep.equal(['civic:Manual', 'geodetic:DBH']);
    expect(call.validation).to.equal('unvalidated');
  });

  it('with permission denied says so briefly and changes nothing else', async () => {
    fake = fakeGeolocation('prompt', { kind: 'error', code: 1 });
    const m = mountPrompt(promptAttributes('home', ASSIST));
    await m.next('e911-prompt-open');
    assistButton(m.el)!.click();
    await until(() => textOf(m.el).includes('did not allow the position'), 'the note');
    expect(m.el.open).to.equal(true);
    expect(m.el.location).to.equal(null);
    expect((await m.el.getEmergencyLocation()).device).to.equal(null);
    await saveAddress(m, US_ADDRESS);
    expect(m.el.location?.position).to.equal(undefined);
  });

  it('answers at dial time within 250 ms while Geolocation hangs', async () => {
    fake = fakeGeolocation('granted', { kind: 'hang' });
    const m = mountPrompt(promptAttributes('home', ASSIST));
    await m.next('e911-prompt-open');
    await saveAddress(m, US_ADDRESS);
    await until(() => fake!.calls.getCurrentPosition > 0, 'a refresh under way');
    const started = performance.now();
    const call = await m.el.getEmergencyLocation();
    expect(performance.now() - started).to.be.below(250);
    expect(call.device).to.equal(null);
    expect(call.location?.label).to.equal('Home');
  });

  it('granted in an earlier visit: refreshes on detection, and offers the nearest saved place first on a new network', async function () {
    this.timeout(15_000);
    fake = fakeGeolocation('granted', HERE);
    const attributes = promptAttributes('hotel', ASSIST);
    const store = await openLocationStore({ dbName: attributes['db-name'] });
    const at = new Date().toISOString();
    await store.save({ label: 'Here', civic: { country: 'US', A1: 'IL', A3: 'Springfield', HNO: '1', RD: 'Main' }, position: { lat: 39.7818, lon: -89.6502, radiusM: 25, at } });
    await store.save({ label: 'Far', civic: { country: 'US', A1: 'FL', A3: 'Miami', HNO: '2', RD: 'Ocean' }, position: { lat: 25.77, lon: -80.19, radiusM: 25, at } });
    store.close();

    const m = mountPrompt(attributes);
    await m.next('e911-prompt-open');
    await until(() => m.el.shadowRoot!.querySelectorAll('input[name=place]').length === 2, 'the places');
    await until(() => fake!.calls.getCurrentPosition > 0, 'a refresh on detection');
    await until(() => m.el.shadowRoot!.querySelector('[part=saved-item]')?.textContent?.includes('Here') === true, 'the nearest place first');
    // The panel opened before the position arrived: the preselection followed it (nobody had picked yet).
    await until(() => m.el.shadowRoot!.querySelector('input[name=place]:checked') !== null, 'a preselected place');
    const first = shadow(m.el, '[part=saved-item]');
    expect(textOf(first)).to.match(/^Here/);
    expect(shadow<HTMLInputElement>(m.el, 'input[name=place]:checked').closest('[part=saved-item]')).to.equal(first);
    expect((await m.el.getEmergencyLocation()).device).to.include({ lat: 39.7817, lon: -89.6501 });
  });
});
