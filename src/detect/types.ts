/** Public types of network detection (`e911-location/detect`). */
import type { CivicAddress } from '../civic/civic-address.js';
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

/** What a site does while its LIS cannot be reached: ask the user (default), or send emergency calls out by the local gateway. */
export type SiteOutage = 'ask' | 'local-pstn';

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
  /** The site's own address, as the administrator keeps it (offered first during a LIS outage). */
  address?: CivicAddress;
  /** LIS unreachable at this site: `ask` the user (default) or route by the local gateway. */
  outage?: SiteOutage;
};

/** The site a client was matched to, as reported in {@link NetworkStatus}. */
export type MatchedSite = { name: string; e911: SiteE911; country?: string; address?: CivicAddress; outage?: SiteOutage };

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
