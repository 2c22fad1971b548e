/** Entry point `e911-location/detect`: network detection, without Lit or idb. */
export type * from './types.js';
