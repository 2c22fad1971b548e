/** Word lists the street-line parser recognises: USPS suffixes, directionals, unit designators. */
import { STREET_SUFFIXES } from './data/street-suffixes.js';

let suffixes: Map<string, string> | undefined;
const EXTRA_FORMS: readonly [string, string][] = [['CRT', 'CT'], ['PY', 'PKWY'], ['HGWY', 'HWY'], ['CI', 'CIR']];

/** Canada Post street types that USPS Pub 28 does not list (the rest are shared: AVE, CRES, TERR…). */
const CANADIAN_TYPES = new Set([
  'ABBEY', 'ACRES', 'BAY', 'CAMPUS', 'CHASE', 'CLOSE', 'COMMON', 'DALE', 'DELL', 'GATE', 'HEATH', 'LINE', 'LINK',
  'PROM', 'RISE', 'WYND',
]);

/** True when the word is a street type in Canada: a USPS suffix form or a Canada Post type. */
export function isCanadianStreetType(word: string): boolean {
  return standardSuffix(word) !== undefined || CANADIAN_TYPES.has(bare(word));
}

/** USPS Pub 28 standard abbreviation (upper case) for a suffix word in any listed form, e.g. "Avenue" → "AVE". */
export function standardSuffix(word: string): string | undefined {
  if (!suffixes) {
    suffixes = new Map();
    for (const group of STREET_SUFFIXES.split('|')) {
      const [standard, ...forms] = group.split(' ') as [string, ...string[]];
      for (const form of [standard, ...forms]) suffixes.set(form, standard);
    }
    // Common spellings Pub 28 does not list, seen in real address files.
    for (const [form, standard] of EXTRA_FORMS) if (!suffixes.has(form)) suffixes.set(form, standard);
  }
  return suffixes.get(bare(word));
}

const DIRECTIONS: Record<string, string> = {
  N: 'N', S: 'S', E: 'E', W: 'W', NE: 'NE', NW: 'NW', SE: 'SE', SW: 'SW',
  NORTH: 'N', SOUTH: 'S', EAST: 'E', WEST: 'W',
  NORTHEAST: 'NE', NORTHWEST: 'NW', SOUTHEAST: 'SE', SOUTHWEST: 'SW',
  'NORTH-EAST': 'NE', 'NORTH-WEST': 'NW', 'SOUTH-EAST': 'SE', 'SOUTH-WEST': 'SW',
};

/** Canada Post's French directionals (Ouest → O); "E", "N", "S" are shared with English. */
const FRENCH_DIRECTIONS: Record<string, string> = {
  O: 'O', NO: 'NO', SO: 'SO', NORD: 'N', SUD: 'S', EST: 'E', OUEST: 'O',
  'NORD-EST': 'NE', 'NORD-OUEST': 'NO', 'SUD-EST': 'SE', 'SUD-OUEST': 'SO',
};

/** The abbreviation of a directional word ("Northwest" → "NW", "n." → "N"), French ones only for Canada. */
export function directional(word: string, country: string): string | undefined {
  const key = bare(word);
  return DIRECTIONS[key] ?? (country === 'CA' ? FRENCH_DIRECTIONS[key] : undefined);
}

/** Unit designators that take an identifier ("Apt 4"), English (USPS Pub 28 C2) and Canadian French. */
const UNIT_WITH_ID = new Set([
  'APT', 'APARTMENT', 'BLDG', 'BUILDING', 'DEPT', 'DEPARTMENT', 'FL', 'FLR', 'FLOOR', 'HNGR', 'HANGAR',
  'LOT', 'PIER', 'RM', 'ROOM', 'SLIP', 'SPC', 'SPACE', 'STE', 'SUITE', 'STOP', 'TRLR', 'TRAILER', 'UNIT',
  'APP', 'APPARTEMENT', 'BUREAU', 'PIÈCE', 'UNITÉ', 'ÉTAGE',
]);

/** Designators that stand alone ("Rear", "Bsmt"). */
const UNIT_ALONE = new Set([
  'BSMT', 'BASEMENT', 'FRNT', 'FRONT', 'LBBY', 'LOBBY', 'LOWR', 'LOWER', 'OFC', 'OFFICE',
  'PH', 'PENTHOUSE', 'REAR', 'SIDE', 'UPPR', 'UPPER',
]);

const FLOOR_WORDS = new Set(['FL', 'FLR', 'FLOOR', 'ÉTAGE']);
const ORDINAL = /^\d+(?:ST|ND|RD|TH|E|ER|IÈME)$/;

/**
 * Where a unit designation starts in the tokens after the house number, or -1. `first`
 * is the first index allowed: a unit needs a street name before it.
 */
export function unitStart(tokens: readonly string[], first: number): number {
  for (let i = first; i < tokens.length; i++) {
    const word = bare(tokens[i]!);
    const next = tokens[i + 1];
    const idThenEnd = next !== undefined && i + 2 === tokens.length && isIdentifier(next);
    if (tokens[i]!.startsWith('#')) return i;
    if (UNIT_WITH_ID.has(word) && next !== undefined && isIdentifier(next)) return i;
    if (UNIT_ALONE.has(word) && (next === undefined || idThenEnd)) return i;
    if (ORDINAL.test(word) && next !== undefined && FLOOR_WORDS.has(bare(next))) return i;
  }
  return -1;
}

/** "4", "B2L", "#5", "06-305": short or numbered, and not a street word ("Pier Rd" is a street). */
function isIdentifier(token: string): boolean {
  if (/\d/.test(token) || token.startsWith('#')) return true;
  return token.length <= 3 && standardSuffix(token) === undefined && DIRECTIONS[bare(token)] === undefined;
}

/** Upper case without a trailing period: "Ave." → "AVE". */
export function bare(word: string): string {
  return word.replace(/\.$/, '').toLocaleUpperCase('en');
}
