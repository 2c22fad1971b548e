/**
 * The drop-in when location assist's Geolocation code cannot be fetched (device-reading,
 * loaded only with `location-assist="device"`): pressing "Use this device's position"
 * says the position is not available and the address is still used; the call is still
 * answered, and the Geolocation API is never called. Real 404s from
 * test/support/drop-in-middleware.js; `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deleteDb, lis, uniqueDbName } from '../components/helpers.js';
import { expectBuilt } from './built.js';

const KEY = `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const FOLDER = `/__drop-in-flaky__/${KEY}/lose-device-reading`;

type Prompt = HTMLElement & {
  open: boolean;
  updateComplete: Promise<boolean>;
  getEmergencyLocation(): Promise<{ location: unknown; device?: unknown }>;
};

const dbName = uniqueDbName();
const warnings: unknown[][] = [];
const originalWarn = console.warn;

describe('the drop-in without location assist’s code', function () {
  this.timeout(20_000);
  let positions = 0;
  let queries = 0;

  before(async () => {
    const url = `${FOLDER}/e911-location.bundle.js`;
    await expectBuilt(url);
    console.warn = (...args: unknown[]) => warnings.push(args);
    // Counted only: the code that would call them is what this server lost.
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: () => void (positions += 1) } });
    const query = navigator.permissions.query.bind(navigator.permissions);
    Object.defineProperty(navigator.permissions, 'query', { configurable: true, value: (descriptor: PermissionDescriptor) => ((queries += 1), query(descriptor)) });
    await import(url);
  });

  after(async () => {
    console.warn = originalWarn;
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    delete (navigator.permissions as unknown as Record<string, unknown>).query;
    await deleteDb(dbName);
  });

  it('says the position is not available when asked, and still answers the call', async () => {
    const urls = lis('home');
    const prompt = document.createElement('e911-location-prompt') as Prompt;
    for (const [name, value] of Object.entries({ 'held-url': urls.heldUrl, 'ip-echo-url': urls.ipEchoUrl, 'db-name': dbName, 'location-assist': 'device' })) {
      prompt.setAttribute(name, value);
    }
    document.body.append(prompt);
    try {
      await waitUntil(() => prompt.open, 'the prompt did not open (nothing saved, off-premises)');
      await prompt.updateComplete;
      const root = prompt.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('[part="assist-button"]');
      expect(button, 'the assist control').to.not.equal(null);
      button!.click();
      await waitUntil(() => /not available/.test(root.querySelector('[part="assist-note"]')?.textContent ?? ''), 'no "not available" note');
      expect(root.querySelector('[part="assist-note"]')?.textContent).to.match(/Your address is still used/);
      expect(positions, 'Geolocation never called').to.equal(0);
      expect(queries, 'the permission never queried').to.equal(0);
      expect(root.querySelector('[name="street"]') ?? root.querySelector('e911-address-form'), 'the address form is still there').to.not.equal(null);
      expect(warnings.some((args) => String(args[0]).includes('location assist could not be loaded')), 'a warning for the administrator').to.equal(true);
      const answer = await prompt.getEmergencyLocation();
      expect(answer.location).to.equal(null);
      expect(answer.device ?? null, 'no device position').to.equal(null);
    } finally {
      prompt.remove();
    }
  });
});
