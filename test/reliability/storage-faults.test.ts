import { expect, waitUntil } from '@open-wc/testing';
import type { E911LocationPrompt } from '../../src/components/location-prompt/location-prompt.component.js';
import type { E911LocationStatus } from '../../src/components/location-status/location-status.component.js';
import type { EmergencyLocation } from '../../src/location.js';
import { openLocationStore, type LocationStore } from '../../src/store/index.js';
import { openLocationDB } from '../../src/store/open-db.js';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../src/store/schema.js';
import { US_ADDRESS, deleteDb, fillForm, lis, shadow, textOf, until } from '../components/helpers.js';
import { cleanupPrompts, formOf, mount, mountPrompt, promptAttributes, saveAddress, type Mounted } from '../components/prompt-helpers.js';
import { homeInput, rawGetAll, rawOpen } from '../store/helpers.js';
import { fullDiskPut } from '../support/patch.js';
import { patcher, trapPageErrors, type ErrorTrap } from './helpers.js';

const NOT_PERSISTENT = /kept only until you close this page/;

/** An open request that fires `error` soon, or never settles when `error` is null (as test/store/faults does). */
function fakeOpenRequest(error: DOMException | null): IDBOpenDBRequest {
  const target = new EventTarget();
  Object.setPrototypeOf(target, IDBOpenDBRequest.prototype);
  Object.defineProperty(target, 'error', { value: error });
  if (error) setTimeout(() => target.dispatchEvent(new Event('error')));
  return target as IDBOpenDBRequest;
}

const { patch, restoreAll } = patcher();
let trap: ErrorTrap;
const extraDbs: string[] = [];

beforeEach(() => {
  trap = trapPageErrors();
});

afterEach(async () => {
  restoreAll();
  await cleanupPrompts();
  await Promise.all(extraDbs.splice(0).map((name) => deleteDb(name)));
  trap.restore();
});

/** A hotel prompt (asks for an address) with a badge following it. */
function hotel(extra: Record<string, string> = {}): { m: Mounted; badge: E911LocationStatus } {
  const badge = document.createElement('e911-location-status') as E911LocationStatus;
  mount(badge);
  const m = mountPrompt({ ...promptAttributes('hotel'), timeout: '2000', ...extra });
  return { m, badge };
}

/** Saves the US address through the open prompt and checks it is used for the call. */
async function saveAndExpectUsed(m: Mounted, label: string): Promise<EmergencyLocation> {
  await until(() => m.el.open, 'the prompt opens', 9000);
  await saveAddress(m, { ...US_ADDRESS, label });
  expect(m.count('e911-prompt-close')).to.equal(1);
  expect(m.events.find((event) => event.type === 'e911-prompt-close')?.detail).to.deep.equal({ reason: 'saved' });
  const call = await m.el.getEmergencyLocation();
  expect(call.location?.label).to.equal(label);
  expect(call.validation).to.equal('unvalidated');
  expect(call.pidfLo).to.contain('<gp:method>Manual</gp:method>');
  return call.location!;
}

async function expectBadgeSays(badge: E911LocationStatus, label: string, note: RegExp): Promise<void> {
  await until(() => shadow(badge, '[part="label"]').textContent?.trim() === label, `the badge shows ${label}`);
  await badge.updateComplete;
  expect(textOf(badge)).to.match(note);
}

