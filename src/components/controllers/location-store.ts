/** Keeps its host's view of the saved locations: opens the store, follows its changes, closes it on disconnect. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openLocationStore } from '../../store/index.js';
import type { LocationInput, LocationStore } from '../../store/index.js';
import { MANUAL_METHOD } from '../../location.js';
import { randomId } from '../../random-id.js';
import type { EmergencyLocation } from '../../location.js';

export type StoreTarget = { dbName: string | undefined; userId: string | undefined };

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
  /** false while locations are kept in memory only (the store said so, or could not be opened). */
  persistent = true;
  /** Settles when the store is open (or given up on) and the first list is loaded. */
  ready: Promise<void> = Promise.resolve();

  private readonly _host: ReactiveControllerHost;
  private readonly _target: () => StoreTarget;
  private readonly _onChange: (locations: EmergencyLocation[]) => void;
  private _store: LocationStore | null = null;
  private _unsubscribe: (() => void) | undefined;
  private _openId = 0;
  private _targetKey = '';
  // Used only when the store could not be opened at all: the user's choice still counts for this page.
  private _memory: EmergencyLocation[] = [];

  constructor(host: ReactiveControllerHost, target: () => StoreTarget, onChange: (locations: EmergencyLocation[]) => void) {
    this._host = host;
    this._target = target;
    this._onChange = onChange;
    host.addController(this);
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
  }

  private _open(): void {
    const key = ++this._openId;
    const target = this._target();
    this._targetKey = `${target.dbName ?? ''}\u0000${target.userId ?? ''}`;
    const options: { dbName?: string; userId?: string } = {};
    if (target.dbName) options.dbName = target.dbName;
    if (target.userId) options.userId = target.userId;
    this.ready = (async () => {
      try {
        const store = await openLocationStore(options);
        if (key !== this._openId) {
          store.close();
          return;
        }
        this._store = store;
        this.persistent = store.persistent;
        this._unsubscribe = store.subscribe((locations) => {
          if (key === this._openId) this._set(locations);
        });
        const locations = await withTimeout(store.list(), STORE_CALL_TIMEOUT_MS, 'listing saved locations');
        if (key === this._openId) this._set(locations);
      } catch (error) {
        if (key !== this._openId) return;
        console.warn('e911-location: saved locations are unavailable; continuing without them.', error);
        this.persistent = this._store?.persistent ?? false;
        this._host.requestUpdate();
      }
    })();
  }

  private _set(locations: EmergencyLocation[]): void {
    this.locations = locations;
    this._host.requestUpdate();
    this._onChange(locations);
  }

  /** The location saved on this network, if any. Never rejects; answers within a bounded time. */
  async findForNetwork(networkId: string): Promise<EmergencyLocation | undefined> {
    try {
      await withTimeout(this.ready, STORE_CALL_TIMEOUT_MS, 'opening the location store');
      if (this._store) return await withTimeout(this._store.findForNetwork(networkId), STORE_CALL_TIMEOUT_MS, 'finding the location for this network');
    } catch (error) {
      console.warn('e911-location: looking up the saved location failed', error);
    }
    return this._memory.find((location) => location.networkId === networkId);
  }

  /** Saves (inserts or updates). Falls back to keeping it in memory; never rejects. */
  async save(input: LocationInput): Promise<EmergencyLocation> {
    if (this._store) {
      try {
        const saved = await withTimeout(this._store.save(input), STORE_CALL_TIMEOUT_MS, 'saving the location');
        // Stored now: an earlier copy kept in memory after a failed save is superseded.
        this._memory = this._memory.filter((location) => location.id !== saved.id);
        this.persistent = this._store.persistent;
        await this.refresh();
        return saved;
      } catch (error) {
        console.warn('e911-location: saving failed; the location is kept for this page only.', error);
        this.persistent = false;
      }
    }
    return this._saveInMemory(input);
  }

  async remove(id: string): Promise<void> {
    this._memory = this._memory.filter((location) => location.id !== id);
    if (this._store) {
      try {
        await withTimeout(this._store.remove(id), STORE_CALL_TIMEOUT_MS, 'deleting the location');
      } catch (error) {
        console.warn('e911-location: deleting the location failed', error);
      }
    }
    await this.refresh();
  }

  async clear(): Promise<void> {
    this._memory = [];
    if (this._store) {
      try {
        await withTimeout(this._store.clear(), STORE_CALL_TIMEOUT_MS, 'deleting saved locations');
      } catch (error) {
        console.warn('e911-location: deleting saved locations failed', error);
      }
    }
    await this.refresh();
  }

  /** Whether this saved location lives only in this page's memory (storage unusable, full, or taken by a newer version). */
  keptInMemoryOnly(id: string): boolean {
    return !this._store || !this._store.persistent || this._memory.some((location) => location.id === id);
  }

  /** Reloads the list (the subscription also does, but a same-tab change must show at once). */
  async refresh(): Promise<void> {
    if (!this._store) {
      this._set([...this._memory]);
      return;
    }
    const key = this._openId;
    try {
      const locations = await withTimeout(this._store.list(), STORE_CALL_TIMEOUT_MS, 'listing saved locations');
      if (key === this._openId) this._set(this._merge(locations));
    } catch (error) {
      console.warn('e911-location: listing saved locations failed', error);
    }
  }

  private _merge(stored: EmergencyLocation[]): EmergencyLocation[] {
    const ids = new Set(stored.map((location) => location.id));
    return [...this._memory.filter((location) => !ids.has(location.id)), ...stored];
  }

  private _saveInMemory(input: LocationInput): EmergencyLocation {
    const now = new Date().toISOString();
    const previous = input.id ? (this._memory.find((location) => location.id === input.id) ?? this.locations.find((location) => location.id === input.id)) : undefined;
    const location: EmergencyLocation = {
      id: input.id ?? randomId(),
      label: input.label,
      civic: input.civic,
      source: 'user',
      validation: 'unvalidated',
      method: MANUAL_METHOD,
      networkId: input.networkId === undefined ? (previous?.networkId ?? null) : input.networkId,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      lastUsedAt: now,
    };
    if (input.lang) location.lang = input.lang;
    this._memory = [location, ...this._memory.filter((item) => item.id !== location.id)];
    const others = this.locations.filter((item) => !this._memory.some((kept) => kept.id === item.id));
    this._set(this._store ? this._merge(others) : [...this._memory]);
    return location;
  }
}
