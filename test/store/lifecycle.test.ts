import { expect, waitUntil } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { openLocationStore, StoreError, type LocationStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { patcher } from '../support/patch.js';
import { freshDatabase, homeInput, rawGetAll, rawOpen } from './helpers.js';

const frames: HTMLIFrameElement[] = [];

/**
 * openLocationStore as the released version 1 ran it (its schema version and migrations,
 * test-only options), in another same-origin page, so its page memory is its own.
 */
async function openAsVersion1(dbName: string, onFallback: (error: StoreError) => void): Promise<LocationStore> {
  const frame = document.createElement('iframe');
  frame.src = '/test/store/fixtures/other-tab.html';
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => frame.contentWindow?.otherTab, 'the other tab did not load', { timeout: 5000 });
  const open = frame.contentWindow!.otherTab!.openLocationStore;
  return open({ dbName, onFallback, version: 1, migrations: MIGRATIONS.slice(0, 1) } as never);
}

describe('persistent storage (navigator.storage.persist)', () => {
  const { patch, restoreAll } = patcher();
  afterEach(restoreAll);
  const testDb = freshDatabase();

  /** A StorageManager that answers `answer` and counts the questions; patched in, as a browser's refusal cannot be forced. */
  function browserAnswers(answer: boolean): { asked: number } {
    const calls = { asked: 0 };
    patch(navigator, 'storage', {
      get: () => ({
        persisted: () => Promise.resolve(false),
        persist: () => { calls.asked += 1; return Promise.resolve(answer); },
      }),
    });
    return calls;
  }

  async function open(): Promise<LocationStore> {
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    return store;
  }

  it('asks only after the first stored save, once, and exposes a refusal as storagePersistence "refused"', async () => {
    const calls = browserAnswers(false);
    const store = await open();
    await store.list();
    expect(calls.asked).to.equal(0);
    expect(store.storagePersistence).to.equal('not-asked');
    const heard: number[] = [];
    store.subscribe((locations) => heard.push(locations.length));
    await store.save(homeInput());
    await waitUntil(() => store.storagePersistence === 'refused', 'the refusal is exposed', { timeout: 2000 });
    await store.save(homeInput({ label: 'Second' }));
    expect(calls.asked).to.equal(1);
    // Still stored: "best effort" storage works, it may only be cleared under pressure.
    expect(store.persistent).to.equal(true);
    await waitFor(() => heard.length >= 2, 'listeners hear of the new state');
  });

  it('says "granted" when the browser agrees', async () => {
    browserAnswers(true);
    const store = await open();
    await store.save(homeInput());
    await waitUntil(() => store.storagePersistence === 'granted', 'the grant is exposed', { timeout: 2000 });
  });

  it('matches what this browser itself answers, without a stand-in', async () => {
    const store = await open();
    await store.save(homeInput());
    const manager = (navigator as { storage?: StorageManager }).storage;
    if (typeof manager?.persist !== 'function') {
      expect(store.storagePersistence).to.equal('unavailable');
      return;
    }
    await waitUntil(() => store.storagePersistence !== 'asking' && store.storagePersistence !== 'not-asked', 'the browser answers', { timeout: 5000 });
    expect(store.storagePersistence).to.equal((await manager.persisted()) ? 'granted' : 'refused');
  });

  it('is "unavailable" without a StorageManager (plain-http pages) and when storage is memory only', async () => {
    patch(navigator, 'storage', { get: () => undefined });
    const store = await open();
    await store.save(homeInput());
    await waitFor(() => store.storagePersistence === 'unavailable', 'no StorageManager');
    patch(window, 'indexedDB', { get: () => undefined });
    const memory = await openLocationStore({ dbName: testDb.name, onFallback: () => undefined });
    testDb.stores.push(memory);
    expect(memory.storagePersistence).to.equal('unavailable');
  });
});

describe('a database deleted under the page', () => {
  const testDb = freshDatabase();

  it('notices another tab\'s deleteDatabase: lists nothing, answers nothing stale, records when, and saves again', async () => {
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    const home = await store.save(homeInput());
    const lists: string[][] = [];
    store.subscribe((locations) => lists.push(locations.map((l) => l.id)));
    expect(store.databaseDeletedAt).to.equal(null);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(testDb.name);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('the store blocked the deletion'));
    });
    await waitUntil(() => store.databaseDeletedAt !== null, 'the deletion is noticed', { timeout: 3000 });
    await waitUntil(() => lists.some((ids) => ids.length === 0), 'listeners hear the empty list', { timeout: 3000 });
    expect(await store.list()).to.deep.equal([]);
    expect(await store.get(home.id)).to.equal(undefined);
    expect(await store.findForNetwork('net-home')).to.equal(undefined);
    expect(store.isKeptInMemory(home.id)).to.equal(false);
    const again = await store.save(homeInput({ label: 'Home again' }));
    expect(await store.findForNetwork('net-home')).to.deep.equal(again);
    expect(store.persistent).to.equal(true);
  });
});

describe('two versions in two tabs', () => {
  // The other tabs go before the database is deleted (Firefox keeps a removed frame's connection until then).
  afterEach(() => { for (const frame of frames.splice(0)) frame.remove(); });
  const testDb = freshDatabase();

  it('a version-1 tab meeting a version-2 database: a clear error, the memory fallback, nothing lost', async () => {
    const first = await openLocationStore({ dbName: testDb.name });
    const saved = await first.save(homeInput());
    first.close();
    const reasons: StoreError[] = [];
    const old = await openAsVersion1(testDb.name, (error) => reasons.push(error));
    testDb.stores.push(old);
    expect(reasons.map((e) => e.code)).to.deep.equal(['version-too-new']);
    expect(reasons[0]!.message).to.contain('Reload this page');
    expect(old.persistent).to.equal(false);
    const typed = await old.save(homeInput({ label: 'Typed in the old tab' }));
    expect(old.isKeptInMemory(typed.id)).to.equal(true);
    // The database is untouched: version 2 still finds exactly what it saved.
    const current = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(current);
    expect(await current.list()).to.deep.equal([saved]);
    const db = await rawOpen(testDb.name);
    expect(db.version).to.equal(2);
    expect((await rawGetAll(db, 'locations')).map((r) => (r as { id: string }).id)).to.deep.equal([saved.id]);
    db.close();
  });

  it('a version-1 tab open while version 2 upgrades: it lets go at once, then keeps its places in memory', async () => {
    const reasons: string[] = [];
    const old = await openAsVersion1(testDb.name, (error) => reasons.push(error.code));
    testDb.stores.push(old);
    const typed = await old.save(homeInput({ label: 'Saved by version 1' }));
    expect(await old.list()).to.deep.equal([typed]);
    // The upgrade is not blocked by the old tab's connection (versionchange closes it).
    const started = performance.now();
    const current = await openLocationStore({ dbName: testDb.name, openTimeoutMs: 2000, onFallback: (e) => reasons.push(`new:${e.code}`) });
    testDb.stores.push(current);
    expect(performance.now() - started).to.be.below(2000);
    expect(current.persistent).to.equal(true);
    const upgraded = await current.get(typed.id);
    expect(upgraded).to.deep.equal({ ...typed, networkIds: ['net-home'] });
    // The old tab's next call meets version 2: reported, and what it showed stays.
    expect((await old.list()).map((l) => l.id)).to.deep.equal([typed.id]);
    expect(reasons).to.deep.equal(['version-too-new']);
    expect(old.persistent).to.equal(false);
  });
});
