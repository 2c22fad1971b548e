/** What the demo's softphone and dispatcher exchange: one emergency call as the page placed it. */
import type { NetworkStatus } from '../src/index.js';

/** The answer of `<e911-location-prompt>.getEmergencyLocation()`, as DESIGN.md specifies it. */
export type DialTimeLocation = {
  placement: NetworkStatus['placement'];
  location: { label: string; source: 'user' | 'lis'; validation: string; method: string } | null;
  validation: 'validated' | 'unvalidated' | 'none';
  pidfLo: string | null;
  headers: Record<string, string>;
  routing: 'e911' | 'local-pstn';
  site: string | null;
  /** Location assist only: the device's most recent position. */
  device?: { lat: number; lon: number; radiusM: number; at: string } | null;
};

/** The subset of the prompt element the demo drives. */
export interface PromptElement extends HTMLElement {
  networkStatus: NetworkStatus | null;
  open: boolean;
  detect(): Promise<NetworkStatus>;
  show(): void;
  close(): void;
  getEmergencyLocation(): Promise<DialTimeLocation>;
}

/** One emergency call: what the softphone sent, when, and how long the lookup took. */
export type EmergencyCall = {
  dialed: string;
  placedAt: Date;
  lookupMs: number;
  entity: string;
  result: DialTimeLocation;
  /** When the location changed during the call (a re-INVITE or UPDATE would carry it). */
  updatedAt?: Date;
};
