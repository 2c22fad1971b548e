/** The IndexedDB schema: its versions and the migrations between them, applied one step at a time. */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { StoredRecord } from './record.js';

export const DEFAULT_DB_NAME = 'e911-location';
export const STORE = 'locations';
/** All of one user's records (list, clear). */
export const BY_USER = 'userId';
/** One user's records on one network, oldest use first: a 'prev' cursor finds the latest in one step. */
export const BY_USER_NETWORK_USE = 'userId_networkId_lastUsedAt';

export interface LocationDB extends DBSchema {
  locations: {
    key: string;
    value: StoredRecord;
    indexes: {
      userId: string;
      userId_networkId_lastUsedAt: [string, string, string];
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
    store.createIndex(BY_USER_NETWORK_USE, ['userId', 'networkId', 'lastUsedAt']);
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
