import { expect } from '@open-wc/testing';
import { openLocationStore, StoreError, type LocationStore } from '../../src/store/index.js';
import { patcher } from '../support/patch.js';
import { freshDatabase, homeInput, rawGetAll, rawOpen } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('openLocationStore on IndexedDB', () => {
  const testDb = freshDatabase();

  async function open(userId?: string): Promise<LocationStore> {
    const store = await openLocationStore({ dbName: testDb.name, userId });
    testDb.stores.push(store);
    return store;
  }

  it('is persistent when IndexedDB works', async () => {
    const store = await open();
    expect(store.persistent).to.equal(true);
  });

  it('saves a new location as user-entered, unvalidated and Manual, with a random UUID', async () => {
    const store = await open();
    const saved = await store.save(homeInput());
    expect(saved.id).to.match(UUID);
    expect(saved).to.include({ label: 'Home', source: 'user', validation: 'unvalidated', method: 'Manual', networkId: 'net-home' });
    expect(saved.createdAt).to.equal(saved.updatedAt);
    expect(saved.lastUsedAt).to.equal(saved.updatedAt);
    expect(await store.get(saved.id)).to.deep.equal(saved);
  });

  it('saves on a page outside a secure context (plain http), where crypto.randomUUID is missing', async () => {
    const { patch, restoreAll } = patcher();
    patch(Crypto.prototype, 'randomUUID', { value: undefined, writable: true });
    try {
      expect(crypto.randomUUID).to.equal(undefined);
      const store = await open();
      const saved = await store.save(homeInput());
      expect(saved.id).to.match(UUID);
      expect(await store.findForNetwork('net-home')).to.deep.equal(saved);
    } finally {
      restoreAll();
    }
  });

  it('ignores a caller claiming a location is validated', async () => {
    const store = await open();
    const claim = { ...homeInput(), source: 'lis', validation: 'validated', method: 'GPS' } as Parameters<LocationStore['save']>[0];
    const saved = await store.save(claim);
    expect(saved).to.include({ source: 'user', validation: 'unvalidated', method: 'Manual' });
    expect((await store.get(saved.id))?.validation).to.equal('unvalidated');
  });

  it('keeps the record in the database after the store is closed and reopened', async () => {
    const first = await open();
    const saved = await first.save(homeInput());
    first.close();
    const second = await open();
    expect(await second.list()).to.deep.equal([saved]);
  });

  it('does not store the user id in the returned location', async () => {
    const store = await open('alice');
    const saved = await store.save(homeInput());
    expect(saved).not.to.have.property('userId');
    const db = await rawOpen(testDb.name);
    const [raw] = (await rawGetAll(db, 'locations')) as Array<Record<string, unknown>>;
    db.close();
    expect(raw.userId).to.equal('alice');
  });

  it('lists the most recently used location first', async () => {
    const store = await open();
    const home = await store.save(homeInput({ label: 'Home' }));
    const hotel = await store.save(homeInput({ label: 'Hotel', networkId: 'net-hotel' }));
    expect((await store.list()).map((l) => l.label)).to.deep.equal(['Hotel', 'Home']);
    await store.save({ ...home });
    expect((await store.list()).map((l) => l.id)).to.deep.equal([home.id, hotel.id]);
  });

  it('keeps createdAt and bumps updatedAt and lastUsedAt on update', async () => {
    const store = await open();
    const saved = await store.save(homeInput());
    const updated = await store.save({ id: saved.id, label: 'My home', civic: saved.civic });
    expect(updated.id).to.equal(saved.id);
    expect(updated.createdAt).to.equal(saved.createdAt);
    expect(updated.updatedAt > saved.updatedAt).to.equal(true);
    expect(updated.lastUsedAt > saved.lastUsedAt).to.equal(true);
    expect(updated.networkId).to.equal('net-home');
    expect(await store.list()).to.have.length(1);
  });

  it('finds the most recently used location saved on a network', async () => {
    const store = await open();
    await store.save(homeInput({ label: 'Old', networkId: 'net-a' }));
    const latest = await store.save(homeInput({ label: 'New', networkId: 'net-a' }));
    await store.save(homeInput({ label: 'Elsewhere', networkId: 'net-b' }));
    expect(await store.findForNetwork('net-a')).to.deep.equal(latest);
    expect(await store.findForNetwork('net-unknown')).to.equal(undefined);
  });

  it('adds a chosen saved location to the current network, keeps its first one, and makes it most recent', async () => {
    const store = await open();
    const home = await store.save(homeInput({ networkId: 'net-home' }));
    const other = await store.save(homeInput({ label: 'Office', networkId: 'net-branch' }));
    const moved = await store.save({ ...home, networkId: 'net-branch' });
    expect(moved.networkIds).to.deep.equal(['net-home', 'net-branch']);
    expect(moved.networkId).to.equal('net-branch');
    expect(await store.findForNetwork('net-branch')).to.deep.equal(moved);
    // Chosen at the hotel, still found back home (schema v2).
    expect(await store.findForNetwork('net-home')).to.deep.equal(moved);
    expect((await store.list())[0].id).to.equal(home.id);
    expect(moved.lastUsedAt > other.lastUsedAt).to.equal(true);
  });

  it('saves a location with no network and never finds it for a network', async () => {
    const store = await open();
    const saved = await store.save(homeInput({ networkId: null }));
    expect(saved.networkId).to.equal(null);
    expect(await store.list()).to.have.length(1);
    expect(await store.findForNetwork('')).to.equal(undefined);
  });

  it('saves again under the same id a location that another tab removed meanwhile', async () => {
    const store = await open();
    const saved = await store.save(homeInput());
    await store.remove(saved.id);
    const again = await store.save({ ...saved, label: 'Home again' });
    expect(again.id).to.equal(saved.id);
    expect((await store.list()).map((l) => l.label)).to.deep.equal(['Home again']);
  });

  it('removes one location', async () => {
    const store = await open();
    const home = await store.save(homeInput());
    const hotel = await store.save(homeInput({ label: 'Hotel' }));
    await store.remove(home.id);
    expect(await store.list()).to.deep.equal([hotel]);
    expect(await store.get(home.id)).to.equal(undefined);
  });

  it('keeps the lang of the civic text', async () => {
    const store = await open();
    const saved = await store.save(homeInput({ lang: 'fr-CA', civic: { country: 'CA', A1: 'QC', A3: 'Montréal' } }));
    expect((await store.get(saved.id))?.lang).to.equal('fr-CA');
  });

  it('rejects a malformed location with a message showing correct use', async () => {
    const store = await open();
    const bad = [
      { label: 'Home' },
      { label: 'Home', civic: { country: 'usa' } },
      { label: 42, civic: { country: 'US' } },
      { label: 'Home', civic: { country: 'US', STREET: 'Main' } },
      { label: 'Home', civic: { country: 'US' }, networkId: 7 },
    ];
    for (const input of bad) {
      const error = await store.save(input as never).then(() => null, (e: unknown) => e);
      expect(error, JSON.stringify(input)).to.be.instanceOf(StoreError);
      expect((error as StoreError).code).to.equal('invalid-argument');
      expect((error as StoreError).message).to.contain('save(');
    }
    expect(await store.list()).to.deep.equal([]);
  });

  it('rejects every call after close() with code closed', async () => {
    const store = await open();
    store.close();
    const error = await store.list().then(() => null, (e: unknown) => e);
    expect((error as StoreError).code).to.equal('closed');
    expect((error as StoreError).message).to.contain('openLocationStore()');
  });
});

