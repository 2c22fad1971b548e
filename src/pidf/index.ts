/** Entry point `e911-location/pidf`: PIDF-LO writing and parsing, SIP call parts, without Lit or idb. */
export { toPidfLo } from './write.js';
export type { PidfLoOptions } from './write.js';
export { parsePidfLo } from './parse.js';
export type {
  CivicExtension,
  CivicFields,
  GeodeticShape,
  NotUnderstood,
  ParsedPidfLo,
  PidfCivicLocation,
  PidfGeodeticLocation,
  PidfHolder,
  PidfLocation,
  PidfNote,
  Position,
  UsageRules,
} from './parse.js';
export { emergencyCallParts } from './call-parts.js';
export type { EmergencyCallParts } from './call-parts.js';
export { PidfParseError } from './errors.js';
export type { PidfParseErrorCode } from './errors.js';
export type { CivicAddress } from '../civic/civic-address.js';
export type { DevicePosition, EmergencyLocation } from '../location.js';
