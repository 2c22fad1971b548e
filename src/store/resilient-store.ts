/** The LocationStore callers get: IndexedDB while it works, the page's memory for what it refuses, and the state of both. */
import type { EmergencyLocation } from '../location.js';
import { StoreError } from './errors.js';
import { ListenerSet, type Listener } from './listeners.js';
import type { IndexedDBLocationStore } from './location-store.js';
import { MemoryLocationStore } from './memory-store.js';
import { askPersistence, persistedNow } from './persistence.js';
import { byMostRecent } from './record.js';
import type { LocationInput, LocationStore, StoragePersistence } from './types.js';

/** Failures after which a location is still kept, in memory: storage refused it, the call does not need it refused. */
const KEEP_IN_MEMORY = new Set(['quota-exceeded', 'write-failed', 'version-too-new', 'unavailable', 'open-timeout', 'upgrade-blocked']);

export type ResilientOptions = {
  dbName: string;
  userId: string;
  report: (error: StoreError) => void;
};

/**
 * One user's saved locations. Reads merge IndexedDB with what only this page's memory
 * holds; a save that IndexedDB refuses is kept in memory (reported once through
 * `onFallback`), and a database newer than this code turns the store to memory for good.
 */
export class ResilientLocationStore implements LocationStore {
  #primary: IndexedDBLocationStore | null;
  readonly #memory: MemoryLocationStore;
  readonly #options: ResilientOptions;
  readonly #listeners = new ListenerSet();
  readonly #unsubscribe: Array<() => void> = [];
  #persistence: StoragePersistence = 'not-asked';
  #deletedAt: string | null = null;
  #closed = false;
  #lastSignature: string | undefined;
  #lastList: EmergencyLocation[] = [];
  #notifying: Promise<void> | null = null;
  #notifyAgain = false;

