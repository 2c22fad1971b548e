/** One rule, one home: from what detection found and the location in use to the state word, routing, colour and icon everyone shows. */
import type { CivicAddress } from '../civic/civic-address.js';
import type { NetworkStatus } from '../detect/types.js';
import type { EmergencyLocation } from '../location.js';

/** The badge's `state` attribute: one word that the badge, the prompt and a host's own UI colour the same way. */
export const LocationState = {
  validated: 'validated',
  unvalidated: 'unvalidated',
  missing: 'missing',
  localPstn: 'local-pstn',
  checking: 'checking',
} as const;
export type LocationState = (typeof LocationState)[keyof typeof LocationState];

export type Routing = 'e911' | 'local-pstn';

/**
 * Why things are as they are, one code per situation a user can be in. Each has its own
 * explanation (see situation-text.ts), so nobody reads "No emergency location set" at a
 * site where E9-1-1 simply does not apply.
 */
export type SituationKind =
  | 'checking' // first detection still running
  | 'lis' // the enterprise LIS located the device
  | 'local-pstn-site' // a site without E9-1-1: the local gateway
  | 'branch-outage' // a site whose LIS does not answer: ask, offering the site's address
  | 'branch-outage-local-pstn' // same, but the site routes by its local gateway meanwhile
  | 'office-no-lis' // a trusted range (no named site) without a LIS answer
  | 'no-e911-country' // the location is in a country without E9-1-1
  | 'vpn'
  | 'away' // home, hotel, any network the LIS cannot locate
  | 'offline'
  | 'unknown'; // LIS unreachable or nothing configured, no site matched

/** Named icons; the elements draw them (never colour alone: each state has its own shape). */
export type StateIcon = 'check' | 'alert' | 'cross' | 'gateway' | 'pending';

export type Situation = {
  kind: SituationKind;
  state: LocationState;
  routing: Routing;
  /** CSS custom property that colours this state (its default is in {@link STATE_COLORS}). */
  colorToken: `--e911-state-${LocationState}`;
  icon: StateIcon;
  /** The matched site's name, else null. */
  site: string | null;
  /** During a branch outage with `outage: 'ask'`: the site's address, offered first. */
  siteAddress: CivicAddress | null;
  /** For `no-e911-country`: the location's country. */
  country: string | null;
};

export type SituationInput = {
  status: NetworkStatus | null;
  location: EmergencyLocation | null;
  /** Countries served by E9-1-1. */
  countries: readonly string[];
};

/** Default colour of each state (contrast ≥ 4.5:1 on white). Green is for `validated` only. */
export const STATE_COLORS: Readonly<Record<LocationState, string>> = {
  validated: '#1e7b34',
  unvalidated: '#8a4b00',
  missing: '#b3261e',
  'local-pstn': '#3d4f63',
  checking: '#5c5c5c',
};

const ICONS: Readonly<Record<LocationState, StateIcon>> = {
  validated: 'check',
  unvalidated: 'alert',
  missing: 'cross',
  'local-pstn': 'gateway',
  checking: 'pending',
};

/** The icon of a state word. */
export function iconFor(state: LocationState): StateIcon {
  return ICONS[state];
}

/** A matched E9-1-1 site without a LIS civic location: its WAN link (or its LIS) is down. */
export function isBranchOutage(status: NetworkStatus | null): boolean {
  return Boolean(status?.site && status.site.e911 === 'enabled' && !status.lisLocation && status.placement === 'on-premises');
}

/**
 * `local-pstn` at a `local-pstn` site, at a site in an outage that routes by its local
 * gateway (until the LIS answers again), or for a location in a country without E9-1-1;
 * `e911` otherwise.
 */
export function routingFor(status: NetworkStatus | null, location: EmergencyLocation | null, countries: readonly string[]): Routing {
  if (status?.site?.e911 === 'local-pstn') return 'local-pstn';
  if (isBranchOutage(status) && status?.site?.outage === 'local-pstn') return 'local-pstn';
  if (location && !countries.includes(location.civic.country)) return 'local-pstn';
  return 'e911';
}

/** Whether the prompt may open by itself here: not where calls leave by the local gateway whatever the user says. */
export function mayAskHere(status: NetworkStatus): boolean {
  if (status.site?.e911 === 'local-pstn') return false;
  return !(isBranchOutage(status) && status.site?.outage === 'local-pstn');
}

function kindOf({ status, location, countries }: SituationInput): SituationKind {
  if (!status) return 'checking';
  if (status.site?.e911 === 'local-pstn') return 'local-pstn-site';
  if (isBranchOutage(status)) return status.site?.outage === 'local-pstn' ? 'branch-outage-local-pstn' : 'branch-outage';
  if (location && !countries.includes(location.civic.country)) return 'no-e911-country';
  if (status.placement === 'on-premises' && status.lisLocation) return 'lis';
  switch (status.reason) {
    case 'vpn':
      return 'vpn';
    case 'offline':
      return 'offline';
    case 'untrusted-ip':
    case 'lis-not-locatable':
      return 'away';
    case 'trusted-ip':
      return 'office-no-lis';
    default:
      return 'unknown';
  }
}

/**
 * The state word of a dial-time answer (`getEmergencyLocation()`): what a softphone or a
 * dispatcher view shows for a call, by the same rule as the badge.
 */
export function callState(call: { routing: Routing; validation: 'validated' | 'unvalidated' | 'none' }): Exclude<LocationState, 'checking'> {
  if (call.routing === 'local-pstn') return 'local-pstn';
  if (call.validation === 'none') return 'missing';
  return call.validation;
}

function stateOf(kind: SituationKind, routing: Routing, location: EmergencyLocation | null): LocationState {
  if (kind === 'checking' && !location) return 'checking';
  return callState({ routing, validation: location ? location.validation : 'none' });
}

/** The situation of a client: state word, routing, colour token, icon, and what to explain. */
export function situationOf(input: SituationInput): Situation {
  const { status, location, countries } = input;
  const kind = kindOf(input);
  const routing = routingFor(status, location, countries);
  const state = stateOf(kind, routing, location);
  return {
    kind,
    state,
    routing,
    colorToken: `--e911-state-${state}`,
    icon: ICONS[state],
    site: status?.site?.name ?? null,
    siteAddress: kind === 'branch-outage' ? (status?.site?.address ?? null) : null,
    country: kind === 'no-e911-country' && location ? location.civic.country : null,
  };
}
