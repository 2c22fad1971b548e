/** The LocationStore on IndexedDB: one connection kept open, one index lookup per query, every write awaited to commit. */
import { randomId } from '../random-id.js';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { EmergencyLocation } from '../location.js';
import { nextTimestamp } from './clock.js';
import { openChangeFeed, type ChangeFeed } from './change-feed.js';
import { StoreError, invalidArgument, toStoreError } from './errors.js';
import { ListenerSet, type Listener } from './listeners.js';
import { openLocationDB } from './open-db.js';
import { buildRecord, byMostRecent, checkInput, checkStoredRecord, toLocation } from './record.js';
import { BY_NETWORK, BY_USER, STORE, type LocationDB, type Migration } from './schema.js';
import type { InvalidRecord, LocationInput, LocationStoreBase } from './types.js';

type WriteTx = IDBPTransaction<LocationDB, ['locations'], 'readwrite'>;

export type ResolvedOptions = {
  dbName: string;
  userId: string;
  openTimeoutMs: number;
  onInvalidRecord: (record: InvalidRecord) => void;
  /**
   * The database went away under the page: another tab deleted it, or the browser closed
   * the connection (site data cleared, storage evicted). The next call reopens it, empty.
   */
  onLost?: (cause: 'deleted' | 'closed-by-browser') => void;
  /** Only tests pass these, to play another release of the schema. */
  version?: number;
  migrations?: readonly Migration[];
};

/** The channel name: per database and user, so one user's changes never wake another's listeners. */
export function feedName(dbName: string, userId: string): string {
  return `e911-location:${encodeURIComponent(dbName)}:${encodeURIComponent(userId)}`;
}

function requireId(id: unknown, call: string): asserts id is string {
  if (typeof id !== 'string' || id === '') throw invalidArgument(`${call} needs the location's id (a non-empty string), e.g. store.${call.replace('(id)', '')}(location.id)`);
}

export class IndexedDBLocationStore implements LocationStoreBase {
  readonly persistent = true;
  readonly #options: ResolvedOptions;
  readonly #listeners = new ListenerSet();
  readonly #feed: ChangeFeed;
  #db: IDBPDatabase<LocationDB> | null = null;
  #opening: Promise<IDBPDatabase<LocationDB>> | null = null;
  #closed = false;
  #refreshing = false;
  #refreshAgain = false;
  #lastSignature: string | undefined;

  /** Opens the database first, so a failure can still fall back to memory before any caller depends on it. */
  static async open(options: ResolvedOptions): Promise<IndexedDBLocationStore> {
    const store = new IndexedDBLocationStore(options);
    try {
      await store.#connection();
    } catch (error) {
      store.close();
      throw error;
    }
    return store;
  }

  private constructor(options: ResolvedOptions) {
    this.#options = options;
    this.#feed = openChangeFeed(feedName(options.dbName, options.userId), () => this.#refresh());
  }

  async list(): Promise<EmergencyLocation[]> {
    const values = await this.#read((db) => db.getAllFromIndex(STORE, BY_USER, this.#options.userId));
    const locations: EmergencyLocation[] = [];
    for (const value of values) {
      const location = this.#checked(value);
      if (location) locations.push(location);
    }
    return locations.sort(byMostRecent);
  }

  async get(id: string): Promise<EmergencyLocation | undefined> {
    requireId(id, 'get(id)');
    const value = await this.#read((db) => db.get(STORE, id));
    if (!value || value.userId !== this.#options.userId) return undefined;
    return this.#checked(value);
  }

  async findForNetwork(networkId: string): Promise<EmergencyLocation | undefined> {
    if (typeof networkId !== 'string') {
      throw invalidArgument('findForNetwork(networkId) needs the network id string from detectNetwork(), e.g. store.findForNetwork(status.networkId)');
    }
    const { userId } = this.#options;
    // One multiEntry lookup gives every record used on this network (any user: a browser
    // profile has few); the most recently used valid one of this user's wins.
    const values = await this.#read((db) => db.getAllFromIndex(STORE, BY_NETWORK, networkId));
    let found: EmergencyLocation | undefined;
    for (const value of values) {
      if (value.userId !== userId) continue;
      const location = this.#checked(value);
      if (location && (!found || byMostRecent(location, found) < 0)) found = location;
    }
    return found;
  }

  /** `previous`: what the page knew of this id when it is not stored (kept in memory before), so its history stays. */
  async save(input: LocationInput, previous?: EmergencyLocation): Promise<EmergencyLocation> {
    checkInput(input);
    const now = nextTimestamp();
    return this.#write(async (tx) => {
      const id = input.id ?? randomId();
      const stored = input.id === undefined ? undefined : await tx.store.get(id);
      if (stored && stored.userId !== this.#options.userId) throw new StoreError('not-found');
      const existing = stored ? checkStoredRecord(stored) : undefined;
      const record = buildRecord(input, id, this.#options.userId, now, existing?.ok ? existing.location : previous);
      await tx.store.put(record);
      return { result: toLocation(record), changed: true };
    });
  }

  async remove(id: string): Promise<void> {
    requireId(id, 'remove(id)');
    await this.#write(async (tx) => {
      const stored = await tx.store.get(id);
      if (!stored || stored.userId !== this.#options.userId) return { result: undefined, changed: false };
      await tx.store.delete(id);
      return { result: undefined, changed: true };
    });
  }

