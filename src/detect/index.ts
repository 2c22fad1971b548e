/** Entry point `e911-location/detect`: network detection, without Lit or idb. */
export { detectNetwork, type DetectEnvironment } from './detect-network.js';
export { Placement } from './types.js';
export type * from './types.js';
