/** The street parts the form shows before saving, with the user's corrections applied on top of the parser's. */
import { parseStreetLine, validateAddress } from '../../civic/index.js';
import type { AddressFormValues, AddressValidation, CivicAddress, StreetParts } from '../../civic/index.js';

/** The parts a user can see and correct: RFC 5139 street elements plus the unit. */
export type PartName = 'HNO' | 'HNS' | 'PRD' | 'RD' | 'STS' | 'POD' | 'unit';
export const PART_NAMES: readonly PartName[] = ['HNO', 'HNS', 'PRD', 'RD', 'STS', 'POD', 'unit'];
export type Corrections = Partial<Record<PartName, string>>;

const STREET_ELEMENTS = ['HNO', 'HNS', 'PRD', 'RD', 'STS', 'POD'] as const;

/** What the parser makes of the street line, corrected: every part as text ('' when absent). */
export function streetParts(street: string, country: string, corrections: Corrections): Record<PartName, string> {
  const parsed = parseStreetLine(street, { country });
  const parts: Record<PartName, string> = { HNO: '', HNS: '', PRD: '', RD: '', STS: '', POD: '', unit: parsed.unit ?? '' };
  for (const name of STREET_ELEMENTS) parts[name] = parsed.parts[name as keyof StreetParts] ?? '';
  for (const name of PART_NAMES) {
    const corrected = corrections[name];
    if (corrected !== undefined) parts[name] = corrected.trim().replace(/\s+/g, ' ');
  }
  return parts;
}

/** The unit from the street line and the unit field, once ("Apt 4, Rear"). */
function location(unit: string, typed: string): string {
  if (!unit) return typed;
  if (!typed || typed.toLowerCase().includes(unit.toLowerCase())) return typed || unit;
  return `${unit}, ${typed}`;
}

/**
 * The civic address as it would be saved now, best effort (for the preview): the street
 * parts (corrected), the unit and the other fields as typed.
 */
export function previewCivic(values: AddressFormValues, corrections: Corrections): CivicAddress {
  const parts = streetParts(values.street, values.country, corrections);
  const civic: CivicAddress = { country: values.country };
  for (const name of STREET_ELEMENTS) if (parts[name]) civic[name] = parts[name];
  // "PO Box 123", "RR 2 Box 45": shown as typed, though it cannot be saved without a house number.
  const box = parseStreetLine(values.street, { country: values.country }).parts.POBOX;
  if (box) civic.POBOX = box;
  const loc = location(parts.unit, values.LOC.trim());
  if (loc) civic.LOC = loc;
  if (values.A3.trim()) civic.A3 = values.A3.trim();
  if (values.A1.trim()) civic.A1 = values.A1.trim().toUpperCase();
  if (values.PC.trim()) civic.PC = values.PC.trim().toUpperCase();
  return civic;
}

/**
 * Validates the values and, when valid, puts the corrected street parts in place of the
 * parsed ones. A correction can fix the split, never skip the checks of the fields.
 */
export function validateWithCorrections(values: AddressFormValues, corrections: Corrections): AddressValidation {
  const result = validateAddress(values);
  if (!result.ok || !Object.keys(corrections).length) return result;
  const parts = streetParts(values.street, values.country, corrections);
  const civic: CivicAddress = { ...result.civic };
  for (const name of STREET_ELEMENTS) {
    if (parts[name]) civic[name] = parts[name];
    else delete civic[name];
  }
  const loc = location(parts.unit, values.LOC.replace(/\s+/g, ' ').trim());
  if (loc) civic.LOC = loc;
  else delete civic.LOC;
  return { ...result, civic };
}
