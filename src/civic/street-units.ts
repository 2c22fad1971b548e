/** Where a unit ("Apt 4", "Ste. 500", "CONDO B2", "# 12", a bare trailing number) sits in a street line. */
import { bare, COMMON_TYPES, directional, isCanadianStreetType, isRouteWord, PRE_MODIFIERS, ROUTE_OWNERS, ROUTE_WORDS, standardSuffix, streetSuffix } from './street-words.js';

/** Unit designators that take an identifier ("Apt 4"), English (USPS Pub 28 C2 and private mailboxes) and Canadian French. */
const UNIT_WITH_ID = new Set([
  'APT', 'APARTMENT', 'BLDG', 'BLD', 'BUILDING', 'DEPT', 'DEPARTMENT', 'DOCK', 'FL', 'FLR', 'FLOOR', 'HNGR', 'HANGAR',
  'LOT', 'PIER', 'RM', 'ROOM', 'SLIP', 'SPC', 'SPACE', 'STE', 'SUITE', 'STOP', 'TRLR', 'TRAILER', 'UNIT',
  'CONDO', 'PMB', 'MSC', 'MS', 'M/S', 'MC', 'MAILSTOP', 'MAILCODE', 'MAILBOX', 'FLAT', 'BOX', 'TOWER', 'WING', 'SUITES', 'UNITS', 'APTS', 'ROOMS', 'TH', 'TOWNHOUSE',
  'MILEPOST', 'MP',
  'APP', 'APPT', 'APPARTEMENT', 'BUREAU', 'PIÈCE', 'UNITÉ', 'UNITE', 'ÉTAGE', 'ETAGE', 'LOCAL', 'LOGEMENT', 'LOG', 'PORTE',
]);
/** Puerto Rico's urbanization (USPS Pub 28 puts it above the street line: "URB LAS GLADIOLAS"). */
export const URBANIZATION = new Set(['URB', 'URBANIZACION', 'URBANIZACIÓN']);
/** Designators that are never a street's word (not "Lot", "Pier", "Tower"…). */
const ONLY_UNIT = new Set(['APT', 'APARTMENT', 'STE', 'SUITE', 'UNIT', 'RM', 'ROOM', 'BLDG', 'FL', 'FLR', 'TRLR', 'APP', 'APPT', 'BUREAU']);
/** Words that send the rest of the line to a person, not a place ("Attn: Receiving", "c/o Jane Doe"): never the street's. */
const ADDRESSEE = new Set(['ATTN', 'ATTN:', 'ATTENTION', 'ATTENTION:', 'C/O', 'C/O:']);
/** "Mail Stop 264", "Mail Code 5A", "Mail Drop 12": a mail stop written in two words. */
const MAIL_DESIGNATORS = new Set(['STOP', 'CODE', 'DROP']);

/** Designators that are also ordinary words: a unit only before a number ("No. 102", not "Main St No"; Quebec's "bur. 300", not "Bur Oak Ave"). */
const UNIT_WITH_NUMBER = new Set(['NO', 'NUMBER', 'NUM', 'BUR']);

/** Designators that stand alone ("Rear", "Bsmt"; USPS Pub 28 C2, the "Upstairs" people write for "Upper", a "Cottage" behind the house, an office's "Mezzanine"). */
const UNIT_ALONE = new Set([
  'BSMT', 'BASEMENT', 'FRNT', 'FRONT', 'LBBY', 'LOBBY', 'LOWR', 'LOWER', 'OFC', 'OFFICE',
  'PH', 'PENTHOUSE', 'REAR', 'SIDE', 'UPPR', 'UPPER', 'UPSTAIRS', 'DOWNSTAIRS', 'BACK', 'GARAGE', 'COTTAGE', 'MEZZANINE', 'MEZZ', 'GUEST',
  'RC', 'SOUS-SOL', 'REZ-DE-CHAUSSÉE',
]);

const FLOOR_WORDS = new Set(['FL', 'FLR', 'FLOOR', 'ÉTAGE', 'ETAGE', 'LEVEL', 'LVL']);
const FLOOR_NUMBER = /^(?:\d+(?:ST|ND|RD|TH|E|ER|I[ÈE]ME)?|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|(?:THIR|FOUR|FIF|SIX|SEVEN|EIGH|NINE)TEENTH|TWENTIETH|GROUND|GRND|TOP|MAIN|LOWER|UPPER|CONCOURSE|MEZZANINE)$/;
/** A designator glued to its number: "Suite100", "ste.5300", "#12", Quebec's "app.4". */
const GLUED = /^(?:APT|APP|STE|SUITE|UNIT|RM|FL|FLR|BLDG|LOT|SPC|NO)\.?#?\d[\w-]*$/i;

