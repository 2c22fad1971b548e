/** Reads the prompt's attributes into detection options and policy, with one message per bad entry. */
import { COUNTRY_CODES } from '../../civic/country-codes.js';
import { parseCidrList, validateSites } from '../../detect/sites.js';
import type { DetectOptions, Site } from '../../detect/types.js';

export type LocationRequired = 'no' | 'yes' | 'disclaimer';
/** `device`: the device's position helps the address (opt-in, see README "Location assist"). */
export type LocationAssist = 'off' | 'device';

export type PromptConfigInput = {
  heldUrl: string | null | undefined;
  ipEchoUrl: string | null | undefined;
  trustedIps: string | null | undefined;
  vpnIps: string | null | undefined;
  /** Sites given as the property (any value) or as the attribute's JSON text. */
  sites: { json: string } | { value: unknown };
  locationRequired: string | null | undefined;
  refreshInterval: number | string | null | undefined;
  timeout: number | string | null | undefined;
  countries: string | null | undefined;
  defaultCountry: string | null | undefined;
  entity: string | null | undefined;
  locationAssist?: string | null | undefined;
};

export type PromptConfig = {
  detect: Omit<DetectOptions, 'signal'>;
  sites: Site[];
  locationRequired: LocationRequired;
  refreshIntervalMs: number;
  countries: string[];
  defaultCountry: string;
  entity: string;
  locationAssist: LocationAssist;
  /** One message per bad entry, naming it; the rest of the configuration is used. */
  errors: string[];
};

export const DEFAULT_COUNTRIES: readonly string[] = ['US', 'CA'];
export const DEFAULT_REFRESH_HOURS = 4;
/**
 * The PIDF-LO `entity` when none is configured: the anonymous SIP URI of RFC 3261 §8.1.1.3.
 * Softphones should set `entity` to the user's address of record.
 */
export const DEFAULT_ENTITY = 'sip:anonymous@anonymous.invalid';
const HOUR_MS = 3_600_000;
const LOCATION_REQUIRED: readonly LocationRequired[] = ['no', 'yes', 'disclaimer'];

function isKnownCountry(code: string): boolean {
  return COUNTRY_CODES.includes(code);
}

function parseSites(input: PromptConfigInput['sites'], errors: string[]): Site[] {
  let value: unknown;
  if ('json' in input) {
    if (input.json.trim() === '') return [];
    try {
      value = JSON.parse(input.json);
    } catch (error) {
      errors.push(`sites: the attribute is not valid JSON (${(error as Error).message}); expected an array of { "name", "subnets", "e911", "country"? }`);
      return [];
    }
  } else {
    value = input.value;
  }
  const result = validateSites(value);
  errors.push(...result.errors);
  return result.sites.map((site, index) => {
    if (site.country === undefined || isKnownCountry(site.country)) return site;
    errors.push(`sites[${index}] ("${site.name}"): unknown country "${site.country}" (use an ISO 3166-1 alpha-2 code such as "GB")`);
    const { country: _country, ...rest } = site;
    return rest;
  });
}

function parseCountries(text: string | null | undefined, errors: string[]): string[] {
  if (text == null || text.trim() === '') return [...DEFAULT_COUNTRIES];
  const countries: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const code = entry.toUpperCase();
    if (isKnownCountry(code)) countries.push(code);
    else errors.push(`countries: unknown country "${entry}" (use ISO 3166-1 alpha-2 codes, e.g. "US CA")`);
  }
  return countries.length > 0 ? countries : [...DEFAULT_COUNTRIES];
}

function parseNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'number' ? value : Number(String(value).trim());
}

/** Parses the prompt's configuration. Never throws: bad entries are reported and left out. */
export function parsePromptConfig(input: PromptConfigInput): PromptConfig {
  const errors: string[] = [];

  const trusted = parseCidrList(input.trustedIps ?? '');
  errors.push(...trusted.errors.map((message) => `trusted-ips: ${message}`));
  const vpn = parseCidrList(input.vpnIps ?? '');
  errors.push(...vpn.errors.map((message) => `vpn-ips: ${message}`));
  const sites = parseSites(input.sites, errors);

  let locationRequired: LocationRequired = 'yes';
  const policy = (input.locationRequired ?? '').trim();
  if (policy !== '') {
    if ((LOCATION_REQUIRED as readonly string[]).includes(policy)) locationRequired = policy as LocationRequired;
    else errors.push(`location-required: unknown value "${policy}" (use no, yes or disclaimer); using yes`);
  }

  let refreshHours = DEFAULT_REFRESH_HOURS;
  const hours = parseNumber(input.refreshInterval);
  if (hours !== undefined) {
    if (Number.isFinite(hours) && hours >= 1 && hours <= 12) refreshHours = hours;
    else errors.push(`refresh-interval: "${String(input.refreshInterval)}" is outside 1–12 hours; using ${DEFAULT_REFRESH_HOURS}`);
  }

  let timeoutMs: number | undefined;
  const timeout = parseNumber(input.timeout);
  if (timeout !== undefined) {
    if (Number.isFinite(timeout) && timeout > 0) timeoutMs = timeout;
    else errors.push(`timeout: "${String(input.timeout)}" is not a positive number of milliseconds; using the default`);
  }

  const countries = parseCountries(input.countries, errors);

  let defaultCountry = 'US';
  const wanted = (input.defaultCountry ?? '').trim().toUpperCase();
  if (wanted !== '') {
    if (isKnownCountry(wanted)) defaultCountry = wanted;
    else errors.push(`default-country: unknown country "${input.defaultCountry}"; using US`);
  }

  let locationAssist: LocationAssist = 'off';
  const assist = (input.locationAssist ?? '').trim();
  if (assist === 'device') locationAssist = 'device';
  else if (assist !== '' && assist !== 'off') errors.push(`location-assist: unknown value "${assist}" (use off or device); using off`);

  const detect: Omit<DetectOptions, 'signal'> = {
    trustedIps: trusted.cidrs.map((cidr) => cidr.text),
    vpnIps: vpn.cidrs.map((cidr) => cidr.text),
    sites,
  };
  if (input.heldUrl) detect.heldUrl = input.heldUrl;
  if (input.ipEchoUrl) detect.ipEchoUrl = input.ipEchoUrl;
  if (timeoutMs !== undefined) detect.timeoutMs = timeoutMs;

  return {
    detect,
    sites,
    locationRequired,
    refreshIntervalMs: refreshHours * HOUR_MS,
    countries,
    defaultCountry,
    entity: input.entity?.trim() || DEFAULT_ENTITY,
    locationAssist,
    errors,
  };
}
