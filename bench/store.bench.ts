/**
 * `findForNetwork` on a store of 200 saved locations, beside the raw IndexedDB index
 * lookup of the same record that it cannot avoid: the store's own overhead as a ratio.
 */
import { openLocationStore } from '../src/store/index.js';
import { median } from './support.js';
import type { BenchRow } from './types.js';

const LOCATIONS = 200;
const NETWORKS = 20;
const USER_ID = 'bench-user';
const WARMUP = 50;
const SAMPLES = 101;
/** Lookups per sample, so one sample stays well above the 100 µs timer resolution. */
const BATCH = 20;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

type RawRecord = { id: string; userId: string; lastUsedAt: string };

/**
 * The least any lookup must do in schema v2: one `getAll` on the same multiEntry
 * `networkIds` index, then this user's most recently used record; no wrapper, no checks.
 */
function rawLookup(db: IDBDatabase, networkId: string): Promise<unknown> {
  const index = db.transaction('locations').objectStore('locations').index('networkIds');
  return request(index.getAll(networkId) as IDBRequest<RawRecord[]>).then((records) =>
    records.filter((record) => record.userId === USER_ID).reduce<RawRecord | undefined>((best, record) => (!best || record.lastUsedAt > best.lastUsedAt ? record : best), undefined),
  );
}

async function timeBatch(lookup: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) await lookup();
  return (performance.now() - start) / BATCH;
}

export default async function run(): Promise<BenchRow[]> {
  const dbName = `bench-store-${crypto.randomUUID()}`;
  const store = await openLocationStore({ dbName, userId: USER_ID });
  let raw: IDBDatabase | undefined;
  try {
    if (!store.persistent) throw new Error('IndexedDB is unusable in this browser: nothing to measure.');
    for (let i = 0; i < LOCATIONS; i++) {
      await store.save({
        label: `Place ${i}`,
        civic: { country: 'US', A1: 'TX', A3: 'Austin', HNO: String(100 + i), RD: 'Main', STS: 'St', PC: '78701' },
        networkId: `net-${i % NETWORKS}`,
      });
    }
    const networkId = 'net-7';
    const expected = (await store.findForNetwork(networkId))?.id;
    raw = await request(indexedDB.open(dbName));
    const rawDb = raw;
    const rawId = ((await rawLookup(rawDb, networkId)) as { id?: string } | undefined)?.id;
    if (!expected || rawId !== expected) throw new Error('The raw lookup and findForNetwork disagree: the bench would compare different work.');

    const viaStore = () => store.findForNetwork(networkId);
    const viaRaw = () => rawLookup(rawDb, networkId);
    for (let i = 0; i < WARMUP; i++) {
      await viaStore();
      await viaRaw();
    }
    // Interleaved, so drift (GC, thermal, other tabs) hits both sides alike.
    const storeSamples: number[] = [];
    const rawSamples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      storeSamples.push(await timeBatch(viaStore));
      rawSamples.push(await timeBatch(viaRaw));
    }
    const value = median(storeSamples);
    const baseline = median(rawSamples);
    const ratio = value / baseline;
    return [{
      name: `store: findForNetwork among ${LOCATIONS} locations`,
      value,
      unit: 'ms',
      baseline: { name: 'raw IndexedDB getAll on the networkIds index, same record', value: baseline },
      ratio,
      goal: 'ratio ≤ 1.3',
      met: ratio <= 1.3,
    }];
  } finally {
    raw?.close();
    store.close();
    await new Promise((resolve) => {
      const deletion = indexedDB.deleteDatabase(dbName);
      deletion.onsuccess = deletion.onerror = deletion.onblocked = resolve;
    });
  }
}