/** "4", "B2L", "#5", "06-305": short or numbered, and not a street word ("Pier Rd" is a street). */
function isIdentifier(token: string): boolean {
  if (/\d/.test(token) || token.startsWith('#')) return true;
  return token.length <= 3 && standardSuffix(token) === undefined && directional(token, 'US') === undefined;
}

/** True when a unit designation starts at `tokens[i]`. */
function unitAt(tokens: readonly string[], i: number): boolean {
  // "Apt# 4": a number sign typed onto the designator, then a space.
  const word = bare(tokens[i]!).replace(/(?<=[A-Z])#$/, '');
  const next = tokens[i + 1];
  const idThenEnd = next !== undefined && i + 2 === tokens.length && isIdentifier(next);
  if (/^[#([]/.test(tokens[i]!) || GLUED.test(tokens[i]!)) return true;
  // "Apt: 111", "MS: BCM204" (a mail stop): a designator and its colon, then the identifier.
  if (next !== undefined && tokens[i]!.endsWith(':') && (UNIT_WITH_ID.has(bare(word.slice(0, -1))) || word === 'MS:')) return true;
  // "123 Main St Attn Receiving", "123 Main St c/o Jane Doe": whoever the line is for, after the street, whatever follows.
  if (ADDRESSEE.has(word) && i >= 2) return true;
  if (word === 'MAIL' && next !== undefined && MAIL_DESIGNATORS.has(bare(next)) && tokens[i + 2] !== undefined && i >= 2) return true;
  // "150 Calle A Urb Las Gladiolas": Puerto Rico's urbanization typed after the street is not the street's.
  if (URBANIZATION.has(word) && next !== undefined) return true;
  if (UNIT_WITH_ID.has(word) && next !== undefined && isIdentifier(next)) return true;
  // "Spring St Apt Unit Charles", "Main St Fl Two": after the street's type, a word that only ever designates a unit
  // (a floor word too, which elsewhere needs its number) starts one, whatever follows.
  const previous = tokens[i - 1];
  if (ONLY_UNIT.has(word) && next !== undefined && i >= 2 && previous !== undefined && streetSuffix(previous) !== undefined) return true;
  // "Apt N", "Suite E": after a word that only ever designates a unit, a lone compass letter ending the line is its letter.
  if (ONLY_UNIT.has(word) && i + 2 === tokens.length && /^[NSEW]$/i.test(next ?? '')) return true;
  // "200 E Randolph Unit", "55 W Van Buren Apt Unit 4": after any street word, a word that only ever designates a
  // unit (not a floor's, which needs its number) starts one, even with nothing after it.
  if (ONLY_UNIT.has(word) && !FLOOR_WORDS.has(word) && i >= 1) return true;
  // Not before a unit of its own: in "21st Ave No. #130", "No. Apt130" or "No. (#130)" the unit starts after "No.", which is north.
  if (UNIT_WITH_NUMBER.has(word) && next !== undefined && /\d/.test(next) && !unitAt(tokens, i + 1)) return true;
  // "Highway 7 RR 2", "Main St R.R. 1", "Hwy 35 RR#1": a rural route after a whole street ("RR 620" alone is Texas's Ranch Road 620).
  const ruralRoute = /^R\.?R\.?#\d+$/i.test(tokens[i]!) || (word.replace(/\./g, '') === 'RR' && next !== undefined && /^#?\d+$/.test(next));
  if (ruralRoute && i >= 2 && previous !== undefined
    && (/^\d+[A-Z]?$/i.test(previous) || standardSuffix(previous) !== undefined || directional(previous, 'US') !== undefined)) return true;
  // "Rear", "Upper Unit", "Lower Level", "Back House", "Rear Cottage": alone, before an identifier, a floor or a last
  // designator or dwelling.
  const designatorThenEnd = next !== undefined && i + 2 === tokens.length && (UNIT_WITH_ID.has(bare(next)) || UNIT_ALONE.has(bare(next)) || bare(next) === 'HOUSE');
  if (UNIT_ALONE.has(word) && (next === undefined || idThenEnd || designatorThenEnd || FLOOR_WORDS.has(bare(next)))) return true;
  // "4th Floor", "3 Fl", "Main Fl"; but in "Highway 179 Fl 3" and "East Main Fl 2" the floor has its own
  // number, and the word before it is the street's.
  const floorOwnNumber = /^#?\d+(?:[A-Z]|ST|ND|RD|TH)?$/i.test(tokens[i + 2] ?? '');
  return FLOOR_NUMBER.test(word) && next !== undefined && FLOOR_WORDS.has(bare(next)) && !floorOwnNumber;
}

/**
 * Where a unit designation starts in the tokens after the house number, or -1. `first`
 * is the first index allowed: a unit needs a street name before it.
 */
export function unitStart(tokens: readonly string[], first: number): number {
  // "1200 N RM 620": a route word that is also a designator (Texas's Ranch to Market roads) is the road's after nothing but a side.
  const route = (i: number) => isRouteWord(tokens[i]!) && tokens.slice(0, i).every((word) => directional(word, 'US'));
  for (let i = first; i < tokens.length; i++) if (unitAt(tokens, i) && !routeNumber(tokens, i) && !route(i)) return i;
  return -1;
}

/** Words that can come before a route word in a route's name ("U.S. Highway", "State Hwy", "W Hwy", "Old Route"). */
const beforeRoute = (word: string) => {
  const key = bare(word).replace(/\./g, '');
  return ROUTE_WORDS.has(key) || ROUTE_OWNERS.has(key) || PRE_MODIFIERS.has(key) || directional(word, 'US') !== undefined;
};

/**
 * "U.S. Highway No. 202", "State Highway #50", "Hwy #5": a number sign after a route word numbers the
 * route. After a name the route word is the street's type ("Rinaldi Highway # 379", "17th Rte No 2202"),
 * and the sign starts a unit.
 */
function routeNumber(tokens: readonly string[], i: number): boolean {
  const word = bare(tokens[i]!);
  const owner = tokens[i - 2];
  return i > 0 && ROUTE_WORDS.has(bare(tokens[i - 1]!)) && (tokens[i]!.startsWith('#') || UNIT_WITH_NUMBER.has(word))
    && (owner === undefined || beforeRoute(owner));
}

/** True when the word only ever designates a unit ("Apt", "Suite", "Unit"), with or without its identifier. */
export const isUnitWord = (word: string) => ONLY_UNIT.has(bare(word));

/** True when the words are a unit designation on their own ("Apt 7", "STE. 310", "4th floor"). */
export function isUnitPhrase(tokens: readonly string[]): boolean {
  return tokens.length > 0 && unitAt(tokens, 0);
}

const ORDINAL_NAME = /^\d+(?:ST|ND|RD|TH)$/i;
/** A type word or a directional: what can end a street, so that what follows it is not the street's. */
const endsStreet = (word: string, country: string) => directional(word, country, true) !== undefined
  || (country === 'CA' ? isCanadianStreetType(word) : streetSuffix(word) !== undefined);

/**
 * How many tokens at the end are a unit typed without a designator ("W. Grand Ave. 410",
 * "Summit Court B", "Nicollet Mall TPN 13A"), or 0. A number after a route word stays in
 * the road ("US Hwy 50", "County Road 42").
 */
export function trailingUnitLength(tokens: readonly string[], country: string, unitAfter = false): number {
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  if (last === undefined || before === undefined || tokens.length < 3) return 0;
  const word = bare(before);
  // Anywhere in a route's name ("PR 207 RD 23E", "US Hwy 50"), a number is the route's.
  // "123 Main St US": the country typed after the street, not a US route (its number would follow).
  const beforeCountry = bare(last) === 'US' ? tokens.slice(0, -1) : tokens;
  // Ontario's "Side Road 10" is a route when nothing comes before it ("West Side Rd 4" is a road and its unit).
  const owner = bare(tokens.at(-3) ?? '');
  const route = beforeCountry.some(isRouteWord) || ((word === 'ROAD' || word === 'RD') && (ROUTE_OWNERS.has(owner) || (owner === 'SIDE' && tokens.length === 3)));
  // "Hwy 6 S 1204", "FM 1960 W 300": a number after a route's number and its side is a unit.
  const routeSide = route && /^\d+$/.test(last) && directional(before, country) !== undefined && /^\d+[A-Z]?$/i.test(tokens.at(-3)!)
    && isRouteWord(tokens.at(-4) ?? '');
  if (routeSide) return 1;
  if (route || ORDINAL_NAME.test(last)) return 0;
  // "Avenue N 1/2" (Galveston): a half after a lettered or numbered street's name is part of the name.
  if (/^\d+\/\d+$/.test(last) && /^(?:[A-Z]|\d+)$/i.test(before) && streetSuffix(tokens.at(-3)!) !== undefined) return 0;
  // "1024 Randolph 1 N", "Main St 2 N": a unit number and its side after a named street. In a
  // grid ("550 S 400 E") the number is the street's name and nothing but a directional precedes it.
  // A type word alone is no name: "Rd 32 N" is county road 32 north, Ontario's "Line 3 N" a township line.
  const names = tokens.slice(0, -2).filter((t) => !directional(t, country, true) && !/^\d+$/.test(t));
  // An uncommon type word after a lone directional is a name too ("216 N Pine 1 N", as "N Wells").
  const nameType = names.length === 1 ? streetSuffix(names[0]!) : undefined;
  // So is a route's qualifier alone: "Business 83 N" is business route 83, north.
  const typeAlone = nameType !== undefined || (names.length === 1 && (/^(?:BUSINESS|BUS|ALT|ALTERNATE|TRUCK)$/.test(bare(names[0]!))
    || (country === 'CA' && isCanadianStreetType(names[0]!))));
  const nameBeforeNumber = names.length > 1 || (names.length === 1 && (!typeAlone || (nameType !== undefined && !COMMON_TYPES.has(nameType)
    && tokens.length === 4 && directional(tokens[0]!, country, true) !== undefined)));
  const ownedRoad = tokens.some((t, i) => ROUTE_OWNERS.has(bare(t)) && ['ROAD', 'RD'].includes(bare(tokens[i + 1] ?? '')));
  if (nameBeforeNumber && !ownedRoad && /^\d+[A-Z]?$/i.test(before) && /^[NSEW]$/i.test(last)) return 2;
  // "100 Main St 106 D", "6808 W Archer Ave 41 SW": after the street's type or its side, a number and a
  // letter or a side are the unit's too.
  const third = tokens.at(-3);
  const ended = third !== undefined && endsStreet(third, country) && /^\d+$/.test(before);
  if (nameBeforeNumber && !ownedRoad && ended && /^(?:[A-Z]|[NS][EW])$/i.test(last)) return 2;
  const numbered = /\d/.test(last) || last.startsWith('#');
  // "N Wells 80", "E Lake LH": a lone directional and an uncommon type word are a direction and a name (as splitStreet reads them).
  const beforeType = streetSuffix(before);
  const directionThenName = tokens.length === 3 && directional(tokens[0]!, country, true) !== undefined && beforeType !== undefined && !COMMON_TYPES.has(beforeType);
  // A name must come before the type: "S. Avenue H", "NW Loop 410" and "Old Ave D" are streets named by a type.
  const named = directionThenName || tokens.slice(0, -2).some((t) => !directional(t, country, true) && !PRE_MODIFIERS.has(bare(t)));
  const shortId = /^[A-Z0-9-]{1,3}$/i.test(last) && !endsStreet(last, country) && endsStreet(before, country);
  // "Main St West Tower", "Main St East Wing": a side spelled out before a building's designator names the building.
  const sideOfBuilding = /^(?:NORTH|SOUTH|EAST|WEST)$/i.test(before) && third !== undefined && streetSuffix(third) !== undefined;
  if (named && sideOfBuilding && UNIT_WITH_ID.has(bare(last))) return 2;
  if (named && (shortId || (UNIT_WITH_ID.has(bare(last)) && endsStreet(before, country)))) return 1;
  if (!numbered) return 0;
  // "Mall TPN 13A", "Main St Townhouse 4", "Peachtree Rd NE Villa 12", "E 75th St TPN 13A": a word no list
  // knows and its number after the street's type (and its side) designate a unit.
  const typeBefore = third !== undefined && (streetSuffix(third) !== undefined
    || (directional(third, country) !== undefined && streetSuffix(tokens.at(-4) ?? '') !== undefined));
  if (typeBefore && tokens.length >= 4 && /^[A-Z]{2,}$/i.test(bare(before)) && !endsStreet(before, country)) return 2;
  // "Wabash 608" after a pre-directional, or any number after a type or directional. With a unit typed
  // after it ("E Business 20 # 6"), a number after the name is the street's: nobody types two units.
  const nameBefore = named || !endsStreet(before, country);
  if (nameBefore && (endsStreet(before, country) || (!unitAfter && directional(tokens[0]!, country, true)))) return 1;
  // US: "2000 Ave Of The Stars 1020", "168 Eastern Prom 3R": a number after a name of two words or
  // more (neither type nor directional) with no number of its own ("Calle 5 Bloque 3" numbers a
  // block) is a unit, unless a route owns the road ("Old State 7"). Canadian names end in types
  // USPS does not know, and Canadian units come first.
  const name = tokens.slice(0, -1);
  const nameWords = name.filter((t) => !directional(t, country, true) && streetSuffix(t) === undefined);
  const owned = tokens.some((t) => ROUTE_OWNERS.has(bare(t)));
  if (country === 'US' && nameWords.length >= 2 && !owned && /^\d+[A-Z]{0,2}$/i.test(last) && name.every((t) => !/\d/.test(t))) return 1;
  return 0;
}
