/** Entry point `e911-location/detect`: network detection, without Lit or idb. */
export { detectNetwork, type DetectEnvironment } from './detect-network.js';
export { parseCidr, type Cidr, type CidrResult } from './cidr.js';
export { parseCidrList, validateSites, type CidrListResult, type SitesResult } from './sites.js';
export { Placement } from './types.js';
export type * from './types.js';
