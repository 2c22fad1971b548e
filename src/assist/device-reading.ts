/**
 * The Geolocation part of location assist, loaded only when a prompt has
 * `location-assist="device"` (device-position.ts keeps the state and the latest position).
 */
import type { DevicePosition } from '../location.js';
import { roundPosition } from './position.js';

/** A cached fix this recent is good enough: a desk does not move in a minute. */
export const MAXIMUM_AGE_MS = 60_000;

export type Reading = { position: DevicePosition } | { error: 'denied' | 'unavailable' };

/** Whether the browser says geolocation was granted to this origin (never a permission question). */
export async function permissionGranted(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'geolocation' });
    return status.state === 'granted';
  } catch {
    // No Permissions API (or no geolocation in it): only the user's request tells.
    return false;
  }
}

/** One Geolocation reading, bounded by our own timer too (some engines never call back). */
export function readPosition(timeoutMs: number): Promise<Reading> {
  return new Promise<Reading>((resolve) => {
    const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
    if (!geolocation) return resolve({ error: 'unavailable' });
    const timer = setTimeout(() => resolve({ error: 'unavailable' }), timeoutMs + 1000);
    const done = (reading: Reading): void => {
      clearTimeout(timer);
      resolve(reading);
    };
    try {
      geolocation.getCurrentPosition(
        (fix) => {
          const position = roundPosition(fix.coords, fix.timestamp);
          done(position ? { position } : { error: 'unavailable' });
        },
        (error) => done({ error: error.code === 1 ? 'denied' : 'unavailable' }),
        { enableHighAccuracy: false, maximumAge: MAXIMUM_AGE_MS, timeout: timeoutMs },
      );
    } catch {
      done({ error: 'unavailable' });
    }
  });
}