describe('storage faults, through the element', function () {
  this.timeout(20_000);

  it('asks, uses and shows the address when IndexedDB is missing, saying it is kept only for this page', async () => {
    patch(window, 'indexedDB', { get: () => undefined });
    const { m, badge } = hotel();
    await until(() => m.el.open, 'the prompt opens');
    await until(() => NOT_PERSISTENT.test(textOf(m.el)), 'the not-persistent note in the prompt');
    await saveAndExpectUsed(m, 'Hotel');
    await expectBadgeSays(badge, 'Hotel', NOT_PERSISTENT);
    expect(trap.errors).to.deep.equal([]);
  });

  it('works the same when opening the database errors, as in private browsing', async () => {
    patch(indexedDB, 'open', { value: () => fakeOpenRequest(new DOMException('private mode', 'InvalidStateError')) });
    const { m, badge } = hotel();
    await saveAndExpectUsed(m, 'Hotel');
    await expectBadgeSays(badge, 'Hotel', NOT_PERSISTENT);
    expect(trap.errors).to.deep.equal([]);
  });

  it('still asks and uses the address when opening the database never settles', async () => {
    patch(indexedDB, 'open', { value: () => fakeOpenRequest(null) });
    const { m, badge } = hotel();
    await saveAndExpectUsed(m, 'Hotel');
    await expectBadgeSays(badge, 'Hotel', NOT_PERSISTENT);
    expect(trap.errors).to.deep.equal([]);
  });

  it('uses the address and says so when the disk is full on save, losing nothing saved before', async () => {
    const attributes: Record<string, string> = { ...promptAttributes('hotel'), timeout: '2000' };
    const before = await openLocationStore({ dbName: attributes['db-name']! });
    const kept = await before.save(homeInput({ label: 'Office at home', networkId: 'elsewhere' }));
    before.close();
    patch(IDBObjectStore.prototype, 'put', fullDiskPut());
    const badge = document.createElement('e911-location-status') as E911LocationStatus;
    mount(badge);
    const m = mountPrompt(attributes);
    await until(() => m.el.open, 'the prompt opens');
    // The saved list is offered first; the user enters a new address.
    await saveAndExpectUsed(m, 'Hotel');
    await expectBadgeSays(badge, 'Hotel', NOT_PERSISTENT);
    restoreAll();
    const db = await rawOpen(attributes['db-name']!);
    const stored = (await rawGetAll(db, 'locations')) as { id: string; label: string }[];
    db.close();
    expect(stored.map((record) => record.label)).to.deep.equal(['Office at home']);
    expect(stored[0]!.id).to.equal(kept.id);
    // Both stay offered in this page: the old one from storage, the new one from memory.
    m.el.show();
    await until(() => /Office at home/.test(textOf(m.el)) && /Hotel/.test(textOf(m.el)), 'both addresses are offered');
    expect(trap.errors).to.deep.equal([]);
  });

  it('stops saying the address is temporary once a save is stored again', async () => {
    patch(IDBObjectStore.prototype, 'put', fullDiskPut());
    const { m, badge } = hotel();
    await saveAndExpectUsed(m, 'Hotel');
    await expectBadgeSays(badge, 'Hotel', NOT_PERSISTENT);
    restoreAll(); // space was freed
    m.el.show();
    await until(() => m.el.open, 'the prompt reopens');
    const form = await formOf(m.el);
    await fillForm(form, { ...US_ADDRESS, label: 'Hotel room' });
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await m.next('e911-prompt-close', 2);
    await until(() => shadow(badge, '[part="label"]').textContent?.trim() === 'Hotel room', 'the badge shows the new address');
    await badge.updateComplete;
    expect(textOf(badge)).not.to.match(NOT_PERSISTENT);
    expect(m.el.locationPersisted).to.equal(true);
  });

  it('keeps working when a newer version of the app upgrades the database from another tab', async () => {
    const attributes: Record<string, string> = { ...promptAttributes('hotel'), timeout: '2000' };
    const badge = document.createElement('e911-location-status') as E911LocationStatus;
    mount(badge);
    const m = mountPrompt(attributes);
    await saveAndExpectUsed(m, 'Hotel');
    // The newer tab: version 2 takes the database; this tab's connection must let go.
    const next: Migration[] = [...MIGRATIONS, () => undefined];
    const newer = await openLocationDB(attributes['db-name']!, { timeoutMs: 3000, onVersionChange: () => undefined, onTerminated: () => undefined, version: DB_VERSION + 1, migrations: next });
    expect((await newer.getAll('locations')).map((record) => record.label)).to.deep.equal(['Hotel']);
    newer.close();
    // The user changes the address here afterwards: it is used for the call, and what was saved stays.
    m.el.show();
    await until(() => m.el.open, 'the prompt reopens');
    const form = await formOf(m.el);
    await fillForm(form, { ...US_ADDRESS, label: 'Hotel lobby' });
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await m.next('e911-prompt-close', 2);
    const call = await m.el.getEmergencyLocation();
    expect(call.location?.label).to.equal('Hotel lobby');
    await expectBadgeSays(badge, 'Hotel lobby', NOT_PERSISTENT);
    const db = await rawOpen(attributes['db-name']!);
    expect(db.version).to.equal(DB_VERSION + 1);
    expect(((await rawGetAll(db, 'locations')) as { label: string }[]).map((record) => record.label)).to.include('Hotel');
    db.close();
    expect(trap.errors).to.deep.equal([]);
  });
});

