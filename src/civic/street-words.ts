/** Word lists the street-line parser recognises: USPS suffixes, directionals, route words. */
import { STREET_SUFFIXES } from './data/street-suffixes.js';

let suffixes: Map<string, string> | undefined;
/**
 * Also "BL" for Boulevard, as San Francisco's address files write it ("6325 Opal Heights Bl"), and the "Blv" people type;
 * Dallas's "Expwy" for Expressway and the "Tpk" business records write for Turnpike.
 */
const EXTRA_FORMS: readonly [string, string][] = [['CRT', 'CT'], ['PY', 'PKWY'], ['HGWY', 'HWY'], ['CI', 'CIR'], ['LA', 'LN'], ['BL', 'BLVD'], ['BLV', 'BLVD'],
  ['EXPWY', 'EXPY'], ['TPK', 'TPKE']];

/** Canada Post street types that USPS Pub 28 does not list (the rest are shared: AVE, CRES, TERR…), and Calgary's "Tr" for Trail. */
const CANADIAN_TYPES = new Set([
  'ABBEY', 'ACRES', 'BAY', 'CAMPUS', 'CHASE', 'CLOSE', 'COMMON', 'DALE', 'DELL', 'GATE', 'HEATH', 'LINE', 'LINK',
  'CONC', 'CONCESSION', 'PROM', 'PROMENADE', 'VALE', 'END', 'HARBOUR', 'HARBR', 'PVT', 'PRIVATE', 'GLADE', 'INLET', 'LKOUT', 'LOOKOUT', 'MAZE', 'PLAT', 'PLATEAU', 'VILLAS', 'WOOD', 'BYWAY', 'RANG', 'RISE', 'WYND', 'QUAY', 'WHARF', 'PARADE', 'DOWNS', 'MOOR', 'GRNDS', 'GROUNDS', 'HGHLDS', 'HIGHLANDS', 'LMTS',
  'LIMITS', 'PTWAY', 'PATHWAY', 'CIRCT', 'CIRCUIT', 'THICK', 'THICKET', 'TLINE', 'TOWNLINE', 'LANDNG', 'TR',
]);

/** True when the word is a street type in Canada: a USPS suffix form or a Canada Post type. */
export function isCanadianStreetType(word: string): boolean {
  return standardSuffix(word) !== undefined || CANADIAN_TYPES.has(bare(word));
}

/** USPS Pub 28 standard abbreviation (upper case) for a suffix word in any listed form, e.g. "Avenue" → "AVE". */
export function standardSuffix(word: string): string | undefined {
  if (!suffixes) {
    suffixes = new Map();
    const groups = STREET_SUFFIXES.split('|').map((group) => group.split(' ') as [string, ...string[]]);
    // A standard abbreviation stands for itself even where Pub 28 also lists it as a common form
    // of another suffix (MDW is MEADOW's standard and a form of MEADOWS).
    for (const [standard] of groups) suffixes.set(standard, standard);
    for (const [standard, ...forms] of groups) for (const form of forms) if (!suffixes.has(form)) suffixes.set(form, standard);
    // Common spellings Pub 28 does not list, seen in real address files.
    for (const [form, standard] of EXTRA_FORMS) if (!suffixes.has(form)) suffixes.set(form, standard);
  }
  return suffixes.get(bare(word));
}

/**
 * The types most streets have. After a lone directional ("N St", "E Ave", Houston's "SW Freeway") one
 * of these makes the directional the street's name; any other suffix word is the name itself ("N Wells", "S Park").
 */
export const COMMON_TYPES = new Set(['ST', 'AVE', 'RD', 'DR', 'LN', 'CT', 'PL', 'BLVD', 'WAY', 'CIR', 'TER', 'PKWY',
  'HWY', 'TRL', 'SQ', 'LOOP', 'PLZ', 'ALY', 'CV', 'XING', 'FWY', 'EXPY']);

/**
 * Types that are as often the last word of a name typed without its type ("S Cottage Grove",
 * "Stony Island", "Pine Valley"): at the very end of a US line they stay in the name.
 */
export const NAME_LIKE_TYPES = new Set(['GRV', 'IS', 'HL', 'HOLW', 'VLY', 'VLG']);

/** Spelled forms a misspelling is compared with: long enough that one slip cannot turn one into another. */
const MISSPELLABLE: readonly [string, string][] = [
  ['STREET', 'ST'], ['AVENUE', 'AVE'], ['DRIVE', 'DR'], ['COURT', 'CT'], ['PLACE', 'PL'], ['BOULEVARD', 'BLVD'],
  ['PARKWAY', 'PKWY'], ['HIGHWAY', 'HWY'], ['CIRCLE', 'CIR'], ['TERRACE', 'TER'], ['PLAZA', 'PLZ'], ['TRAIL', 'TRL'],
  ['SQUARE', 'SQ'], ['BLVD', 'BLVD'], ['PKWY', 'PKWY'], ['CRESCENT', 'CRES'], ['HEIGHTS', 'HTS'], ['CROSSING', 'XING'],
  ['EXPRESSWAY', 'EXPY'], ['FREEWAY', 'FWY'], ['TURNPIKE', 'TPKE'], ['JUNCTION', 'JCT'],
];

