/** Test helpers for the store: unique database names, raw IndexedDB access, sample inputs. */
import type { LocationInput, LocationStore } from '../../src/store/index.js';

let counter = 0;

/** A database name no other test (or parallel test file) uses. */
export function uniqueDbName(prefix = 'store-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomUUID()}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * A fresh database for each test of the calling `describe`: `name` is new before each
 * test; after it, every store in `stores` is closed and the database deleted. Register
 * hooks that must run first (restoring patched platform objects) before calling this.
 */
export function freshDatabase(): { name: string; stores: LocationStore[] } {
  const db = { name: '', stores: [] as LocationStore[] };
  beforeEach(() => {
    db.name = uniqueDbName();
  });
  afterEach(async () => {
    for (const store of db.stores.splice(0)) store.close();
    await deleteDatabase(db.name);
  });
  return db;
}

/** Deletes a database; connections still open get versionchange and must let go. */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/** Opens a database with the raw API, building it with `upgrade` as an earlier (or later) release would. */
export function rawOpen(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes values straight into a store, bypassing every check of the package. */
export async function rawPut(db: IDBDatabase, storeName: string, values: unknown[]): Promise<void> {
  const tx = db.transaction(storeName, 'readwrite');
  for (const value of values) tx.objectStore(storeName).put(value);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export async function rawGetAll(db: IDBDatabase, storeName: string): Promise<unknown[]> {
  return request(db.transaction(storeName).objectStore(storeName).getAll());
}

/** Version 1 exactly as the first release built it (the shape a user's browser already holds). */
export function buildVersion1(db: IDBDatabase): void {
  const store = db.createObjectStore('locations', { keyPath: 'id' });
  store.createIndex('userId', 'userId');
  store.createIndex('userId_networkId_lastUsedAt', ['userId', 'networkId', 'lastUsedAt']);
}

/** A record as version 1 stores it. */
export function storedRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: crypto.randomUUID(),
    userId: '',
    label: 'Home',
    civic: { country: 'US', A1: 'TX', A3: 'Austin', HNO: '123', RD: 'Main', STS: 'St' },
    source: 'user',
    validation: 'unvalidated',
    method: 'Manual',
    networkId: 'net-home',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    lastUsedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function homeInput(overrides: Partial<LocationInput> = {}): LocationInput {
  return {
    label: 'Home',
    civic: { country: 'US', A1: 'TX', A3: 'Austin', HNO: '123', RD: 'Main', STS: 'St' },
    networkId: 'net-home',
    ...overrides,
  };
}
