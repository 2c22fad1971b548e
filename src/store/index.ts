/** Entry point `e911-location/store`: saved locations in IndexedDB, without Lit. */
export {};
