/** The SIP parts that carry a location by value in an emergency INVITE (RFC 6442). */
import type { DevicePosition, EmergencyLocation } from '../location.js';
import { randomId } from '../random-id.js';
import { checkEntity, toPidfLo } from './write.js';

export type EmergencyCallParts = {
  headers: { Geolocation: string; 'Geolocation-Routing': string };
  body: { contentType: 'application/pidf+xml'; contentId: string; content: string };
};

/** The host of a sip:/sips:/pres: URI ("sip:alice@example.com;transport=tls" → "example.com"); tel: URIs have none. */
function hostOf(entity: string): string {
  const host = /@([A-Za-z0-9.-]+)/.exec(entity)?.[1];
  return host || 'e911-location.invalid';
}

/**
 * Headers and body for an emergency INVITE: `Geolocation: <cid:…>` pointing at a
 * PIDF-LO body part. `Geolocation-Routing: yes` because user-entered and LIS locations
 * may both be used to route the call (the PSAP still confirms a user-entered one).
 * @throws {TypeError} when `options.entity` is not a sip:/sips:/pres:/tel: URI.
 */
export function emergencyCallParts(location: EmergencyLocation, options: { entity: string; device?: DevicePosition | null }): EmergencyCallParts {
  const entity = checkEntity(options?.entity, 'emergencyCallParts');
  const contentId = `e911-${randomId()}@${hostOf(entity)}`;
  return {
    headers: { Geolocation: `<cid:${contentId}>`, 'Geolocation-Routing': 'yes' },
    body: { contentType: 'application/pidf+xml', contentId, content: toPidfLo(location, { entity, device: options.device ?? null }) },
  };
}
