/** The public shape of the location store, shared by the IndexedDB and the in-memory implementations. */
import type { CivicAddress } from '../civic/civic-address.js';
import type { DevicePosition, EmergencyLocation } from '../location.js';
import type { StoreError } from './errors.js';

/** What a caller may set when saving; everything else (source, validation, times) is the store's. */
export type LocationInput = {
  /** Omit to insert a new location; give an existing id to update it. */
  id?: string;
  label: string;
  civic: CivicAddress;
  lang?: string;
  /** Omit to keep the stored network on update (null on insert). */
  networkId?: string | null;
  /** Where the device was (location assist): omit to keep the stored one, null to forget it. */
  position?: DevicePosition | null;
};

/** A stored record that failed validation and was skipped. */
export type InvalidRecord = { id: unknown; reason: string };

export type StoreOptions = {
  /** IndexedDB database name. Default `e911-location`. */
  dbName?: string;
  /** Whose locations these are; users never see each other's. Default `''`. */
  userId?: string;
  /** Bound on opening the database before falling back to memory. Default 3000 ms. */
  openTimeoutMs?: number;
  /** Called for each stored record skipped as invalid. Default: one console.warn per store. */
  onInvalidRecord?: (record: InvalidRecord) => void;
  /** Called when IndexedDB is unusable and the store keeps locations in memory. Default: console.warn. */
  onFallback?: (error: StoreError) => void;
};

/**
 * What the browser said about keeping this site's storage (`navigator.storage.persist()`),
 * asked once, after the first location IndexedDB stored (a user action):
 * - `not-asked`: nothing stored yet in this page (and storage not already persistent);
 * - `asking`: asked, no answer yet (Firefox asks the user);
 * - `granted`: the browser will not clear it without the user;
 * - `refused`: "best effort" — the browser may clear saved locations when space runs low;
 * - `unavailable`: no StorageManager (plain-http pages) or no IndexedDB (memory only).
 */
export type StoragePersistence = 'not-asked' | 'asking' | 'granted' | 'refused' | 'unavailable';

/** The DESIGN.md contract, implemented by the IndexedDB and the memory stores. */
export interface LocationStoreBase {
  /** false: locations are kept only until the page is closed (all of them, or some that storage refused). */
  readonly persistent: boolean;
  /** This user's locations, most recently used first. */
  list(): Promise<EmergencyLocation[]>;
  get(id: string): Promise<EmergencyLocation | undefined>;
  /** The most recently used location whose `networkIds` include this network. */
  findForNetwork(networkId: string): Promise<EmergencyLocation | undefined>;
  /** Inserts (no id) or updates; always stored as source 'user', unvalidated, and made most recent. */
  save(input: LocationInput): Promise<EmergencyLocation>;
  remove(id: string): Promise<void>;
  /** Removes this user's locations only, e.g. at sign-out. */
  clear(): Promise<void>;
  /**
   * Calls `listener` with the full list after every change, in this tab or another.
   * Not called on subscribing: call `list()` for the current state. Returns the unsubscribe.
   */
  subscribe(listener: (locations: EmergencyLocation[]) => void): () => void;
  /** Releases the connection, the cross-tab channel and timers. Later calls reject with code 'closed'. */
  close(): void;
}

/**
 * What `openLocationStore()` resolves with: the contract, plus the state a UI shows.
 * Listeners given to `subscribe` are also called when this state changes.
 */
export interface LocationStore extends LocationStoreBase {
  /** See StoragePersistence; show `refused` to the user beside their saved places. */
  readonly storagePersistence: StoragePersistence;
  /**
   * When the database was deleted under this page (another tab's deleteDatabase, the
   * browser's "clear site data", eviction), ISO 8601; null if it never was. Locations
   * saved before are gone: a location in use may serve the current call, nothing more.
   */
  readonly databaseDeletedAt: string | null;
  /** Whether this location lives only in this page's memory (storage unusable, full, or taken by a newer version). */
  isKeptInMemory(id: string): boolean;
}
