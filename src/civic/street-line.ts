/** Splits a typed street line ("123 N Main St Apt 4") into RFC 5139 parts. */
import type { CivicAddress } from './civic-address.js';
import { bare, directional, isCanadianStreetType, standardSuffix, unitStart } from './street-words.js';
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

const LONE_LETTER = /^[A-Za-z]$/;

/** "I St SE": what follows is only a suffix (and a directional), so the letter is the street's name. */
function onlySuffixLeft(tokens: readonly string[], country: string): boolean {
  const [type, direction, ...more] = tokens;
  if (type === undefined || more.length) return false;
  return standardSuffix(type) !== undefined && (direction === undefined || directional(direction, country) !== undefined);
}

/** Last words of a route pre-type ("COUNTY ROAD DV", "FM 544"): the word after them is a route number, not a name. */
const ROUTE_WORDS = new Set(['ROAD', 'RD', 'HIGHWAY', 'HWY', 'ROUTE', 'RTE', 'FM', 'CR', 'SR']);

/**
 * The house number at the start of the tokens (how many tokens it took), or undefined.
 * With `country`, a lone letter after the number ("623 A KENT RD", Winnipeg's style) is
 * its suffix, unless it is a directional or the street itself ("150 I St").
 */
function leadingHouseNumber(tokens: readonly string[], country?: string): HouseNumber | undefined {
  const [first, second, third] = tokens;
  if (first === undefined) return undefined;
  if (NUMBER.test(first)) {
    // A fraction is a suffix only when a street name follows it ("123 1/2 Main St").
    if (second !== undefined && FRACTION.test(second) && tokens.length > 2) return { HNO: first, HNS: second, length: 2 };
    if (country && second !== undefined && third !== undefined && LONE_LETTER.test(second)
      && !directional(second, country) && !onlySuffixLeft(tokens.slice(2), country)) {
      return { HNO: first, HNS: second, length: 2 };
    }
    return { HNO: first, length: 1 };
  }
  const lettered = NUMBER_LETTER.exec(first);
  if (lettered) return { HNO: lettered[1]!, HNS: lettered[2]!, length: 1 };
  if (HYPHENATED.test(first)) return { HNO: first, length: 1 };
  if (GRID.test(first) && second !== undefined && GRID.test(second)) return { HNO: `${first} ${second}`, length: 2 };
  return undefined;
}

/** "152 THE GLEN" is a name, not "THE" + suffix. */
const ARTICLES = new Set(['THE', 'LE', 'LA', 'LES']);

/**
 * The STS value for a suffix word, or undefined. US: the USPS standard abbreviation.
 * Canada: the word as typed (without a final period) — Canada Post's abbreviations
 * differ from USPS ones (TERR, LANE, TRAIL, BAY).
 */
function streetType(word: string, line: string, country: string): string | undefined {
  if (country === 'CA') return isCanadianStreetType(word) ? word.replace(/\.$/, '') : undefined;
  const standard = standardSuffix(word);
  return standard && suffixCase(standard, line);
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

  const house = leadingHouseNumber(tokens, country);
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
  const nameRemains = (street.length > 2 || (street.length === 2 && !ARTICLES.has(bare(street[0]!))))
    && !ROUTE_WORDS.has(bare(street.at(-2)!));
  const suffix = nameRemains ? streetType(street.at(-1)!, line, country) : undefined;
  if (suffix) {
    parts.STS = suffix;
    street.pop();
    // US county files write "3419 SAINT JOHN W ST": a directional between the name and
    // the suffix is the post-directional there. In Canada it is part of the name ("PARK EAST DR").
    const between = country === 'US' && !parts.POD && street.length >= 2 ? directional(street.at(-1)!, country) : undefined;
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
