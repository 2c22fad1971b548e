/** Per-country rules for the address form: regions, postal codes, and whether E9-1-1 exists there. */
import { COUNTRY_CODES } from './country-codes.js';
import { POSTAL_FORMATS } from './data/countries.js';
import { CA_REGIONS, US_REGIONS } from './data/regions.js';

export type Region = { code: string; name: string; frenchName?: string };

export type CountryProfile = {
  country: string;
  /** E9-1-1 service exists: US and CA only. Elsewhere calls route through the local carrier. */
  e911: boolean;
  /** The allowed regions (A1), or null when A1 is free text. */
  regions: Region[] | null;
  regionRequired: boolean;
  regionKind: 'state' | 'province' | 'region';
  /** `pattern` matches the whole value as the user may type it; `example` is shown in messages. */
  postalCode: { pattern: RegExp; example: string; required: boolean } | null;
  postalKind: 'zip' | 'postal';
};

export { COUNTRY_CODES };

const US_ZIP = /^\d{5}(?:[ -]?\d{4})?$/;
/** Canada Post never uses D, F, I, O, Q, U, nor W and Z as the first letter; the space is optional. */
const CA_POSTAL = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;

const US_PROFILE: CountryProfile = Object.freeze({
  country: 'US', e911: true,
  regions: US_REGIONS.map(([code, name]) => ({ code, name })),
  regionRequired: true, regionKind: 'state',
  postalCode: { pattern: US_ZIP, example: '12345', required: true }, postalKind: 'zip',
});

const CA_PROFILE: CountryProfile = Object.freeze({
  country: 'CA', e911: true,
  regions: CA_REGIONS.map(([code, name, frenchName]) => ({ code, name, frenchName })),
  regionRequired: true, regionKind: 'province',
  postalCode: { pattern: CA_POSTAL, example: 'K1A 0B1', required: true }, postalKind: 'postal',
});

/** Canadian postal code prefixes per province code, e.g. ON → ['K', 'L', 'M', 'N', 'P']. */
export const CA_POSTAL_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map(
  CA_REGIONS.map(([code, , , prefixes]) => [code, prefixes.split('|')]),
);

const postalByCountry = new Map<string, { pattern: RegExp; example: string }>();
function postalFormat(country: string): { pattern: RegExp; example: string } | undefined {
  if (postalByCountry.size === 0) {
    for (const [pattern, example, codes] of POSTAL_FORMATS) {
      // Case-insensitive: people type "sw1a 1aa"; the value is upper-cased when saved.
      const format = { pattern: new RegExp(`^(?:${pattern})$`, 'i'), example };
      for (const code of codes.split(' ')) postalByCountry.set(code, format);
    }
  }
  return postalByCountry.get(country);
}

/**
 * The rules for one country. Accepts any code (trimmed, any case); codes that are not
 * ISO 3166-1 alpha-2 get the generic profile too — `validateAddress` reports them.
 */
export function countryProfile(country: string): CountryProfile {
  const code = String(country ?? '').trim().toUpperCase();
  if (code === 'US') return US_PROFILE;
  if (code === 'CA') return CA_PROFILE;
  const postal = postalFormat(code);
  return {
    country: code, e911: false, regions: null, regionRequired: false, regionKind: 'region',
    // Outside the E9-1-1 area the postal code only helps the call-taker: never required.
    postalCode: postal ? { ...postal, required: false } : null,
    postalKind: 'postal',
  };
}

/** Finds a region by code or by English/French name, ignoring case; undefined when unknown. */
export function findRegion(profile: CountryProfile, text: string): Region | undefined {
  const wanted = text.trim().toLocaleUpperCase('en');
  return profile.regions?.find((region) =>
    region.code === wanted
    || region.name.toLocaleUpperCase('en') === wanted
    || region.frenchName?.toLocaleUpperCase('fr') === wanted);
}
