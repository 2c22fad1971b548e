/** The IndexedDB schema: its versions and the migrations between them, applied one step at a time. */
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { checkStoredRecord, type StoredRecord } from './record.js';

export const DEFAULT_DB_NAME = 'e911-location';
export const STORE = 'locations';
/** All of one user's records (list, clear). */
export const BY_USER = 'userId';
/** Version 1's index of one user's records on one network; version 2 drops it for BY_NETWORK. */
export const V1_BY_USER_NETWORK_USE = 'userId_networkId_lastUsedAt';
/** Version 2: every record used on a network, one entry per element of `networkIds` (multiEntry). */
export const BY_NETWORK = 'networkIds';

export interface LocationDB extends DBSchema {
  locations: {
    key: string;
    value: StoredRecord;
    indexes: {
      userId: string;
      networkIds: string;
    };
  };
}

export type UpgradeTransaction = IDBPTransaction<LocationDB, 'locations'[], 'versionchange'>;

/**
 * One migration per version: `MIGRATIONS[n]` takes a database at version n to n + 1.
 * Add version 2 by appending a step; never edit a released step, since databases in the
 * field were built by it. Steps must keep existing records (add indexes, rewrite records
 * through the upgrade transaction), never delete the store.
 */
export type Migration = (db: IDBPDatabase<LocationDB>, tx: UpgradeTransaction) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the locations store, keyed by a random UUID, scoped by user.
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex(BY_USER, 'userId');
    // Records without a network (null) are simply absent from this index.
    store.createIndex(V1_BY_USER_NETWORK_USE as never, ['userId', 'networkId', 'lastUsedAt']);
  },
  // 1 → 2: a place can belong to several networks. Every record gains `networkIds` (its
  // one network, or none), looked up through a multiEntry index; the v1 index goes.
  (db, tx) => {
    // A database of this name without our store belongs to someone else: opening reports it.
    if (!db.objectStoreNames.contains(STORE)) return;
    const store = tx.objectStore(STORE);
    store.createIndex(BY_NETWORK, 'networkIds', { multiEntry: true });
    store.deleteIndex(V1_BY_USER_NETWORK_USE as never);
    // Raw requests with callbacks, not awaited promises: the upgrade transaction must
    // stay alive in every engine while the cursor walks (older WebKit closed
    // transactions across promise jobs, the reason idb exists).
    const request = unwrap(store).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const value = cursor.value as Record<string, unknown>;
      // An invalid record is left exactly as it was: skipped on read, never lost.
      if (checkStoredRecord(value).ok && !('networkIds' in value)) {
        const networkId = value.networkId;
        cursor.update({ ...value, networkIds: typeof networkId === 'string' ? [networkId] : [] });
      }
      cursor.continue();
    };
  },
];

/** The version this code writes. */
export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps from `oldVersion` up to `newVersion` inside the upgrade transaction. */
export function migrate(
  db: IDBPDatabase<LocationDB>,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from version ${version} to ${version + 1}`);
    step(db, tx);
  }
}
