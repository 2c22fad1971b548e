/** Entry point `e911-location`: registers the elements and re-exports the public API. */
export * from './detect/index.js';
export * from './store/index.js';
export * from './pidf/index.js';
export { parseStreetLine, validateAddress, formatCivicAddress } from './civic/public.js';
export * from './components/index.js';
export { setLocale } from './localization.js';
export type { CivicAddress } from './civic/civic-address.js';
export type { DevicePosition, EmergencyLocation } from './location.js';