  async clear(): Promise<void> {
    await this.#write(async (tx) => {
      const keys = await tx.store.index(BY_USER).getAllKeys(this.#options.userId);
      await Promise.all(keys.map((key) => tx.store.delete(key)));
      return { result: undefined, changed: keys.length > 0 };
    });
  }

  subscribe(listener: Listener): () => void {
    if (this.#closed) throw new StoreError('closed');
    return this.#listeners.add(listener);
  }

  close(): void {
    this.#closed = true;
    this.#feed.close();
    this.#listeners.clear();
    this.#db?.close();
    this.#db = null;
    this.#opening?.then((db) => db.close(), () => undefined);
    this.#opening = null;
  }

  /** The open connection, reopened after a newer tab or the browser closed it. */
  #connection(): Promise<IDBPDatabase<LocationDB>> {
    if (this.#closed) return Promise.reject(new StoreError('closed'));
    if (this.#db) return Promise.resolve(this.#db);
    if (this.#opening) return this.#opening;
    const opening = openLocationDB(this.#options.dbName, {
      timeoutMs: this.#options.openTimeoutMs,
      // Let a newer version upgrade instead of blocking it; the next call reopens (and
      // gets 'version-too-new' if this code is now older than the database).
      // Told only once the connection is dropped: a read started earlier would use the
      // closing connection (stale records in Chromium, a failed read in WebKit).
      onVersionChange: (newVersion) => {
        void this.#drop(opening).then(() => { if (newVersion === null) this.#lost('deleted'); });
      },
      onTerminated: () => {
        void this.#drop(opening).then(() => this.#lost('closed-by-browser'));
      },
      ...(this.#options.version !== undefined ? { version: this.#options.version } : {}),
      ...(this.#options.migrations ? { migrations: this.#options.migrations } : {}),
    }).then(
      (db) => {
        if (this.#opening === opening) this.#opening = null;
        if (this.#closed) {
          db.close();
          throw new StoreError('closed');
        }
        this.#db = db;
        return db;
      },
      (error: unknown) => {
        if (this.#opening === opening) this.#opening = null;
        throw error;
      },
    );
    this.#opening = opening;
    return opening;
  }

  #lost(cause: 'deleted' | 'closed-by-browser'): void {
    if (this.#closed) return;
    try {
      this.#options.onLost?.(cause);
    } catch (error) {
      console.error('e911-location: the onLost callback threw.', error);
    }
    this.#refresh();
  }

  #drop(opening: Promise<IDBPDatabase<LocationDB>>): Promise<void> {
    return opening.then((db) => {
      db.close();
      if (this.#db === db) this.#db = null;
    }, () => undefined);
  }

  /** Runs a read; a connection closed under it (another tab upgrading) is reopened once. */
  async #read<T>(work: (db: IDBPDatabase<LocationDB>) => Promise<T>): Promise<T> {
    try {
      return await work(await this.#connection());
    } catch (error) {
      if (!this.#isClosedConnection(error)) throw toStoreError(error, 'read-failed');
      this.#db = null;
      try {
        return await work(await this.#connection());
      } catch (retryError) {
        throw toStoreError(retryError, 'read-failed');
      }
    }
  }

  /** Runs a write in one transaction and reports success only once it committed. */
  async #write<T>(work: (tx: WriteTx) => Promise<{ result: T; changed: boolean }>): Promise<T> {
    const tx = await this.#writeTransaction();
    let outcome: { result: T; changed: boolean };
    try {
      outcome = await work(tx);
      await tx.done;
    } catch (error) {
      try {
        tx.abort(); // Nothing half-done may commit.
      } catch {
        // Already finished or aborted.
      }
      const txError: unknown = await tx.done.then(() => undefined, (e: unknown) => e);
      // A full disk shows as an aborted transaction; its error says why better than the request's.
      const cause = (txError as Error | undefined)?.name === 'QuotaExceededError' ? txError : error;
      throw toStoreError(cause, 'write-failed');
    }
    if (outcome.changed) {
      this.#feed.announce();
      this.#refresh();
    }
    return outcome.result;
  }

  async #writeTransaction(): Promise<WriteTx> {
    try {
      return (await this.#connection()).transaction(STORE, 'readwrite');
    } catch (error) {
      if (!this.#isClosedConnection(error)) throw toStoreError(error, 'write-failed');
      this.#db = null;
      try {
        return (await this.#connection()).transaction(STORE, 'readwrite');
      } catch (retryError) {
        throw toStoreError(retryError, 'write-failed');
      }
    }
  }

  #isClosedConnection(error: unknown): boolean {
    return !this.#closed && (error as Error | null)?.name === 'InvalidStateError';
  }

  #checked(value: unknown): EmergencyLocation | undefined {
    const check = checkStoredRecord(value);
    if (check.ok) return check.location;
    this.#options.onInvalidRecord({ id: (value as { id?: unknown } | null)?.id, reason: check.reason });
    return undefined;
  }

  /** Re-reads the list and notifies listeners if it changed; overlapping calls coalesce into one more run. */
  #refresh(): void {
    if (this.#closed || this.#listeners.size === 0) return;
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return;
    }
    this.#refreshing = true;
    void (async () => {
      try {
        do {
          this.#refreshAgain = false;
          const locations = await this.list();
          const signature = JSON.stringify(locations);
          if (signature !== this.#lastSignature && !this.#closed) {
            this.#lastSignature = signature;
            this.#listeners.notify(locations);
          }
        } while (this.#refreshAgain && !this.#closed);
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'closed')) {
          console.warn('e911-location: could not re-read saved locations for subscribers.', error);
        }
      } finally {
        this.#refreshing = false;
      }
    })();
  }
}
