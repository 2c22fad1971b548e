/** Keeps its host's view of the saved locations: opens the store, follows its changes, closes it on disconnect. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openLocationStore } from '../../store/index.js';
import type { LocationInput, LocationStore, StoragePersistence } from '../../store/index.js';
import { MemoryLocationStore } from '../../store/memory-store.js';
import type { EmergencyLocation } from '../../location.js';

export type StoreTarget = { dbName: string | undefined; userId: string | undefined };

/** Why the host hears of a new list: an ordinary change, or the database deleted under the page. */
export type SavedChange = 'change' | 'database-deleted';

/** Bound on every store call made for the user, so that a hung IndexedDB never freezes the prompt. */
const STORE_CALL_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`e911-location: ${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export class LocationStoreController implements ReactiveController {
  /** Saved locations, most recently used first. */
  locations: EmergencyLocation[] = [];
  /** Settles when the store is open (or given up on) and the first list is loaded. */
  ready: Promise<void> = Promise.resolve();

  private readonly _host: ReactiveControllerHost;
  private readonly _target: () => StoreTarget;
  private readonly _onChange: (locations: EmergencyLocation[], cause: SavedChange) => void;
  private _store: LocationStore | null = null;
  private _unsubscribe: (() => void) | undefined;
  private _openId = 0;
  private _targetKey = '';
  private _deletedAt: string | null = null;
  private _memory: MemoryLocationStore | null = null;

  constructor(
    host: ReactiveControllerHost,
    target: () => StoreTarget,
    onChange: (locations: EmergencyLocation[], cause: SavedChange) => void,
  ) {
    this._host = host;
    this._target = target;
    this._onChange = onChange;
    host.addController(this);
  }

  /** false while locations are kept in memory only (the store said so, or is not open). */
  get persistent(): boolean {
    return this._store?.persistent ?? true;
  }

  /** The browser's answer to keeping this site's storage (see StoragePersistence). */
  get storagePersistence(): StoragePersistence {
    return this._store?.storagePersistence ?? 'not-asked';
  }

  hostConnected(): void {
    this._open();
  }

  hostDisconnected(): void {
    this._release();
  }

  /** Reopens when the database name or user changed. */
  retarget(): void {
    const target = this._target();
    if (`${target.dbName ?? ''}\u0000${target.userId ?? ''}` !== this._targetKey) {
      this._release();
      this._open();
    }
  }

  private _release(): void {
    this._openId++;
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    try {
      this._store?.close();
    } catch (error) {
      console.warn('e911-location: closing the location store failed', error);
    }
    this._store = null;
    this._memory?.close();
    this._memory = null;
  }

  /** The store's own page-memory area for this database and user, for when the store itself does not answer. */
  private _pageMemory(): MemoryLocationStore {
    this._memory ??= new MemoryLocationStore({ dbName: this._target().dbName || 'e911-location', userId: this._target().userId || '' });
    return this._memory;
  }

  private _options(): { dbName?: string; userId?: string } {
    const target = this._target();
    const options: { dbName?: string; userId?: string } = {};
    if (target.dbName) options.dbName = target.dbName;
    if (target.userId) options.userId = target.userId;
    return options;
  }

  private _open(): void {
    const key = ++this._openId;
    const target = this._target();
    this._targetKey = `${target.dbName ?? ''}\u0000${target.userId ?? ''}`;
    this.ready = (async () => {
      try {
        const store = await openLocationStore(this._options());
        if (key !== this._openId) {
          store.close();
          return;
        }
        this._store = store;
        this._deletedAt = store.databaseDeletedAt;
        this._unsubscribe = store.subscribe((locations) => {
          if (key !== this._openId) return;
          const deleted = store.databaseDeletedAt !== this._deletedAt;
          this._deletedAt = store.databaseDeletedAt;
          this._set(locations, deleted ? 'database-deleted' : 'change');
        });
        const locations = await withTimeout(store.list(), STORE_CALL_TIMEOUT_MS, 'listing saved locations');
        if (key === this._openId) this._set(locations, 'change');
      } catch (error) {
        if (key !== this._openId) return;
        console.warn('e911-location: saved locations are unavailable; continuing without them.', error);
        this._host.requestUpdate();
      }
    })();
  }

  private _set(locations: EmergencyLocation[], cause: SavedChange): void {
    this.locations = locations;
    this._host.requestUpdate();
    this._onChange(locations, cause);
  }

  /** The store, or — when it could not be opened in time — the page-memory store of the same name. */
  private async _storeOrMemory(): Promise<Pick<LocationStore, 'save' | 'findForNetwork'>> {
    try {
      await withTimeout(this.ready, STORE_CALL_TIMEOUT_MS, 'opening the location store');
    } catch (error) {
      console.warn('e911-location: the location store is not open; using this page\'s memory.', error);
    }
    return this._store ?? this._pageMemory();
  }

  /** The location saved on this network, if any. Never rejects; answers within a bounded time. */
  async findForNetwork(networkId: string): Promise<EmergencyLocation | undefined> {
    const openId = this._openId;
    try {
      const store = await this._storeOrMemory();
      return await withTimeout(store.findForNetwork(networkId), STORE_CALL_TIMEOUT_MS, 'finding the location for this network');
    } catch (error) {
      // A store released meanwhile (the element left the page, or its database changed) was
      // closed on purpose: nobody waits for this answer, so there is nothing to warn about.
      if (openId === this._openId) console.warn('e911-location: looking up the saved location failed', error);
      return undefined;
    }
  }

  /**
   * Saves (inserts or updates). The store keeps what storage refuses in the page's memory;
   * only a store that does not answer at all leaves this to the page-memory store. Never rejects.
   */
  async save(input: LocationInput): Promise<EmergencyLocation> {
    const store = await this._storeOrMemory();
    let saved: EmergencyLocation;
    try {
      saved = await withTimeout(store.save(input), STORE_CALL_TIMEOUT_MS, 'saving the location');
    } catch (error) {
      console.warn('e911-location: saving failed; the location is kept for this page only.', error);
      saved = await this._pageMemory().save(input);
    }
    await this.refresh();
    return saved;
  }

  async remove(id: string): Promise<void> {
    try {
      if (this._store) await withTimeout(this._store.remove(id), STORE_CALL_TIMEOUT_MS, 'deleting the location');
    } catch (error) {
      console.warn('e911-location: deleting the location failed', error);
    }
    await this.refresh();
  }

  async clear(): Promise<void> {
    try {
      if (this._store) await withTimeout(this._store.clear(), STORE_CALL_TIMEOUT_MS, 'deleting saved locations');
    } catch (error) {
      console.warn('e911-location: deleting saved locations failed', error);
    }
    await this.refresh();
  }

  /**
   * Whether the database was deleted under the page after this location was last saved or
   * chosen: then its absence from a list means storage was cleared, not that someone
   * deleted the place.
   */
  deletedSince(location: EmergencyLocation): boolean {
    const deletedAt = this._store?.databaseDeletedAt;
    return Boolean(deletedAt && deletedAt >= location.updatedAt && deletedAt >= location.lastUsedAt);
  }

  /**
   * Whether this location lives only in this page's memory: storage unusable, full, taken
   * by a newer version, or the database deleted under the page since it was saved.
   */
  keptInMemoryOnly(id: string): boolean {
    const store = this._store;
    return !store || store.isKeptInMemory(id) || !this.locations.some((location) => location.id === id);
  }

  /** Reloads the list (the subscription also does, but a same-tab change must show at once). */
  async refresh(): Promise<void> {
    const store = this._store;
    if (!store) return;
    const key = this._openId;
    try {
      const locations = await withTimeout(store.list(), STORE_CALL_TIMEOUT_MS, 'listing saved locations');
      if (key === this._openId) this._set(locations, 'change');
    } catch (error) {
      console.warn('e911-location: listing saved locations failed', error);
    }
  }
}
