/** Entry point `e911-location/store`: saved locations in IndexedDB, without Lit. */
export { openLocationStore } from './open-store.js';
export { StoreError } from './errors.js';
export type { StoreErrorCode } from './errors.js';
export type { LocationInput, LocationStore, StoragePersistence, StoreOptions } from './types.js';
