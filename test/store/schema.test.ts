import { expect } from '@open-wc/testing';
import { openLocationStore } from '../../src/store/index.js';
import { openLocationDB } from '../../src/store/open-db.js';
import { DB_VERSION, MIGRATIONS, STORE, migrate, type Migration } from '../../src/store/schema.js';
import { buildVersion1, freshDatabase, rawGetAll, rawOpen, rawPut, storedRecord } from './helpers.js';

const noop = () => undefined;

describe('schema and upgrades', () => {
  const testDb = freshDatabase();

  it('creates the locations store keyed by id with network and last-use indexes', async () => {
    const store = await openLocationStore({ dbName: testDb.name });
    store.close();
    const db = await rawOpen(testDb.name);
    const locations = db.transaction(STORE).objectStore(STORE);
    expect(db.version).to.equal(DB_VERSION);
    expect(locations.keyPath).to.equal('id');
    expect(locations.index('userId_networkId_lastUsedAt').keyPath).to.deep.equal(['userId', 'networkId', 'lastUsedAt']);
    expect(locations.index('userId').keyPath).to.equal('userId');
    db.close();
  });

  it('finds every record of a database built by the first release intact', async () => {
    const records = Array.from({ length: 25 }, (_, i) =>
      storedRecord({ label: `Place ${i}`, lastUsedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() }));
    const db = await rawOpen(testDb.name, 1, buildVersion1);
    await rawPut(db, 'locations', records);
    db.close();
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    const listed = await store.list();
    expect(listed).to.have.length(25);
    expect(listed.map((l) => l.label)).to.deep.equal(records.map((r) => r.label).reverse());
    for (const location of listed) {
      const original = records.find((r) => r.id === location.id)!;
      const { userId: _owner, ...expected } = original;
      expect(location).to.deep.equal(expected);
    }
  });

  it('keeps version-1 records when a version-2 migration is added', async () => {
    const v1 = await openLocationStore({ dbName: testDb.name });
    const saved = await v1.save({ label: 'Home', civic: { country: 'US', A1: 'TX' }, networkId: 'net-home' });
    v1.close();

    // What a future release does: append a step (here, an index on label).
    const toV2: Migration = (_db, tx) => tx.objectStore(STORE).createIndex('label' as never, 'label');
    const db = await openLocationDB(testDb.name, {
      timeoutMs: 2000, onVersionChange: noop, onTerminated: noop,
      version: 2, migrations: [...MIGRATIONS, toV2],
    });
    expect(db.version).to.equal(2);
    const records = await db.getAll(STORE);
    expect(records.map((r) => r.id)).to.deep.equal([saved.id]);
    expect(await db.getAllFromIndex(STORE, 'userId_networkId_lastUsedAt')).to.have.length(1);
    db.close();
  });

  it('refuses to run with a missing migration step', () => {
    expect(() => migrate({} as never, {} as never, 1, 3, MIGRATIONS)).to.throw('No migration from version 1 to 2');
  });

  it('never deletes or overwrites a database written by a newer version, and falls back to memory', async () => {
    const future = storedRecord({ label: 'From the future' });
    const db = await rawOpen(testDb.name, DB_VERSION + 5, (raw) => {
      buildVersion1(raw);
      raw.createObjectStore('future-stuff');
    });
    await rawPut(db, 'locations', [future]);
    db.close();

    const reasons: string[] = [];
    const store = await openLocationStore({ dbName: testDb.name, onFallback: (error) => reasons.push(error.code) });
    testDb.stores.push(store);
    expect(store.persistent).to.equal(false);
    expect(reasons).to.deep.equal(['version-too-new']);
    await store.save({ label: 'Session only', civic: { country: 'US' } });

    const after = await rawOpen(testDb.name);
    expect(after.version).to.equal(DB_VERSION + 5);
    expect(after.objectStoreNames.contains('future-stuff')).to.equal(true);
    expect(await rawGetAll(after, 'locations')).to.deep.equal([future]);
    after.close();
  });

  it('falls back to memory when a database of the same name belongs to another application', async () => {
    const db = await rawOpen(testDb.name, 1, (raw) => raw.createObjectStore('something-else'));
    db.close();
    const reasons: string[] = [];
    const store = await openLocationStore({ dbName: testDb.name, onFallback: (error) => reasons.push(error.message) });
    testDb.stores.push(store);
    expect(store.persistent).to.equal(false);
    expect(reasons[0]).to.contain('db-name');
  });
});
