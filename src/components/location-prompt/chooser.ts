/** "Where are you now?": the places offered, in order, and which one is most likely (pure). */
import type { CivicAddress } from '../../civic/civic-address.js';
import { distanceM, samePlace } from '../../assist/position.js';
import type { DevicePosition, EmergencyLocation } from '../../location.js';

/** One choice: the matched site's own address (to confirm and complete), or a saved place. */
export type PlaceOption =
  | { kind: 'site'; id: string; label: string; civic: CivicAddress }
  | { kind: 'saved'; id: string; label: string; civic: CivicAddress; location: EmergencyLocation };

/** Id of the site's option; saved ids are random UUID-like strings, so it cannot clash. */
export const SITE_OPTION_ID = 'site:';

function usedOn(location: EmergencyLocation, networkId: string): boolean {
  // `networkIds` (every network a place is used on) comes with schema v2; until then, `networkId`.
  const all = (location as { networkIds?: unknown }).networkIds;
  return location.networkId === networkId || (Array.isArray(all) && all.includes(networkId));
}

/**
 * The saved place nearest to where the device is now, among those whose saved position is
 * within the two positions' accuracy of it; null without a position or such a place.
 */
export function nearestPlace(saved: readonly EmergencyLocation[], here: DevicePosition | null): EmergencyLocation | null {
  if (!here) return null;
  let nearest: EmergencyLocation | null = null;
  let best = Infinity;
  for (const location of saved) {
    if (!location.position || !samePlace(location.position, here)) continue;
    const distance = distanceM(location.position, here);
    if (distance < best) [nearest, best] = [location, distance];
  }
  return nearest;
}

/**
 * The site's address first (branch outage), then the saved places as the store lists them
 * (most recently used first), except that the place nearest to the device's position
 * (location assist) comes first among them.
 */
export function placeOptions(
  saved: readonly EmergencyLocation[],
  site: { name: string; address: CivicAddress } | null,
  here: DevicePosition | null = null,
): PlaceOption[] {
  const options: PlaceOption[] = [];
  if (site) options.push({ kind: 'site', id: SITE_OPTION_ID, label: site.name, civic: site.address });
  const nearest = nearestPlace(saved, here);
  const ordered = nearest ? [nearest, ...saved.filter((location) => location !== nearest)] : saved;
  for (const location of ordered) options.push({ kind: 'saved', id: location.id, label: location.label, civic: location.civic, location });
  return options;
}

/**
 * The option to preselect: a place used on this network, else the site's address, else the
 * place nearest the device's position (location assist), else the most recently used
 * place; null when there is nothing to choose.
 */
export function likelyOption(options: readonly PlaceOption[], networkId: string | null, here: DevicePosition | null = null): string | null {
  if (networkId) {
    const used = options.find((option) => option.kind === 'saved' && usedOn(option.location, networkId));
    if (used) return used.id;
  }
  if (options[0]?.kind === 'site') return options[0].id;
  const saved = options.flatMap((option) => (option.kind === 'saved' ? [option.location] : []));
  return nearestPlace(saved, here)?.id ?? options[0]?.id ?? null;
}
