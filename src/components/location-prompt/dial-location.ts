/** What the softphone gets at dial time: a pure function of the network status, the location in use and the configuration. */
import type { NetworkStatus } from '../../detect/types.js';
import type { DevicePosition, EmergencyLocation } from '../../location.js';
import { withUserInvariant } from '../../location.js';
import { emergencyCallParts } from '../../pidf/call-parts.js';
import { routingFor } from '../../status/situation.js';

/** What `getEmergencyLocation()` gives the softphone at dial time. */
export type EmergencyCallLocation = {
  placement: NetworkStatus['placement'];
  location: EmergencyLocation | null;
  validation: 'validated' | 'unvalidated' | 'none';
  pidfLo: string | null;
  headers: Record<string, string>;
  routing: 'e911' | 'local-pstn';
  site: string | null;
  /** Location assist only (absent when it is off): the device's most recent position, or null. */
  device?: DevicePosition | null;
};

export type DialConfig = {
  /** The user's SIP URI, the PIDF-LO's `entity`. */
  entity: string;
  /** ISO country codes where E9-1-1 applies. */
  countries: readonly string[];
  /** Location assist on: the device's position held (null: none yet); omitted when assist is off. */
  device?: DevicePosition | null;
};

/**
 * The location to send with an emergency call. Never throws: a location the PIDF-LO
 * writer refuses goes without a body (the call is never blocked), with a warning.
 */
export function emergencyCallLocation(
  status: NetworkStatus | null,
  inUse: EmergencyLocation | null,
  config: DialConfig,
): EmergencyCallLocation {
  const location = inUse ? withUserInvariant(inUse) : null;
  let pidfLo: string | null = null;
  let headers: Record<string, string> = {};
  if (location) {
    try {
      const parts = emergencyCallParts(location, { entity: config.entity, device: config.device ?? null });
      pidfLo = parts.body.content;
      headers = { ...parts.headers };
    } catch (error) {
      console.warn('e911-location: could not write the PIDF-LO; the call goes without it', error);
    }
  }
  return {
    placement: status?.placement ?? 'unknown',
    location,
    validation: location ? location.validation : 'none',
    pidfLo,
    headers,
    routing: routingFor(status, location, config.countries),
    site: status?.site?.name ?? null,
    ...(config.device !== undefined ? { device: config.device } : {}),
  };
}

/**
 * At dial time, wait at most this long for a first decision still in progress. A LIS on the
 * LAN answers in tens of ms; the rest of the 250 ms promise is headroom for a busy page,
 * whose timers fire late (200 ms gave answers at 300 ms under load in Firefox).
 */
const DIAL_WAIT_MS = 100;

/** Waits for `pending` (a first decision) at most {@link DIAL_WAIT_MS}, never longer, never rejecting. */
export async function briefWait(pending: Promise<unknown> | null): Promise<void> {
  if (!pending || typeof document === 'undefined' || document.hidden) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, DIAL_WAIT_MS);
  });
  try {
    await Promise.race([pending.then(() => undefined, () => undefined), wait]);
  } finally {
    clearTimeout(timer);
  }
}
