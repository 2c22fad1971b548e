import { expect } from '@open-wc/testing';
import { openLocationStore } from '../../src/store/index.js';
import { openLocationDB } from '../../src/store/open-db.js';
import { DB_VERSION, MIGRATIONS, STORE, migrate, type Migration } from '../../src/store/schema.js';
import { buildV1Record, writeV1Database } from './fixtures/v1-release.js';
import { buildVersion1, freshDatabase, rawGetAll, rawOpen, rawPut, storedRecord } from './helpers.js';

const noop = () => undefined;

describe('schema and upgrades', () => {
  const testDb = freshDatabase();

  it('creates the locations store keyed by id, with a user index and a multiEntry network index', async () => {
    const store = await openLocationStore({ dbName: testDb.name });
    store.close();
    const db = await rawOpen(testDb.name);
    const locations = db.transaction(STORE).objectStore(STORE);
    expect(db.version).to.equal(DB_VERSION);
    expect(DB_VERSION).to.equal(2);
    expect(locations.keyPath).to.equal('id');
    expect([...locations.indexNames].sort()).to.deep.equal(['networkIds', 'userId']);
    expect(locations.index('networkIds').keyPath).to.equal('networkIds');
    expect(locations.index('networkIds').multiEntry).to.equal(true);
    expect(locations.index('userId').keyPath).to.equal('userId');
    db.close();
  });

  it('upgrades a database written by the released version 1: every record kept, every index answers', async () => {
    const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
    const full = { country: 'US', A1: 'TX', A3: 'Austin', HNO: '123', HNS: '½', PRD: 'N', RD: 'Main', STS: 'St', LOC: 'Apt 4', PC: '78701', FLR: '2' };
    const records = [
      buildV1Record({ label: 'Home', civic: full, lang: 'en-US', networkId: 'net-home' }, 'id-home', '', at(1)),
      buildV1Record({ label: 'Hotel', civic: { country: 'CA', A1: 'ON', A3: 'Ottawa' }, networkId: 'net-hotel' }, 'id-hotel', '', at(2)),
      buildV1Record({ label: 'No network', civic: { country: 'US', A1: 'NY' }, networkId: null }, 'id-none', '', at(3)),
      buildV1Record({ label: 'Older on home', civic: { country: 'US', A1: 'TX' }, networkId: 'net-home' }, 'id-older', '', at(0)),
      buildV1Record({ label: 'Other user', civic: { country: 'US', A1: 'WA' }, networkId: 'net-home' }, 'id-bob', 'bob', at(9)),
    ];
    const updated = buildV1Record({ label: 'Hotel (updated)', civic: { country: 'CA', A1: 'ON' } }, 'id-hotel', '', at(4), records[1]);
    records[1] = updated;
    const invalid = { id: 'id-broken', userId: '', label: 42, networkId: 'net-home' };
    await writeV1Database(testDb.name, [...records, invalid as never]);

    const store = await openLocationStore({ dbName: testDb.name, onInvalidRecord: () => undefined });
    testDb.stores.push(store);
    expect(store.persistent).to.equal(true);

    // Raw: version 2, the v1 index gone, every record with networkIds, the invalid one untouched.
    const db = await rawOpen(testDb.name);
    expect(db.version).to.equal(2);
    const raw = (await rawGetAll(db, STORE)) as Record<string, unknown>[];
    expect(raw).to.have.length(records.length + 1);
    for (const record of records) {
      const { ...expected } = record as Record<string, unknown>;
      expected.networkIds = record.networkId === null ? [] : [record.networkId];
      expect(raw.find((r) => r.id === record.id)).to.deep.equal(expected);
    }
    expect(raw.find((r) => r.id === 'id-broken')).to.deep.equal(invalid);
    const byNetwork = db.transaction(STORE).objectStore(STORE).index('networkIds');
    const keysOf = (key: string) => new Promise<IDBValidKey[]>((resolve) => {
      const request = byNetwork.getAllKeys(key);
      request.onsuccess = () => resolve(request.result);
    });
    expect((await keysOf('net-home')).sort()).to.deep.equal(['id-bob', 'id-home', 'id-older']);
    expect(await keysOf('net-hotel')).to.deep.equal(['id-hotel']);
    db.close();

    // Through the store: the same locations as version 1 held, plus networkIds.
    const listed = await store.list();
    expect(listed.map((l) => l.id)).to.deep.equal(['id-hotel', 'id-none', 'id-home', 'id-older']);
    for (const location of listed) {
      const { userId: _owner, ...original } = records.find((r) => r.id === location.id)!;
      expect(location).to.deep.equal({ ...original, networkIds: original.networkId === null ? [] : [original.networkId] });
    }
    expect((await store.findForNetwork('net-home'))?.id).to.equal('id-home');
    expect((await store.findForNetwork('net-hotel'))?.label).to.equal('Hotel (updated)');
    const bob = await openLocationStore({ dbName: testDb.name, userId: 'bob' });
    testDb.stores.push(bob);
    expect((await bob.list()).map((l) => l.id)).to.deep.equal(['id-bob']);
  });

  it('keeps every version-2 record when a later release appends a migration step', async () => {
    const current = await openLocationStore({ dbName: testDb.name });
    const saved = await current.save({ label: 'Home', civic: { country: 'US', A1: 'TX' }, networkId: 'net-home' });
    current.close();

    // What a future release does: append a step (here, an index on label).
    const next: Migration = (_db, tx) => tx.objectStore(STORE).createIndex('label' as never, 'label');
    const db = await openLocationDB(testDb.name, {
      timeoutMs: 2000, onVersionChange: noop, onTerminated: noop,
      version: DB_VERSION + 1, migrations: [...MIGRATIONS, next],
    });
    expect(db.version).to.equal(DB_VERSION + 1);
    const records = await db.getAll(STORE);
    expect(records.map((r) => r.id)).to.deep.equal([saved.id]);
    expect(await db.getAllFromIndex(STORE, 'networkIds', 'net-home')).to.have.length(1);
    db.close();
  });

  it('refuses to run with a missing migration step', () => {
    expect(() => migrate({} as never, {} as never, DB_VERSION, DB_VERSION + 2, MIGRATIONS)).to.throw(`No migration from version ${DB_VERSION} to ${DB_VERSION + 1}`);
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