/** One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance ≤ 1). */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Short common types: only two letters swapped or one left out ("Aev", "Raod", "Lan"); another
 * letter in their place makes another word ("Ace", "Read").
 */
const SHORT_MISSPELLABLE: readonly [string, string][] = [['AVE', 'AVE'], ['WAY', 'WAY'], ['HWY', 'HWY'], ['LANE', 'LN'], ['ROAD', 'RD']];
const sameLetters = (a: string, b: string) => [...a].sort().join() === [...b].sort().join();
/** The form with one slip, its first letter kept ("Pakway", "steet"). */
const anySlipOf = (key: string, form: string) => form[0] === key[0] && oneSlipApart(key, form);
/** The form with two neighbours swapped or one letter left out, its first letter kept ("Aev", "Lan"). */
const slipOf = (key: string, form: string) => anySlipOf(key, form)
  && (key.length < form.length || (key.length === form.length && sameLetters(key, form)));

/** "Nroth", "Soth", "Wset": a direction spelled out with two letters swapped or one left out (four letters or more), or undefined. */
export function misspelledDirectional(word: string): string | undefined {
  const key = bare(word);
  return key.length > 3 ? ['NORTH', 'SOUTH', 'EAST', 'WEST'].find((form) => slipOf(key, form))?.[0] : undefined;
}

/**
 * The USPS abbreviation for a suffix word, allowing one slip in a long common type
 * ("Pakway" → PKWY, "steet" → ST), a swap or a letter left out in a short one ("Aev", "Lan"), and
 * a period typed inside ("Bl.vd", "Ave.nue"), or undefined.
 */
export function streetSuffix(word: string): string | undefined {
  const key = bare(word).replace(/(?<=[A-Z]{2})\.(?=[A-Z]{2})/, '');
  const standard = standardSuffix(key);
  if (standard) return standard;
  if (key.length < 3 || !/^[A-Z]+$/.test(key)) return undefined;
  const short = SHORT_MISSPELLABLE.find(([form]) => slipOf(key, form));
  return (short ?? (key.length > 3 ? MISSPELLABLE.find(([form]) => anySlipOf(key, form)) : undefined))?.[1];
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

/** US shorthand for a directional at the ends of a street ("6640 So Halsted", "13th Ave No"). */
const SHORT_DIRECTIONS: Record<string, string> = { SO: 'S', NO: 'N' };

/**
 * The abbreviation of a directional word ("Northwest" → "NW", "N.W." → "NW"), French ones only for
 * Canada. `shorthand` also reads the US "So"/"No", which only mean a direction where one is expected.
 */
export function directional(word: string, country: string, shorthand = false): string | undefined {
  const key = word.replace(/\./g, '').toUpperCase();
  return DIRECTIONS[key] ?? (country === 'CA' ? FRENCH_DIRECTIONS[key] : shorthand ? SHORT_DIRECTIONS[key] : undefined);
}

/** Words after which a number is a route number, not a unit ("Hwy 50", "Interstate 35", "IH 35", "Loop 1604", Houston's "Beltway 8", Texas's "RM 620", Quebec's "chemin du Rang 3"). */
export const ROUTE_WORDS = new Set(['HWY', 'HIGHWAY', 'ROUTE', 'RTE', 'RT', 'INTERSTATE', 'I', 'IH', 'US', 'SR', 'CR', 'FM', 'RM',
  'SH', 'HY', 'RR', 'PR', 'TRUNK', 'AUTOROUTE', 'LOOP', 'SPUR', 'BELTWAY', 'RANG']);
/** A route word, also written with periods ("U.S. 1", "F.M. 1960", "S.H. 71"). */
export const isRouteWord = (word: string) => ROUTE_WORDS.has(bare(word).replace(/\./g, ''));

/**
 * A road that is a route when one of these comes before it ("County Road 42", "State Road 7", "Farm to Market Rd 1960", Texas's "Farm Road 196",
 * Ontario's "Concession Rd 4" and "Regional Road 25", Alberta's "Range Road 42" or "Rge Rd 42", Saskatchewan's "Grid Road 701", "Cty Rd 12", Louisiana's "Parish Road 5").
 */
export const ROUTE_OWNERS = new Set(['COUNTY', 'CTY', 'STATE', 'FM', 'TOWNSHIP', 'CO', 'COUNTRY', 'TWP', 'RANCH', 'FARM', 'FOREST', 'PRIVATE', 'MARKET',
  'CONCESSION', 'CONC', 'REGIONAL', 'RANGE', 'PARISH', 'RGE', 'GRID']);

/** Words that join a name to its last word: a type word after one of them is that name's noun. */
export const NAME_PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'EL', 'DU', 'DES', 'OF', 'THE']);

/** A word that qualifies a whole street name before it ("Old Ave D", "Old Route 66"), not a name of its own. */
export const PRE_MODIFIERS = new Set(['OLD']);

/** Upper case without a trailing period: "Ave." → "AVE". */
export function bare(word: string): string {
  return word.replace(/\.$/, '').toUpperCase();
}