describe('storage taken away or not promised, through the element', function () {
  this.timeout(20_000);

  /** Every e911-storage-change detail the prompt emits from now on. */
  function storageChanges(el: E911LocationPrompt): Array<{ locationPersisted: boolean; storagePersistence: string }> {
    const details: Array<{ locationPersisted: boolean; storagePersistence: string }> = [];
    el.addEventListener('e911-storage-change', (event) => details.push(event.detail));
    return details;
  }

  it('keeps the location in use for the call when another tab deletes the database, stops calling it saved, and asks again', async () => {
    const { m, badge } = hotel();
    await saveAndExpectUsed(m, 'Hotel');
    await badge.updateComplete;
    expect(textOf(badge)).not.to.match(NOT_PERSISTENT);
    expect(m.el.locationPersisted).to.equal(true);
    const changes = storageChanges(m.el);
    // Another tab (or "clear site data") deletes the database under the page.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(m.el.dbName);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('the page blocked the deletion'));
    });
    await until(() => m.el.locationPersisted === false, 'the prompt notices the deletion', 5000);
    // The call in progress keeps its location.
    const call = await m.el.getEmergencyLocation();
    expect(call.location?.label).to.equal('Hotel');
    expect(call.validation).to.equal('unvalidated');
    // The badge no longer claims a saved place.
    await expectBadgeSays(badge, 'Hotel', NOT_PERSISTENT);
    expect(changes.some((detail) => detail.locationPersisted === false)).to.equal(true);
    // Asked again at the next decision (same network, nothing saved any more).
    await m.el.detect();
    await until(() => m.el.open, 'the prompt asks again', 5000);
    expect(trap.errors).to.deep.equal([]);
  });

  it('says in the prompt that the browser may clear saved addresses when it refused persistent storage', async () => {
    let asked = 0;
    patch(navigator, 'storage', {
      get: () => ({ persisted: () => Promise.resolve(false), persist: () => { asked += 1; return Promise.resolve(false); } }),
    });
    const { m } = hotel();
    const changes = storageChanges(m.el);
    await until(() => m.el.open, 'the prompt opens', 9000);
    expect(textOf(m.el)).not.to.match(/may clear them when space runs low/);
    await saveAndExpectUsed(m, 'Hotel');
    await until(() => changes.some((detail) => detail.storagePersistence === 'refused'), 'the refusal reaches the element', 5000);
    expect(asked).to.equal(1);
    m.el.show();
    await until(() => m.el.open && /may clear them when space runs low/.test(textOf(m.el)), 'the prompt says so beside the saved places', 5000);
    expect(trap.errors).to.deep.equal([]);
  });
});

describe('three tabs saving at once', function () {
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  const stores: LocationStore[] = [];

  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const frame of frames.splice(0)) frame.remove();
  });

  async function openTab(): Promise<Window & typeof globalThis> {
    const frame = document.createElement('iframe');
    frame.src = '/test/reliability/fixtures/tab.html';
    frame.title = 'another tab';
    Object.assign(frame.style, { width: '600px', height: '500px' });
    document.body.append(frame);
    frames.push(frame);
    await waitUntil(() => frame.contentWindow?.tab, 'the tab did not load', { timeout: 8000 });
    return frame.contentWindow as Window & typeof globalThis;
  }

  it('ends with the same saved list in every tab, and no save is lost', async () => {
    const dbName = `three-tabs-${crypto.randomUUID()}`;
    extraDbs.push(dbName);
    const tabs = await Promise.all([openTab(), openTab(), openTab()]);
    // Each tab follows the store through subscribe(), as a page would.
    const seen: EmergencyLocation[][][] = tabs.map(() => []);
    for (const [index, tab] of tabs.entries()) {
      const store = await tab.tab!.openLocationStore({ dbName });
      stores.push(store);
      store.subscribe((locations) => seen[index]!.push(locations));
    }
    // A prompt per tab, each on its own network (its own hotel room).
    const prompts = tabs.map((tab, index) => {
      const prompt = tab.document.createElement('e911-location-prompt') as E911LocationPrompt;
      const urls = lis('hotel', { networkId: `room-${index}` });
      prompt.setAttribute('held-url', urls.heldUrl);
      prompt.setAttribute('ip-echo-url', urls.ipEchoUrl);
      prompt.setAttribute('db-name', dbName);
      tab.document.body.append(prompt);
      return prompt;
    });
    await waitUntil(() => prompts.every((prompt) => prompt.open), 'every prompt opens', { timeout: 8000 });
    const forms = await Promise.all(prompts.map(async (prompt) => {
      await waitUntil(() => prompt.shadowRoot?.querySelector('e911-address-form'), 'the form is shown', { timeout: 5000 });
      const form = prompt.shadowRoot!.querySelector('e911-address-form') as Parameters<typeof fillForm>[0];
      return form;
    }));
    for (const [index, form] of forms.entries()) await fillForm(form, { ...US_ADDRESS, label: `Room ${index}` });
    // All three submit in the same task.
    for (const form of forms) shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => prompts.every((prompt) => !prompt.open), 'every prompt closes after saving', { timeout: 8000 });
    const labels = (list: EmergencyLocation[] | undefined) => (list ?? []).map((location) => location.label).sort();
    await waitUntil(
      () => seen.every((lists) => labels(lists.at(-1)).join() === 'Room 0,Room 1,Room 2'),
      `every tab ends with all three saves (seen: ${JSON.stringify(seen.map((lists) => labels(lists.at(-1))))})`,
      { timeout: 8000 },
    );
    const finals = seen.map((lists) => lists.at(-1)!.map((location) => `${location.id}:${location.networkId}`).sort());
    expect(finals[1]).to.deep.equal(finals[0]);
    expect(finals[2]).to.deep.equal(finals[0]);
    for (const [index, prompt] of prompts.entries()) {
      expect((await prompt.getEmergencyLocation()).location?.label).to.equal(`Room ${index}`);
    }
  });
});
