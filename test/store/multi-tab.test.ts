import { expect, waitUntil } from '@open-wc/testing';
import type { EmergencyLocation } from '../../src/location.js';
import { openLocationStore, type LocationStore } from '../../src/store/index.js';
import { patcher } from '../support/patch.js';
import { deleteDatabase, freshDatabase, homeInput, uniqueDbName } from './helpers.js';

/** Loads the other-tab fixture in a same-origin iframe and gives its openLocationStore. */
async function openOtherTab(query = ''): Promise<{ frame: HTMLIFrameElement; open: typeof openLocationStore }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/store/fixtures/other-tab.html${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.otherTab, 'the other tab did not load', { timeout: 5000 });
  return { frame, open: frame.contentWindow!.otherTab!.openLocationStore };
}

/** Resolves with the first list a listener receives, and when. */
function nextList(store: LocationStore): Promise<{ locations: EmergencyLocation[]; at: number }> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((locations) => {
      unsubscribe();
      resolve({ locations, at: performance.now() });
    });
  });
}

describe('changes across tabs', () => {
  const frames: HTMLIFrameElement[] = [];
  const { patch, restoreAll } = patcher();
  // Put the platform back and close the other tabs before the database is deleted.
  afterEach(() => {
    restoreAll();
    for (const frame of frames.splice(0)) frame.remove();
  });
  const testDb = freshDatabase();

  function hide(key: 'BroadcastChannel' | 'localStorage'): void {
    patch(window, key, { get: () => undefined });
  }

  async function here(): Promise<LocationStore> {
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    return store;
  }

  async function there(query = ''): Promise<LocationStore> {
    const { frame, open } = await openOtherTab(query);
    frames.push(frame);
    const store = await open({ dbName: testDb.name });
    testDb.stores.push(store);
    return store;
  }

  it('delivers a save in another page to this page\'s listener within a second, with the full list', async () => {
    const mine = await here();
    const existing = await mine.save(homeInput({ label: 'Home' }));
    const other = await there();
    const received = nextList(mine);
    const started = performance.now();
    const saved = await other.save(homeInput({ label: 'Hotel', networkId: 'net-hotel' }));
    const { locations, at } = await received;
    expect(locations.map((l) => l.id)).to.deep.equal([saved.id, existing.id]);
    expect(at - started).to.be.below(1000);
  });

  it('delivers a removal and a clear from another page', async () => {
    const mine = await here();
    const other = await there();
    const a = await mine.save(homeInput({ label: 'A' }));
    const b = await mine.save(homeInput({ label: 'B' }));
    let received = nextList(mine);
    await other.remove(a.id);
    expect((await received).locations.map((l) => l.id)).to.deep.equal([b.id]);
    received = nextList(mine);
    await other.clear();
    expect((await received).locations).to.deep.equal([]);
  });

  const fallbacks: [string, ('BroadcastChannel' | 'localStorage')[]][] = [
    ['through the storage event when BroadcastChannel is missing', ['BroadcastChannel']],
    ['by polling when neither BroadcastChannel nor localStorage is usable', ['BroadcastChannel', 'localStorage']],
  ];
  for (const [how, missing] of fallbacks) {
    it(`converges ${how}`, async () => {
      for (const key of missing) hide(key);
      const mine = await here();
      const other = await there('?no-broadcast');
      const received = nextList(mine);
      const started = performance.now();
      const saved = await other.save(homeInput());
      const { locations, at } = await received;
      expect(locations.map((l) => l.id)).to.deep.equal([saved.id]);
      expect(at - started).to.be.below(1000);
    });
  }

  it('does not wake another user\'s listeners', async () => {
    const alice = await openLocationStore({ dbName: testDb.name, userId: 'alice' });
    const bob = await openLocationStore({ dbName: testDb.name, userId: 'bob' });
    testDb.stores.push(alice, bob);
    const calls: EmergencyLocation[][] = [];
    bob.subscribe((locations) => calls.push(locations));
    const aliceHeard = nextList(alice);
    const otherAlice = await (await openOtherTab()).open({ dbName: testDb.name, userId: 'alice' });
    testDb.stores.push(otherAlice);
    await otherAlice.save(homeInput());
    await aliceHeard;
    const bobProbe = nextList(bob);
    await bob.save(homeInput({ label: 'Bob' }));
    await bobProbe;
    expect(calls.map((list) => list.map((l) => l.label))).to.deep.equal([['Bob']]);
  });
});

describe('subscribe', () => {
  let dbName: string;
  let store: LocationStore;

  beforeEach(async () => {
    dbName = uniqueDbName();
    store = await openLocationStore({ dbName });
  });

  afterEach(async () => {
    store.close();
    await deleteDatabase(dbName);
  });

  it('calls every listener even when one throws, and the save still succeeds', async () => {
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => { errors.push(args[1]); };
    try {
      store.subscribe(() => { throw new Error('listener bug'); });
      const received = nextList(store);
      const saved = await store.save(homeInput());
      expect((await received).locations.map((l) => l.id)).to.deep.equal([saved.id]);
      expect((await store.list())).to.have.length(1);
    } finally {
      console.error = originalError;
    }
    expect(errors.map((e) => (e as Error).message)).to.deep.equal(['listener bug']);
  });

  it('stops calling a listener after it unsubscribes', async () => {
    const calls: number[] = [];
    const unsubscribe = store.subscribe((locations) => calls.push(locations.length));
    await store.save(homeInput());
    await waitUntil(() => calls.length >= 1, 'listener not called', { timeout: 2000 });
    unsubscribe();
    // Later calls (the browser's answer to persist() also notifies) are no longer heard.
    const heard = calls.length;
    const probe = nextList(store);
    await store.save(homeInput({ label: 'Second' }));
    expect((await probe).locations).to.have.length(2);
    expect(calls).to.have.length(heard);
    expect(calls.every((length) => length === 1)).to.equal(true);
  });

  it('gives each listener its own copy of the list', async () => {
    const first = new Promise<EmergencyLocation[]>((resolve) => store.subscribe((l) => { l.pop(); resolve(l); }));
    const second = nextList(store);
    await store.save(homeInput());
    await first;
    expect((await second).locations).to.have.length(1);
  });

  it('releases the database connection on close()', async () => {
    await store.save(homeInput());
    store.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(dbName);
      request.onsuccess = () => resolve();
      request.onblocked = () => reject(new Error('close() left the connection open'));
    });
  });
});
