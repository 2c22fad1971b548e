/** What the softphone gets at dial time: a pure function of the network status, the location in use and the configuration. */
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { withUserInvariant } from '../../location.js';
import { emergencyCallParts } from '../../pidf/index.js';

/** What `getEmergencyLocation()` gives the softphone at dial time. */
export type EmergencyCallLocation = {
  placement: NetworkStatus['placement'];
  location: EmergencyLocation | null;
  validation: 'validated' | 'unvalidated' | 'none';
  pidfLo: string | null;
  headers: Record<string, string>;
  routing: 'e911' | 'local-pstn';
  site: string | null;
};

export type DialConfig = {
  /** The user's SIP URI, the PIDF-LO's `entity`. */
  entity: string;
  /** ISO country codes where E9-1-1 applies. */
  countries: readonly string[];
};

/**
 * `local-pstn` at a site whose emergency calls leave by the local gateway, or for a
 * location in a country without E9-1-1; `e911` otherwise.
 */
export function routingFor(
  status: NetworkStatus | null,
  location: EmergencyLocation | null,
  countries: readonly string[],
): EmergencyCallLocation['routing'] {
  if (status?.site?.e911 === 'local-pstn') return 'local-pstn';
  if (location && !countries.includes(location.civic.country)) return 'local-pstn';
  return 'e911';
}

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
      const parts = emergencyCallParts(location, { entity: config.entity });
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
  };
}
