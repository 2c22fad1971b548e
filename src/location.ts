/** The emergency location record shared by detection, storage, PIDF-LO and the elements. */
import type { CivicAddress } from './civic/civic-address.js';

export type LocationSource = 'user' | 'lis';
export type LocationValidation = 'unvalidated' | 'validated';

/**
 * Where the device was, from the browser's Geolocation API (location assist only):
 * degrees rounded to 4 decimals (about 11 m), accuracy in metres, when it was taken.
 */
export type DevicePosition = { lat: number; lon: number; radiusM: number; at: string };

export type EmergencyLocation = {
  id: string;
  /** The user's name for it, e.g. "Home". */
  label: string;
  civic: CivicAddress;
  /** Language of the civic text (BCP 47). */
  lang?: string;
  source: LocationSource;
  validation: LocationValidation;
  /** PIDF-LO method token: 'Manual' for user-entered locations. */
  method: string;
  /** Network the location was entered or last chosen on. */
  networkId: string | null;
  /** Every network it is used on (schema v2); the store always fills it. */
  networkIds?: string[];
  /** Where the device was when the place was saved or last chosen (location assist only). */
  position?: DevicePosition;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string;
};

/** PIDF-LO method token for every user-entered location. */
export const MANUAL_METHOD = 'Manual';

/**
 * Applies the invariant that a user-entered location is never validated, whatever a
 * stored record, an argument or a caller claims.
 */
export function withUserInvariant<T extends EmergencyLocation>(location: T): T {
  if (location.source !== 'user') return location;
  return { ...location, validation: 'unvalidated', method: MANUAL_METHOD };
}
