/** The administrator's configuration checked: CIDR lists and sites, each bad entry reported by name. */
import { parseCidr, type Cidr } from './cidr.js';
import { CIVIC_ELEMENTS, type CivicAddress } from '../civic/civic-address.js';
import type { Site, SiteE911, SiteOutage } from './types.js';

export type CidrListResult = { cidrs: Cidr[]; errors: string[] };

/**
 * Parses CIDRs given as a list, or as one string separated by spaces or commas (as in the
 * `trusted-ips` attribute). Bad entries are left out; each gets a message naming it.
 */
export function parseCidrList(entries: string | readonly string[] | undefined): CidrListResult {
  const list = typeof entries === 'string' ? entries.split(/[\s,]+/) : (entries ?? []);
  const result: CidrListResult = { cidrs: [], errors: [] };
  for (const entry of list) {
    if (typeof entry === 'string' && entry.trim() === '') continue;
    const parsed = parseCidr(entry);
    if (parsed.ok) result.cidrs.push(parsed.cidr);
    else result.errors.push(parsed.message);
  }
  return result;
}

export type SitesResult = { sites: Site[]; errors: string[] };

const E911_VALUES: readonly SiteE911[] = ['enabled', 'local-pstn'];
const OUTAGE_VALUES: readonly SiteOutage[] = ['ask', 'local-pstn'];
const CIVIC_KEYS: ReadonlySet<string> = new Set(['country', ...CIVIC_ELEMENTS]);

/** A site's `address`: RFC 5139 element names with text values; its country defaults to the site's. */
function validateSiteAddress(value: unknown, country: string | undefined, label: string, errors: string[]): CivicAddress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${label}: "address" must be an object of RFC 5139 elements (country, A1, A3, RD, STS, HNO…)`);
    return undefined;
  }
  const address: Record<string, string> = {};
  for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
    if (!CIVIC_KEYS.has(key) || typeof text !== 'string') errors.push(`${label}: "address" has "${key}", which is not an RFC 5139 element name with text (it is left out)`);
    else if (text.trim() !== '') address[key] = text.trim();
  }
  const code = (address.country ?? country ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) {
    errors.push(`${label}: "address" needs a "country" (or the site's); it is left out`);
    return undefined;
  }
  return { ...address, country: code } as CivicAddress;
}

function validateSite(value: unknown, where: string, errors: string[]): Site | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${where} must be an object with name, subnets and e911`);
    return null;
  }
  const { name, subnets, e911, country, address, outage } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') {
    errors.push(`${where}: "name" is required (the site's name shown to users)`);
    return null;
  }
  const label = `${where} ("${name.trim()}")`;
  if (typeof e911 !== 'string' || !(E911_VALUES as readonly string[]).includes(e911)) {
    errors.push(`${label}: "e911" must be 'enabled' or 'local-pstn', not ${JSON.stringify(e911) ?? 'missing'}`);
    return null;
  }
  const site: Site = { name: name.trim(), subnets: [], e911: e911 as SiteE911 };
  if (!Array.isArray(subnets) || subnets.length === 0) {
    errors.push(`${label}: "subnets" must be a non-empty list of CIDRs, e.g. ["10.44.0.0/16"]`);
  } else {
    for (const subnet of subnets) {
      const parsed = parseCidr(subnet as string);
      if (parsed.ok) site.subnets.push(parsed.cidr.text);
      else errors.push(`${label}: ${parsed.message}`);
    }
  }
  if (country !== undefined) {
    if (typeof country === 'string' && /^[A-Z]{2}$/.test(country)) site.country = country;
    else errors.push(`${label}: "country" must be two upper-case letters (ISO 3166-1 alpha-2, e.g. "GB"), not ${JSON.stringify(country)}`);
  }
  if (address !== undefined) {
    const civic = validateSiteAddress(address, site.country, label, errors);
    if (civic) site.address = civic;
  }
  if (outage !== undefined) {
    if (typeof outage === 'string' && (OUTAGE_VALUES as readonly string[]).includes(outage)) site.outage = outage as SiteOutage;
    else errors.push(`${label}: "outage" must be 'ask' or 'local-pstn', not ${JSON.stringify(outage)} ('ask' is used)`);
  }
  return site;
}

/**
 * Validates sites as configured (e.g. parsed from the `sites` attribute). A site without
 * a name or with an unknown `e911` value is left out; a bad subnet or country is left out
 * of its site. Each problem gets a message naming the entry.
 */
export function validateSites(value: unknown): SitesResult {
  if (value === undefined || value === null) return { sites: [], errors: [] };
  if (!Array.isArray(value)) return { sites: [], errors: ['sites must be a JSON array of { name, subnets, e911, country? }'] };
  const result: SitesResult = { sites: [], errors: [] };
  value.forEach((entry, index) => {
    const site = validateSite(entry, `sites[${index}]`, result.errors);
    if (site) result.sites.push(site);
  });
  return result;
}
