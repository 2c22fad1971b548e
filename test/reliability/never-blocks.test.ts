import { expect } from '@open-wc/testing';
import type { E911LocationPrompt, EmergencyCallLocation } from '../../src/components/location-prompt/location-prompt.component.js';
import { US_ADDRESS, until } from '../components/helpers.js';
import { cleanupPrompts, mountPrompt, promptAttributes, saveAddress, settled } from '../components/prompt-helpers.js';
import { patcher, timed, trapPageErrors, type ErrorTrap } from './helpers.js';

/** The contract: getEmergencyLocation() resolves within 250 ms, never rejects, never waits on the network. */
const DIAL_BOUND_MS = 250;
/** LIS accepts and never answers; the echo never answers either. */
const HUNG = { 'held-url': '/lis/held?scenario=branch-wan-outage', 'ip-echo-url': '/lis/ip?scenario=echo-hang' };

const { patch, restoreAll } = patcher();
let trap: ErrorTrap;

/** indexedDB.open() returns a request that never settles. */
function hangIndexedDB(): void {
  patch(indexedDB, 'open', {
    value: () => {
      const target = new EventTarget();
      Object.setPrototypeOf(target, IDBOpenDBRequest.prototype);
      return target as IDBOpenDBRequest;
    },
  });
}

/** Dials and checks the hang bound; a rejection fails the test with its reason. */
async function dial(el: E911LocationPrompt): Promise<EmergencyCallLocation> {
  const { value, ms } = await timed(() => el.getEmergencyLocation());
  expect(ms, 'getEmergencyLocation() time').to.be.below(DIAL_BOUND_MS);
  return value;
}

beforeEach(() => {
  trap = trapPageErrors();
});

afterEach(async () => {
  restoreAll();
  await cleanupPrompts();
  trap.restore();
});

describe('getEmergencyLocation() with every dependency hung at once', function () {
  this.timeout(20_000);

  it('answers "no location" within 250 ms on a fresh page whose LIS, echo and IndexedDB all hang', async () => {
    hangIndexedDB();
    const m = mountPrompt({ ...promptAttributes('home'), ...HUNG, timeout: '10000' });
    const call = await dial(m.el);
    expect(call).to.deep.include({ placement: 'unknown', location: null, validation: 'none', pidfLo: null, headers: {}, routing: 'e911', site: null });
    expect(trap.errors).to.deep.equal([]);
  });

  it('answers with the address the user saved, within 250 ms, when everything hangs afterwards', async () => {
    const m = mountPrompt({ ...promptAttributes('hotel'), timeout: '2000' });
    await until(() => m.el.open, 'the prompt opens');
    await saveAddress(m, US_ADDRESS);
    hangIndexedDB();
    for (const [name, value] of Object.entries(HUNG)) m.el.setAttribute(name, value);
    m.el.setAttribute('timeout', '10000');
    void m.el.detect(); // in flight during the call
    const call = await dial(m.el);
    expect(call.location?.label).to.equal('Home');
    expect(call.validation).to.equal('unvalidated');
    expect(call.pidfLo).to.contain('<gp:method>Manual</gp:method>');
    expect(call.headers['Geolocation']).to.be.a('string');
  });

  it('answers with the LIS location, within 250 ms, when the LIS and echo hang on the next check', async () => {
    const m = mountPrompt({ ...promptAttributes('headquarters'), timeout: '2000' });
    await settled(m);
    hangIndexedDB();
    for (const [name, value] of Object.entries(HUNG)) m.el.setAttribute(name, value);
    m.el.setAttribute('timeout', '10000');
    void m.el.detect();
    const call = await dial(m.el);
    expect(call).to.include({ placement: 'on-premises', validation: 'validated' });
    expect(call.pidfLo).to.contain('<gp:method>Wiremap</gp:method>');
  });

  it('answers 20 concurrent calls within 250 ms each, all the same', async () => {
    hangIndexedDB();
    const m = mountPrompt({ ...promptAttributes('home'), ...HUNG, timeout: '10000' });
    const start = performance.now();
    const calls = await Promise.all(Array.from({ length: 20 }, () => m.el.getEmergencyLocation().then((call) => ({ call, ms: performance.now() - start }))));
    for (const { ms } of calls) expect(ms).to.be.below(DIAL_BOUND_MS);
    for (const { call } of calls) expect(call).to.deep.equal(calls[0]!.call);
  });

  it('answers before the element is connected', async () => {
    const el = document.createElement('e911-location-prompt');
    for (const [name, value] of Object.entries(HUNG)) el.setAttribute(name, value);
    const call = await dial(el);
    expect(call).to.include({ placement: 'unknown', location: null, validation: 'none' });
  });

  it('answers after the element is disconnected mid-detection, and the detection settles without an error', async () => {
    hangIndexedDB();
    const m = mountPrompt({ ...promptAttributes('home'), ...HUNG, timeout: '10000' });
    await m.el.updateComplete;
    const detection = m.el.detect();
    m.el.remove();
    const call = await dial(m.el);
    expect(call.validation).to.equal('none');
    // detect() never rejects, also when its element went away.
    const status = await detection;
    expect(status.placement).to.be.oneOf(['on-premises', 'off-premises', 'unknown']);
    expect(trap.errors).to.deep.equal([]);
  });
});
