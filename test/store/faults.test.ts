import { expect } from '@open-wc/testing';
import { openLocationStore, StoreError, type LocationStore, type StoreErrorCode } from '../../src/store/index.js';
import { openLocationDB } from '../../src/store/open-db.js';
import { DB_VERSION, MIGRATIONS, type Migration } from '../../src/store/schema.js';
import { fullDiskPut, patcher } from '../support/patch.js';
import { freshDatabase, homeInput, rawGetAll, rawOpen } from './helpers.js';

const noop = () => undefined;
/** The migrations of a release after this one. */
const next: Migration[] = [...MIGRATIONS, noop];
const NEXT_VERSION = DB_VERSION + 1;

/** An open request that fires `error` with `error` soon, or never settles when `error` is null. */
function fakeOpenRequest(error: DOMException | null): IDBOpenDBRequest {
  // A real EventTarget so idb can listen; IDBOpenDBRequest's prototype so idb treats it as a request.
  const target = new EventTarget();
  Object.setPrototypeOf(target, IDBOpenDBRequest.prototype);
  Object.defineProperty(target, 'error', { value: error });
  if (error) setTimeout(() => target.dispatchEvent(new Event('error')));
  return target as IDBOpenDBRequest;
}

describe('store faults', () => {
  const { patch, restoreAll } = patcher();
  // Put the platform back before the database is deleted.
  afterEach(restoreAll);
  const testDb = freshDatabase();

  async function openExpectingFallback(code: StoreErrorCode, timeoutMs?: number): Promise<LocationStore> {
    const reasons: StoreError[] = [];
    const store = await openLocationStore({ dbName: testDb.name, openTimeoutMs: timeoutMs, onFallback: (e) => reasons.push(e) });
    testDb.stores.push(store);
    expect(store.persistent).to.equal(false);
    expect(reasons.map((e) => e.code)).to.deep.equal([code]);
    expect(reasons[0]).to.be.instanceOf(StoreError);
    return store;
  }

  it('falls back to a working memory store when IndexedDB is missing', async () => {
    patch(window, 'indexedDB', { get: () => undefined });
    const store = await openExpectingFallback('unavailable');
    const saved = await store.save(homeInput());
    expect(await store.findForNetwork('net-home')).to.deep.equal(saved);
    expect(saved.validation).to.equal('unvalidated');
  });

  it('falls back when merely touching IndexedDB throws, as in sandboxed frames', async () => {
    patch(window, 'indexedDB', { get: () => { throw new DOMException('Access denied', 'SecurityError'); } });
    await openExpectingFallback('unavailable');
  });

  it('falls back when open() throws', async () => {
    patch(indexedDB, 'open', { value: () => { throw new DOMException('denied', 'SecurityError'); } });
    await openExpectingFallback('unavailable');
  });

  it('falls back when the open request errors, as in Firefox private browsing', async () => {
    const privateMode = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    patch(indexedDB, 'open', { value: () => fakeOpenRequest(privateMode) });
    const store = await openExpectingFallback('unavailable');
    expect((await store.save(homeInput())).source).to.equal('user');
  });

  it('falls back within the time bound when open never settles', async () => {
    patch(indexedDB, 'open', { value: () => fakeOpenRequest(null) });
    const started = performance.now();
    await openExpectingFallback('open-timeout', 100);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('warns on the console with the reason when no onFallback is given', async () => {
    patch(window, 'indexedDB', { get: () => undefined });
    const warnings: string[] = [];
    patch(console, 'warn', { value: (...args: unknown[]) => warnings.push(String(args[0])), writable: true });
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('private browsing');
  });

  it('keeps a location the full disk refused in page memory, reports quota-exceeded with an actionable message, and writes nothing', async () => {
    const reasons: StoreError[] = [];
    const store = await openLocationStore({ dbName: testDb.name, onFallback: (e) => reasons.push(e) });
    testDb.stores.push(store);
    const kept = await store.save(homeInput({ label: 'Kept' }));
    patch(IDBObjectStore.prototype, 'put', fullDiskPut());
    const refused = await store.save(homeInput({ label: 'Refused', networkId: 'net-hotel' }));
    expect(reasons.map((e) => e.code)).to.deep.equal(['quota-exceeded']);
    expect(reasons[0]!.message).to.equal(
      "Browser storage is full: the location was not saved. Free space in the browser's site data, then try again.");
    expect(store.isKeptInMemory(refused.id)).to.equal(true);
    expect(store.isKeptInMemory(kept.id)).to.equal(false);
    expect(store.persistent).to.equal(false);
    expect((await store.list()).map((l) => l.label)).to.deep.equal(['Refused', 'Kept']);
    expect(await store.findForNetwork('net-hotel')).to.deep.equal(refused);
    restoreAll();
    const db = await rawOpen(testDb.name);
    expect((await rawGetAll(db, 'locations')).map((r) => (r as { id: string }).id)).to.deep.equal([kept.id]);
    db.close();
  });

  it('keeps a location after any other failed write, and stores it once writes work again', async () => {
    const reasons: string[] = [];
    const store = await openLocationStore({ dbName: testDb.name, onFallback: (e) => reasons.push(e.code) });
    testDb.stores.push(store);
    const originalPut = IDBObjectStore.prototype.put;
    patch(IDBObjectStore.prototype, 'put', { writable: true, value: () => { throw new DOMException('bad', 'DataError'); } });
    const first = await store.save(homeInput());
    expect(reasons).to.deep.equal(['write-failed']);
    expect(store.isKeptInMemory(first.id)).to.equal(true);
    patch(IDBObjectStore.prototype, 'put', { writable: true, value: originalPut });
    const again = await store.save({ ...first, label: 'Home again' });
    expect(again.id).to.equal(first.id);
    expect(again.createdAt).to.equal(first.createdAt);
    expect(store.isKeptInMemory(first.id)).to.equal(false);
    expect(store.persistent).to.equal(true);
    expect((await store.list()).map((l) => l.label)).to.deep.equal(['Home again']);
  });

  it('gives up on an upgrade blocked by an old connection and then releases the late connection', async () => {
    const old = await rawOpen(testDb.name, 1); // holds version 1 open, ignoring versionchange
    const error = await openLocationDB(testDb.name, { timeoutMs: 200, onVersionChange: noop, onTerminated: noop, version: NEXT_VERSION, migrations: next })
      .then(() => null, (e: unknown) => e);
    expect((error as StoreError).code).to.equal('upgrade-blocked');
    expect((error as StoreError).message).to.contain('Close or reload the other tabs');
    old.close();
    // The upgrade now completes; had its connection been kept, this delete would be blocked.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(testDb.name);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('delete blocked by a leaked connection'));
    });
  });

  it('closes its connection when a newer version opens, then keeps what it knew in memory and reports version-too-new', async () => {
    const reasons: string[] = [];
    const store = await openLocationStore({ dbName: testDb.name, onFallback: (e) => reasons.push(e.code) });
    testDb.stores.push(store);
    const saved = await store.save(homeInput());
    expect(await store.list()).to.deep.equal([saved]);
    const newer = await openLocationDB(testDb.name, { timeoutMs: 2000, onVersionChange: noop, onTerminated: noop, version: NEXT_VERSION, migrations: next });
    expect(await newer.getAll('locations')).to.have.length(1);
    newer.close();
    expect(await store.list()).to.deep.equal([saved]);
    expect(reasons).to.deep.equal(['version-too-new']);
    expect(store.persistent).to.equal(false);
    const later = await store.save(homeInput({ label: 'Later' }));
    expect(store.isKeptInMemory(later.id)).to.equal(true);
    const db = await rawOpen(testDb.name);
    expect(db.version).to.equal(NEXT_VERSION);
    expect((await rawGetAll(db, 'locations')).map((r) => (r as { id: string }).id)).to.deep.equal([saved.id]);
    db.close();
  });

  it('lets another tab delete the database and reopens on the next call', async () => {
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    await store.save(homeInput());
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(testDb.name);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('the store blocked the deletion'));
    });
    expect(await store.list()).to.deep.equal([]);
    expect((await store.save(homeInput())).label).to.equal('Home');
  });
});
