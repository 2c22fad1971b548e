/** Splits a typed street line ("123 N Main St Apt 4") into RFC 5139 parts. */
import type { CivicAddress } from './civic-address.js';
import { directional, standardSuffix, unitStart } from './street-words.js';
import { collapseSpace, replaceForbiddenCharacters } from './text.js';

export type StreetParts = Pick<CivicAddress, 'HNO' | 'HNS' | 'PRD' | 'RD' | 'STS' | 'POD'>;

export type ParsedStreetLine = {
  parts: StreetParts;
  houseNumberFound: boolean;
  /** A unit designation found at the end ("Apt 4", "Suite 200", "#5") or after a comma; belongs in LOC. */
  unit?: string;
};

const NUMBER = /^\d+$/;
const NUMBER_LETTER = /^(\d+)-?([A-Za-z])$/;          // 123A, 123-B
const HYPHENATED = /^\d+-\d+[A-Za-z]?$/;               // 59-17 (Queens), 1090-1092 (a range)
const FRACTION = /^\d+\/\d+$/;                          // 123 1/2
const GRID = /^[NSEW]\d+$/i;                            // Wisconsin grid addresses: N165 W2123

type HouseNumber = { HNO: string; HNS?: string; length: number };

/** The house number at the start of the tokens (how many tokens it took), or undefined. */
function leadingHouseNumber(tokens: readonly string[]): HouseNumber | undefined {
  const [first, second] = tokens;
  if (first === undefined) return undefined;
  if (NUMBER.test(first)) {
    // A fraction is a suffix only when a street name follows it ("123 1/2 Main St").
    if (second !== undefined && FRACTION.test(second) && tokens.length > 2) return { HNO: first, HNS: second, length: 2 };
    return { HNO: first, length: 1 };
  }
  const lettered = NUMBER_LETTER.exec(first);
  if (lettered) return { HNO: lettered[1]!, HNS: lettered[2]!, length: 1 };
  if (HYPHENATED.test(first)) return { HNO: first, length: 1 };
  if (GRID.test(first) && second !== undefined && GRID.test(second)) return { HNO: `${first} ${second}`, length: 2 };
  return undefined;
}

/** The user wrote the whole line in capitals: keep the suffix in capitals too. */
function suffixCase(standard: string, line: string): string {
  if (line === line.toLocaleUpperCase()) return standard;
  return standard.charAt(0) + standard.slice(1).toLowerCase();
}

/**
 * US and Canadian order: number, [pre-directional], name, [suffix], [post-directional], [unit].
 * French Canadian names keep their leading type in RD ("Boul. René-Lévesque"): RFC 5139 has
 * no pre-type element (see the oracle's usaddress mapping and pidflo-manual-civic-ca-fr.xml).
 */
function parseNorthAmerican(line: string, country: string): ParsedStreetLine {
  const comma = line.indexOf(',');
  const main = comma >= 0 ? line.slice(0, comma) : line;
  const afterComma = comma >= 0 ? collapseSpace(line.slice(comma + 1).replace(/^[\s,]+/, '')) : '';
  const tokens = main.split(' ').filter(Boolean);

  const house = leadingHouseNumber(tokens);
  const parts: StreetParts = {};
  let rest = tokens;
  if (house) {
    parts.HNO = house.HNO;
    if (house.HNS) parts.HNS = house.HNS;
    rest = tokens.slice(house.length);
  }

  const units: string[] = [];
  const unitAt = unitStart(rest, 1);
  if (unitAt >= 0) {
    units.push(rest.slice(unitAt).join(' '));
    rest = rest.slice(0, unitAt);
  }
  if (afterComma) units.push(afterComma);

  const street = [...rest];
  const lastDirection = street.length >= 2 ? directional(street.at(-1)!, country) : undefined;
  if (lastDirection) {
    parts.POD = lastDirection;
    street.pop();
  }
  const suffix = street.length >= 2 ? standardSuffix(street.at(-1)!) : undefined;
  if (suffix) {
    parts.STS = suffixCase(suffix, line);
    street.pop();
    // "3419 SAINT JOHN W ST": a directional between the name and the suffix is a post-directional.
    const between = !parts.POD && street.length >= 2 ? directional(street.at(-1)!, country) : undefined;
    if (between) {
      parts.POD = between;
      street.pop();
    }
  }
  const firstDirection = street.length >= 2 ? directional(street[0]!, country) : undefined;
  if (firstDirection) {
    parts.PRD = firstDirection;
    street.shift();
  }
  if (street.length) parts.RD = street.join(' ');

  const result: ParsedStreetLine = { parts, houseNumberFound: house !== undefined };
  if (units.length) result.unit = units.join(', ');
  return result;
}

const TRAILING_NUMBER = /^(\d+)([A-Za-z]?)$/;

/** Elsewhere the number may come first ("17 Rue du Médecin") or last ("Rosenthaler Straße 1"). */
function parseInternational(line: string): ParsedStreetLine {
  const tokens = line.split(' ');
  const house = leadingHouseNumber(tokens);
  if (house && tokens.length > house.length) {
    const parts: StreetParts = { HNO: house.HNO, RD: tokens.slice(house.length).join(' ').replace(/^,\s*/, '') };
    if (house.HNS) parts.HNS = house.HNS;
    return { parts, houseNumberFound: true };
  }
  const trailing = tokens.length >= 2 ? TRAILING_NUMBER.exec(tokens.at(-1)!) : null;
  if (trailing) {
    const parts: StreetParts = { HNO: trailing[1]!, RD: tokens.slice(0, -1).join(' ').replace(/,$/, '') };
    if (trailing[2]) parts.HNS = trailing[2];
    return { parts, houseNumberFound: true };
  }
  return { parts: { RD: line }, houseNumberFound: false };
}

/**
 * Parses one street line. Never throws: on any input it returns what it recognised, with
 * `houseNumberFound: false` when the line does not start (or, outside the US and
 * Canada, end) with a house number. Suffixes are given as the USPS Pub 28 standard
 * abbreviation, directionals abbreviated; the road name keeps the user's spelling.
 */
export function parseStreetLine(line: string, options: { country?: string } = {}): ParsedStreetLine {
  const text = collapseSpace(replaceForbiddenCharacters(String(line ?? '')));
  if (!text) return { parts: {}, houseNumberFound: false };
  const country = String(options.country ?? 'US').trim().toUpperCase();
  return country === 'US' || country === 'CA' ? parseNorthAmerican(text, country) : parseInternational(text);
}
