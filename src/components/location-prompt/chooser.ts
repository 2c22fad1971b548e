/** "Where are you now?": the places offered, in order, and which one is most likely (pure). */
import type { CivicAddress } from '../../civic/civic-address.js';
import type { EmergencyLocation } from '../../location.js';

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

/** The site's address first (branch outage), then the saved places as the store lists them (most recently used first). */
export function placeOptions(saved: readonly EmergencyLocation[], site: { name: string; address: CivicAddress } | null): PlaceOption[] {
  const options: PlaceOption[] = [];
  if (site) options.push({ kind: 'site', id: SITE_OPTION_ID, label: site.name, civic: site.address });
  for (const location of saved) options.push({ kind: 'saved', id: location.id, label: location.label, civic: location.civic, location });
  return options;
}

/**
 * The option to preselect: a place used on this network, else the site's address, else the
 * most recently used place; null when there is nothing to choose.
 */
export function likelyOption(options: readonly PlaceOption[], networkId: string | null): string | null {
  if (networkId) {
    const here = options.find((option) => option.kind === 'saved' && usedOn(option.location, networkId));
    if (here) return here.id;
  }
  return options[0]?.id ?? null;
}
