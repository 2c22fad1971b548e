/** Public types of network detection (`e911-location/detect`). */
import type { EmergencyLocation } from '../location.js';

export const Placement = {
  onPremises: 'on-premises',
  offPremises: 'off-premises',
  unknown: 'unknown',
} as const;
export type Placement = (typeof Placement)[keyof typeof Placement];

export type DetectionReason =
  | 'lis-located'
  | 'lis-not-locatable'
  | 'lis-unreachable'
  | 'vpn'
  | 'trusted-ip'
  | 'untrusted-ip'
  | 'offline'
  | 'not-configured';

/** How emergency calls leave at a site. */
export type SiteE911 = 'enabled' | 'local-pstn';

/** A site of the E9-1-1 deployment, as the administrator configures it. */
export type Site = {
  /** Shown to users, e.g. "London office". */
  name: string;
  /** CIDRs, IPv4 and IPv6. */
  subnets: string[];
  /** `local-pstn`: no E9-1-1 here, calls leave by the local gateway. */
  e911: SiteE911;
  /** ISO 3166-1 alpha-2. */
  country?: string;
};

/** The site a client was matched to, as reported in {@link NetworkStatus}. */
export type MatchedSite = { name: string; e911: SiteE911; country?: string };

export type NetworkStatus = {
  placement: Placement;
  reason: DetectionReason;
  networkId: string | null;
  /** As reported by the IP echo service. */
  ip: string | null;
  /** Source 'lis', validation 'validated'. */
  lisLocation: EmergencyLocation | null;
  site: MatchedSite | null;
  checkedAt: string;
};

export type DetectOptions = {
  heldUrl?: string;
  ipEchoUrl?: string;
  /** CIDRs, IPv4 and IPv6. */
  trustedIps?: string[];
  /** CIDRs, IPv4 and IPv6. */
  vpnIps?: string[];
  sites?: Site[];
  /** Bound on the whole decision; default 3000 ms. */
  timeoutMs?: number;
  signal?: AbortSignal;
};