  constructor(primary: IndexedDBLocationStore | null, options: ResilientOptions) {
    this.#primary = primary;
    this.#options = options;
    this.#memory = new MemoryLocationStore({ dbName: options.dbName, userId: options.userId });
    if (primary) {
      void persistedNow().then((granted) => {
        if (granted && this.#persistence === 'not-asked') this.#setPersistence('granted');
      });
    }
  }

  /** Called by the IndexedDB store when its database went away under the page. */
  lost(): void {
    this.#deletedAt = new Date().toISOString();
    this.#changed(true);
  }

  get persistent(): boolean {
    return this.#primary !== null && this.#memory.size === 0;
  }

  get storagePersistence(): StoragePersistence {
    return this.#primary ? this.#persistence : 'unavailable';
  }

  get databaseDeletedAt(): string | null {
    return this.#deletedAt;
  }

  isKeptInMemory(id: string): boolean {
    return this.#primary === null || this.#memory.has(id);
  }

  async list(): Promise<EmergencyLocation[]> {
    // IndexedDB first: when it turns out too new for this code, memory has taken over by then.
    const stored = this.#primary ? await this.#fromPrimary((primary) => primary.list(), []) : [];
    const kept = await this.#memory.list();
    const ids = new Set(kept.map((location) => location.id));
    const merged = [...kept, ...stored.filter((location) => !ids.has(location.id))].sort(byMostRecent);
    this.#lastList = merged;
    return merged;
  }

  async get(id: string): Promise<EmergencyLocation | undefined> {
    const stored = this.#primary ? await this.#fromPrimary((primary) => primary.get(id), undefined) : undefined;
    return (await this.#memory.get(id)) ?? stored;
  }

  async findForNetwork(networkId: string): Promise<EmergencyLocation | undefined> {
    const stored = this.#primary ? await this.#fromPrimary((primary) => primary.findForNetwork(networkId), undefined) : undefined;
    const kept = await this.#memory.findForNetwork(networkId);
    if (!kept || !stored) return kept ?? stored;
    return byMostRecent(kept, stored) <= 0 ? kept : stored;
  }

  async save(input: LocationInput): Promise<EmergencyLocation> {
    this.#assertOpen();
    const primary = this.#primary;
    if (primary) {
      try {
        const kept = input.id === undefined ? undefined : await this.#memory.get(input.id);
        const saved = await primary.save(input, kept);
        // Stored now: a copy kept in memory after an earlier refusal is superseded.
        if (this.#memory.has(saved.id)) await this.#memory.remove(saved.id);
        this.#askPersistenceOnce();
        return saved;
      } catch (error) {
        if (!(error instanceof StoreError) || !KEEP_IN_MEMORY.has(error.code)) throw error;
        this.#fellBack(error);
      }
    }
    // Kept for this page: an update of a stored location keeps what the store knew of it.
    const existing = input.id === undefined ? undefined : await this.get(input.id);
    if (existing && !this.#memory.has(existing.id)) this.#memory.adopt(existing);
    return this.#memory.save(input);
  }

  async remove(id: string): Promise<void> {
    await this.#memory.remove(id);
    if (this.#primary) await this.#fromPrimary((primary) => primary.remove(id), undefined);
  }

  async clear(): Promise<void> {
    await this.#memory.clear();
    if (this.#primary) await this.#fromPrimary((primary) => primary.clear(), undefined);
  }

  subscribe(listener: Listener): () => void {
    this.#assertOpen();
    // Followed only once someone listens: an unwatched store makes no extra reads after a write.
    if (this.#unsubscribe.length === 0) {
      this.#unsubscribe.push(this.#memory.subscribe(() => this.#changed()));
      if (this.#primary) this.#unsubscribe.push(this.#primary.subscribe(() => this.#changed()));
    }
    return this.#listeners.add(listener);
  }

  close(): void {
    this.#closed = true;
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    this.#listeners.clear();
    this.#primary?.close();
    this.#memory.close();
  }

  /** A read from IndexedDB; a database newer than this code turns the store to memory and answers `otherwise`. */
  async #fromPrimary<T>(read: (primary: IndexedDBLocationStore) => Promise<T>, otherwise: T): Promise<T> {
    const primary = this.#primary!;
    try {
      return await read(primary);
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'version-too-new') throw error;
      this.#fellBack(error);
      return otherwise;
    }
  }

  /** Reports a refusal; a newer database version also ends the use of IndexedDB in this page. */
  #fellBack(error: StoreError): void {
    this.#options.report(error);
    if (error.code === 'version-too-new' && this.#primary) {
      this.#primary.close();
      this.#primary = null;
      // Still in the database, out of this code's reach: the page keeps showing and using them.
      for (const location of this.#lastList) if (!this.#memory.has(location.id)) this.#memory.adopt(location);
    }
    this.#changed(true);
  }

  /** After the first stored save (a user action), ask the browser to keep the data; never awaited by the save. */
  #askPersistenceOnce(): void {
    if (this.#persistence !== 'not-asked') return;
    this.#persistence = 'asking';
    void askPersistence().then((answer) => this.#setPersistence(answer));
  }

  #setPersistence(answer: StoragePersistence): void {
    if (this.#persistence === answer) return;
    this.#persistence = answer;
    this.#changed(true);
  }

  /** Re-reads the merged list and tells listeners when it (or, with `force`, the store's state) changed. */
  #changed(force = false): void {
    if (this.#closed || this.#listeners.size === 0) return;
    if (force) this.#lastSignature = undefined;
    if (this.#notifying) {
      this.#notifyAgain = true;
      return;
    }
    this.#notifying = (async () => {
      try {
        do {
          this.#notifyAgain = false;
          const locations = await this.list();
          const signature = JSON.stringify(locations);
          if (signature !== this.#lastSignature && !this.#closed) {
            this.#lastSignature = signature;
            this.#lastList = locations;
            this.#listeners.notify(locations);
          }
        } while (this.#notifyAgain && !this.#closed);
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'closed')) {
          console.warn('e911-location: could not re-read saved locations for subscribers.', error);
        }
      } finally {
        this.#notifying = null;
      }
    })();
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreError('closed');
  }
}
