import { expect, waitUntil } from '@open-wc/testing';
import type { EmergencyLocation } from '../../src/location.js';
import { MemoryLocationStore } from '../../src/store/memory-store.js';
import { StoreError } from '../../src/store/index.js';
import { homeInput, uniqueDbName } from './helpers.js';

describe('MemoryLocationStore', () => {
  let dbName: string;
  const stores: MemoryLocationStore[] = [];

  function open(userId = ''): MemoryLocationStore {
    const store = new MemoryLocationStore({ dbName, userId });
    stores.push(store);
    return store;
  }

  beforeEach(() => {
    dbName = uniqueDbName('memory');
  });

  afterEach(async () => {
    for (const store of stores.splice(0)) {
      await store.clear().catch(() => undefined);
      store.close();
    }
  });

  it('says it is not persistent', () => {
    expect(open().persistent).to.equal(false);
  });

  it('behaves like the IndexedDB store: most recent first, network lookup, invariant', async () => {
    const store = open();
    const home = await store.save(homeInput({ label: 'Home', networkId: 'net-a' }));
    const hotel = await store.save(homeInput({ label: 'Hotel', networkId: 'net-b' }));
    expect((await store.list()).map((l) => l.id)).to.deep.equal([hotel.id, home.id]);
    const moved = await store.save({ ...home, networkId: 'net-b' });
    expect(moved.createdAt).to.equal(home.createdAt);
    expect(await store.findForNetwork('net-b')).to.deep.equal(moved);
    expect(moved).to.include({ source: 'user', validation: 'unvalidated', method: 'Manual' });
    await store.remove(hotel.id);
    expect(await store.list()).to.deep.equal([moved]);
  });

  it('shares locations between stores of the same page and user, not between users', async () => {
    const prompt = open('alice');
    const badge = open('alice');
    const bob = open('bob');
    const heard: EmergencyLocation[][] = [];
    badge.subscribe((locations) => heard.push(locations));
    const saved = await prompt.save(homeInput());
    expect(await badge.get(saved.id)).to.deep.equal(saved);
    expect(await bob.list()).to.deep.equal([]);
    await waitUntil(() => heard.length === 1, 'the other store was not notified', { timeout: 2000 });
    expect(heard[0].map((l) => l.id)).to.deep.equal([saved.id]);
  });

  it('does not let callers change stored locations through returned objects', async () => {
    const store = open();
    const saved = await store.save(homeInput());
    saved.validation = 'validated';
    saved.civic.A3 = 'Elsewhere';
    expect(await store.get(saved.id)).to.include({ validation: 'unvalidated' });
    expect((await store.get(saved.id))?.civic.A3).to.equal('Austin');
  });

  it('rejects calls after close() with code closed', async () => {
    const store = open();
    store.close();
    const error = await store.list().then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).code).to.equal('closed');
  });
});