describe('userId scoping', () => {
  const testDb = freshDatabase();

  async function open(userId: string): Promise<LocationStore> {
    const store = await openLocationStore({ dbName: testDb.name, userId });
    testDb.stores.push(store);
    return store;
  }

  it('never shows one user the locations of another on the same browser profile', async () => {
    const alice = await open('alice');
    const bob = await open('bob');
    const aliceHome = await alice.save(homeInput({ label: 'Alice home', networkId: 'net-shared' }));
    await bob.save(homeInput({ label: 'Bob home', networkId: 'net-shared' }));
    expect((await alice.list()).map((l) => l.label)).to.deep.equal(['Alice home']);
    expect((await bob.list()).map((l) => l.label)).to.deep.equal(['Bob home']);
    expect((await alice.findForNetwork('net-shared'))?.label).to.equal('Alice home');
    expect(await bob.get(aliceHome.id)).to.equal(undefined);
  });

  it('clears only the current user at sign-out', async () => {
    const alice = await open('alice');
    const bob = await open('bob');
    await alice.save(homeInput());
    await alice.save(homeInput({ label: 'Hotel' }));
    const bobs = await bob.save(homeInput({ label: 'Bob home' }));
    await alice.clear();
    expect(await alice.list()).to.deep.equal([]);
    expect(await bob.list()).to.deep.equal([bobs]);
  });

  it('does not let one user overwrite or remove another user\'s location by id', async () => {
    const alice = await open('alice');
    const bob = await open('bob');
    const aliceHome = await alice.save(homeInput());
    const error = await bob.save({ ...homeInput({ label: 'Hijack' }), id: aliceHome.id }).then(() => null, (e: unknown) => e);
    expect((error as StoreError).code).to.equal('not-found');
    await bob.remove(aliceHome.id);
    expect(await alice.get(aliceHome.id)).to.deep.equal(aliceHome);
  });
});
