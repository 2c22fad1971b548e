import { expect } from '@open-wc/testing';
import { openLocationStore } from '../../src/store/index.js';
import { checkStoredRecord } from '../../src/store/record.js';
import { buildVersion1, freshDatabase, rawGetAll, rawOpen, rawPut, storedRecord } from './helpers.js';

describe('checkStoredRecord', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a missing id', { id: undefined }, 'id'],
    ['a label that is not text', { label: { toString: 1 } }, 'label'],
    ['a civic address without a country', { civic: { A1: 'TX' } }, 'country'],
    ['a lower-case country', { civic: { country: 'us' } }, 'country'],
    ['a civic element that is not text', { civic: { country: 'US', HNO: 123 } }, 'HNO'],
    ['a network id that is a number', { networkId: 5 }, 'networkId'],
    ['a lastUsedAt that is not a date', { lastUsedAt: 'yesterday' }, 'lastUsedAt'],
    ['a lang that is not text', { lang: 5 }, 'lang'],
  ];
  for (const [what, overrides, field] of cases) {
    it(`refuses a record with ${what}`, () => {
      const check = checkStoredRecord(storedRecord(overrides));
      expect(check.ok).to.equal(false);
      if (!check.ok) expect(check.reason).to.contain(field);
    });
  }

  it('refuses values that are not records', () => {
    for (const value of [null, undefined, 'x', 3, []]) expect(checkStoredRecord(value).ok).to.equal(false);
  });

  it('reads any stored record back as user-entered, unvalidated and Manual', () => {
    const check = checkStoredRecord(storedRecord({ source: 'lis', validation: 'validated', method: 'Wiremap' }));
    expect(check.ok && check.location).to.include({ source: 'user', validation: 'unvalidated', method: 'Manual' });
  });

  it('drops keys that are not RFC 5139 elements and the owner', () => {
    const check = checkStoredRecord(storedRecord({ civic: { country: 'US', script: '<x>' }, extra: 1 }));
    expect(check.ok && check.location.civic).to.deep.equal({ country: 'US' });
    expect(check.ok && check.location).not.to.have.property('userId');
    expect(check.ok && check.location).not.to.have.property('extra');
  });
});

describe('records read from IndexedDB', () => {
  const testDb = freshDatabase();

  async function seed(values: unknown[]): Promise<void> {
    const db = await rawOpen(testDb.name, 1, buildVersion1);
    await rawPut(db, 'locations', values);
    db.close();
  }

  it('reads a tampered record claiming validation back as unvalidated', async () => {
    const tampered = storedRecord({ validation: 'validated', method: 'GPS' });
    await seed([tampered]);
    const store = await openLocationStore({ dbName: testDb.name });
    testDb.stores.push(store);
    const [listed] = await store.list();
    expect(listed).to.include({ id: tampered.id, source: 'user', validation: 'unvalidated', method: 'Manual' });
    expect(await store.get(tampered.id as string)).to.include({ validation: 'unvalidated' });
    expect(await store.findForNetwork('net-home')).to.include({ validation: 'unvalidated' });
  });

  it('skips invalid records and reports each to onInvalidRecord, without failing list()', async () => {
    const good = storedRecord({ label: 'Good' });
    const bad = storedRecord({ label: 'Bad', civic: 'not an address', lastUsedAt: '2026-01-01T00:00:00.000Z' });
    await seed([good, bad]);
    const reported: unknown[] = [];
    const store = await openLocationStore({ dbName: testDb.name, onInvalidRecord: (record) => reported.push(record.id) });
    testDb.stores.push(store);
    expect((await store.list()).map((l) => l.label)).to.deep.equal(['Good']);
    expect(await store.get(bad.id as string)).to.equal(undefined);
    expect(reported).to.deep.equal([bad.id, bad.id]);
  });

  it('skips an invalid newer record and finds the valid older one on the network', async () => {
    const older = storedRecord({ label: 'Older' });
    const broken = storedRecord({ label: 7, lastUsedAt: '2026-01-01T00:00:00.000Z' });
    await seed([older, broken]);
    const store = await openLocationStore({ dbName: testDb.name, onInvalidRecord: () => undefined });
    testDb.stores.push(store);
    expect((await store.findForNetwork('net-home'))?.label).to.equal('Older');
  });

  it('warns once on the console with what to do when no handler is given', async () => {
    await seed([storedRecord({ civic: null }), storedRecord({ civic: 5 })]);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(String(args[0])); };
    try {
      const store = await openLocationStore({ dbName: testDb.name });
      testDb.stores.push(store);
      await store.list();
      await store.list();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('store.remove(id)');
  });

  it('leaves invalid records in the database untouched', async () => {
    const bad = storedRecord({ civic: null });
    await seed([bad]);
    const store = await openLocationStore({ dbName: testDb.name, onInvalidRecord: () => undefined });
    testDb.stores.push(store);
    await store.list();
    store.close();
    const db = await rawOpen(testDb.name);
    expect(await rawGetAll(db, 'locations')).to.deep.equal([bad]);
    db.close();
  });
});
