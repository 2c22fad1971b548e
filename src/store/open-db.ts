/** Opens the IndexedDB connection within a time bound and turns each way it can fail into a StoreError. */
import { openDB, type IDBPDatabase } from 'idb';
import { StoreError, toStoreError } from './errors.js';
import { DB_VERSION, MIGRATIONS, STORE, migrate, type LocationDB, type Migration } from './schema.js';

export type OpenOptions = {
  timeoutMs: number;
  /** Called when a newer version (another tab) or a deletion (`newVersion` null) needs this connection closed. */
  onVersionChange: (newVersion: number | null) => void;
  /** Called when the browser closes the connection by itself (storage cleared, disk error). */
  onTerminated: () => void;
  /** Only tests pass these, to play a future version. */
  version?: number;
  migrations?: readonly Migration[];
};

function hasIndexedDB(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false; // Some sandboxed frames throw SecurityError on mere access.
  }
}

/**
 * Opens `name` at the current schema version. Rejects with a StoreError; never hangs
 * longer than `timeoutMs`. A database newer than this code is left untouched (VersionError
 * is reported, nothing is deleted).
 */
export async function openLocationDB(name: string, options: OpenOptions): Promise<IDBPDatabase<LocationDB>> {
  if (!hasIndexedDB()) throw new StoreError('unavailable');
  const version = options.version ?? DB_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  let blocked = false;
  let timedOut = false;
  let opening: Promise<IDBPDatabase<LocationDB>>;
  try {
    opening = openDB<LocationDB>(name, version, {
      upgrade: (db, oldVersion, newVersion, tx) => migrate(db, tx, oldVersion, newVersion ?? version, migrations),
      blocked: () => { blocked = true; },
      blocking: (_currentVersion, newVersion) => options.onVersionChange(newVersion),
      terminated: () => options.onTerminated(),
    });
  } catch (error) {
    throw toStoreError(error, 'unavailable'); // open() itself throws in some private modes and sandboxes.
  }
  // A connection that arrives after we gave up must not stay open and block later upgrades.
  opening.then((db) => { if (timedOut) db.close(); }, () => undefined);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new StoreError(blocked ? 'upgrade-blocked' : 'open-timeout'));
    }, options.timeoutMs);
  });
  try {
    const db = await Promise.race([opening, timeout]);
    if (!db.objectStoreNames.contains(STORE)) {
      db.close();
      throw new StoreError(
        'unavailable',
        `The IndexedDB database "${name}" exists but has no "${STORE}" store (another application may use this name): saved locations are kept only until the page is closed. Configure a different db-name, or clear this site's data.`,
      );
    }
    return db;
  } catch (error) {
    throw toStoreError(error, 'unavailable');
  } finally {
    clearTimeout(timer);
  }
}
