/** Checks the address form's values and turns them into a civic address, with one reason code per field. */
import type { CivicAddress } from './civic-address.js';
import { CA_POSTAL_PREFIXES, COUNTRY_CODES, countryProfile, findRegion, type CountryProfile } from './country-profile.js';
import { formatStreetLine } from './format.js';
import { parseStreetLine } from './street-line.js';
import { collapseSpace, hasRefusedCharacters } from './text.js';

export type AddressField = 'label' | 'country' | 'street' | 'LOC' | 'A3' | 'A1' | 'PC';
export type AddressFormValues = Record<AddressField, string>;
export type ValidationCode =
  | 'required' | 'too-long' | 'format' | 'unknown-region' | 'unknown-country' | 'no-house-number' | 'invalid-characters';
export type FieldError = { field: AddressField; code: ValidationCode; max?: number; example?: string };
export type AddressValidation = { ok: true; civic: CivicAddress; label: string; errors: [] } | { ok: false; errors: FieldError[] };

/** Form order (the street first, the optional name last): errors are reported in it, so errors[0] is the field to focus. */
export const ADDRESS_FIELDS: readonly AddressField[] = ['street', 'LOC', 'A3', 'A1', 'PC', 'country', 'label'];

/** Longest accepted value per field. LOC is shown on one line of the PSAP display (20 characters). */
export const MAX_LENGTHS: Readonly<Record<AddressField, number>> = {
  label: 60, country: 2, street: 60, LOC: 20, A3: 60, A1: 60, PC: 16,
};

type Rule = (value: string, field: AddressField) => FieldError | undefined;

/** Generic rules, applied in order to every field; the first failure is that field's error. */
const charactersRule: Rule = (value, field) => (hasRefusedCharacters(value) ? { field, code: 'invalid-characters' } : undefined);
const lengthRule: Rule = (value, field) =>
  value.length > MAX_LENGTHS[field] ? { field, code: 'too-long', max: MAX_LENGTHS[field] } : undefined;

function isRequired(field: AddressField, profile: CountryProfile): boolean {
  switch (field) {
    case 'country': case 'street': case 'A3': return true;
    case 'A1': return profile.regionRequired;
    case 'PC': return profile.postalCode?.required ?? false;
    default: return false;
  }
}

/** "k1a0b1" → "K1A 0B1"; "12345 6789" → "12345-6789"; other countries: upper case. */
function normalizePostalCode(value: string, country: string): string {
  const compact = value.toUpperCase();
  if (country === 'CA') {
    const letters = compact.replace(/ /g, '');
    return `${letters.slice(0, 3)} ${letters.slice(3)}`;
  }
  if (country === 'US') return compact.replace(/^(\d{5})[ -]?(\d{4})$/, '$1-$2');
  return compact;
}

/** Field-specific rules, run once the generic ones passed; they may also normalise the value. */
function checkSpecific(
  field: AddressField, value: string, profile: CountryProfile, values: Record<AddressField, string>,
): FieldError | undefined {
  if (field === 'country' && !COUNTRY_CODES.includes(value)) return { field, code: 'unknown-country' };
  if (field === 'A1' && profile.regions && !findRegion(profile, value)) return { field, code: 'unknown-region' };
  if (field === 'PC' && profile.postalCode) {
    const { pattern, example } = profile.postalCode;
    if (!pattern.test(value)) return { field, code: 'format', example };
    const region = profile.country === 'CA' ? findRegion(profile, values.A1) : undefined;
    const prefixes = region ? CA_POSTAL_PREFIXES.get(region.code) : undefined;
    const postal = normalizePostalCode(value, 'CA').replace(' ', '');
    if (prefixes && !prefixes.some((prefix) => postal.startsWith(prefix))) {
      // The first letter names the province: "T" is Alberta. Show an example from the chosen one.
      return { field, code: 'format', example: `${prefixes[0]}${'1A 0B1'.slice(prefixes[0]!.length - 1)}` };
    }
  }
  return undefined;
}

/**
 * Checks and converts the form values: trims, parses the street line into
 * HNO/HNS/PRD/RD/STS/POD, normalises (state upper case, CA postal code "K1A 0B1", ZIP).
 * The label is optional and defaults to the street line. A unit found at the end of the
 * street line ("Apt 4") goes to LOC; when LOC was also filled the two are joined.
 */
export function validateAddress(values: AddressFormValues): AddressValidation {
  const trimmed = Object.fromEntries(
    ADDRESS_FIELDS.map((field) => [field, collapseSpace(String(values?.[field] ?? ''))]),
  ) as Record<AddressField, string>;
  trimmed.country = trimmed.country.toUpperCase();
  const profile = countryProfile(trimmed.country);
  const street = parseStreetLine(trimmed.street, { country: profile.country });
  if (street.unit && !hasRefusedCharacters(trimmed.street)) {
    const loc = trimmed.LOC;
    trimmed.LOC = !loc || loc.toLowerCase().includes(street.unit.toLowerCase()) ? loc || street.unit : `${street.unit}, ${loc}`;
  }

  const errors: FieldError[] = [];
  for (const field of ADDRESS_FIELDS) {
    const value = trimmed[field];
    if (!value) {
      if (isRequired(field, profile)) errors.push({ field, code: 'required' });
      continue;
    }
    const error = charactersRule(value, field) ?? lengthRule(value, field) ?? checkSpecific(field, value, profile, trimmed);
    if (error) errors.push(error);
    else if (field === 'street' && profile.e911 && !street.houseNumberFound) errors.push({ field, code: 'no-house-number' });
  }
  if (errors.length) return { ok: false, errors };

  const region = findRegion(profile, trimmed.A1);
  const civic: CivicAddress = { country: profile.country };
  if (trimmed.A1) civic.A1 = region ? region.code : trimmed.A1;
  if (trimmed.A3) civic.A3 = trimmed.A3;
  Object.assign(civic, street.parts);
  if (trimmed.LOC) civic.LOC = trimmed.LOC;
  if (trimmed.PC) civic.PC = normalizePostalCode(trimmed.PC, profile.country);
  return { ok: true, civic, label: trimmed.label || formatStreetLine(civic), errors: [] };
}
