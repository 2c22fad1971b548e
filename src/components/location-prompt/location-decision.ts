/** The prompt's policy as a pure function: which location a network status calls for, and whether to ask the user. */
import { formatCivicAddress } from '../../civic/format.js';
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { mayAskHere } from '../../status/situation.js';
import type { LocationRequired } from '../config/prompt-config.js';

export type LocationDecision = {
  /** The location to use from now on; `'keep'` leaves the one in use as it is. */
  location: EmergencyLocation | null | 'keep';
  /** Open the prompt by itself (the caller still asks at most once per network). */
  ask: boolean;
};

export type DecisionInput = {
  status: NetworkStatus;
  /** The location saved for `status.networkId`, looked up by the caller. */
  saved: EmergencyLocation | undefined;
  /** The location in use before this status. */
  current: EmergencyLocation | null;
  locationRequired: LocationRequired;
};

/** Whether the location saved for the status's network can decide: anything but a LIS location needs it. */
export function needsSavedLocation(status: NetworkStatus): boolean {
  return !(status.placement === 'on-premises' && status.lisLocation) && status.networkId !== null;
}

/**
 * On-premises with a LIS location: that validated location, never a prompt. Elsewhere
 * (off-premises, unknown, or a trusted network without a LIS answer, such as a branch
 * whose WAN link is down): the location saved for this network without asking; else ask,
 * unless the policy is `no` or the site routes emergency calls by its local gateway
 * (a `local-pstn` site, or a site in an outage with `outage: 'local-pstn'`).
 */
export function decideLocation({ status, saved, current, locationRequired }: DecisionInput): LocationDecision {
  if (status.placement === 'on-premises' && status.lisLocation) return { location: status.lisLocation, ask: false };
  if (status.networkId !== null && saved) return { location: saved, ask: false };
  // Offline or no echo: keep what was in use rather than guess.
  if (status.networkId === null && current) return { location: 'keep', ask: false };
  // Nothing saved for this network: what was in use belongs to another place.
  const belongsElsewhere = current !== null && (current.source === 'lis' || current.networkId !== status.networkId);
  const ask = mayAskHere(status) && locationRequired !== 'no';
  return { location: belongsElsewhere ? null : 'keep', ask };
}

/** The key "at most one automatic prompt per network" counts by. */
export function networkKey(status: NetworkStatus): string {
  return status.networkId ?? `unknown:${status.reason}`;
}

/** What makes two statuses different for `e911-network-change` (not the time of the check). */
export function statusKey(status: NetworkStatus | null): string {
  if (!status) return '';
  const lis = status.lisLocation ? formatCivicAddress(status.lisLocation.civic) : '';
  return [status.placement, status.reason, status.networkId, status.site?.name, status.site?.e911, lis].join('\u0000');
}

/** What makes two locations different for `e911-location-change`. */
export function locationKey(location: EmergencyLocation | null): string {
  return location ? [location.id, location.updatedAt, location.label, location.networkId].join('\u0000') : '';
}
