/**
 * The network plan: VPN pools, trusted ranges and sites, and which of them an address is
 * in. detectNetwork loads it while its requests are under way (it is needed once the echo
 * has answered), so it brings the network id with it.
 */
import { anyContains, type Cidr, type IpAddress } from './cidr.js';
import { parseCidrList, validateSites } from './sites.js';
import type { MatchedSite, Site } from './types.js';

export { networkOf } from './cidr.js';

/** The administrator's ranges, parsed. Invalid entries are left out (and reported by the validators). */
export type NetworkPlan = {
  vpn: Cidr[];
  trusted: Cidr[];
  sites: { site: MatchedSite; subnets: Cidr[] }[];
};

/** Where an address sits in the plan. Site subnets count as trusted. */
export type AddressPlacement = { zone: 'vpn' | 'trusted' | 'untrusted'; site: MatchedSite | null };

/** What a status reports of a site: everything but its subnets, optional fields only when set. */
function matchedSite({ name, e911, country, address, outage }: Site): MatchedSite {
  return {
    name,
    e911,
    ...(country === undefined ? {} : { country }),
    ...(address === undefined ? {} : { address }),
    ...(outage === undefined ? {} : { outage }),
  };
}

/** Builds the plan from detection options; `errors` lists every entry left out. */
export function compileNetworkPlan(options: {
  trustedIps?: readonly string[] | undefined;
  vpnIps?: readonly string[] | undefined;
  sites?: readonly Site[] | undefined;
}): { plan: NetworkPlan; errors: string[] } {
  const vpn = parseCidrList(options.vpnIps);
  const trusted = parseCidrList(options.trustedIps);
  const sites = validateSites(options.sites);
  const plan: NetworkPlan = {
    vpn: vpn.cidrs,
    trusted: trusted.cidrs,
    sites: sites.sites.map((site) => ({
      site: matchedSite(site),
      subnets: parseCidrList(site.subnets).cidrs,
    })),
  };
  const errors = [
    ...vpn.errors.map((error) => `vpnIps: ${error}`),
    ...trusted.errors.map((error) => `trustedIps: ${error}`),
    ...sites.errors,
  ];
  return { plan, errors };
}

/** VPN pools first (a VPN user is never at a site), then the first site that contains the address, then trusted ranges. */
export function placeAddress(address: IpAddress, plan: NetworkPlan): AddressPlacement {
  if (anyContains(plan.vpn, address)) return { zone: 'vpn', site: null };
  const match = plan.sites.find(({ subnets }) => anyContains(subnets, address));
  if (match) return { zone: 'trusted', site: match.site };
  if (anyContains(plan.trusted, address)) return { zone: 'trusted', site: null };
  return { zone: 'untrusted', site: null };
}
