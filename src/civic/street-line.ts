/** Splits a typed street line ("123 N Main St Apt 4") into RFC 5139 parts. */
import type { CivicAddress } from './civic-address.js';
import { leadingHouseNumber } from './house-number.js';
import { BUILDING_WORDS, buildingNameLength, findHouseNumber, streetWithoutUnit } from './house-number-position.js';
import { isBoxLine, kilometreRoad, LEGAL_LAND, milepostHighway, numberAfterSpanishStreet } from './rural-lines.js';
import { isUnitPhrase, isUnitWord, trailingUnitLength, unitStart } from './street-units.js';
import { leadingDirectional, splitStreet } from './street-parts.js';
import { isRegionPhrase, placeLength } from './street-place.js';
import { bare, directional, ROUTE_WORDS, streetSuffix } from './street-words.js';
import { collapseSpace, replaceForbiddenCharacters } from './text.js';

/** POBOX only for a line that is a box and nothing else ("PO Box 123", "RR 2 Box 45"). */
export type StreetParts = Pick<CivicAddress, 'HNO' | 'HNS' | 'PRD' | 'RD' | 'STS' | 'POD' | 'POBOX'>;

export type ParsedStreetLine = {
  parts: StreetParts;
  houseNumberFound: boolean;
  /**
   * Whatever is not the street, in typed order: a unit ("Apt 4", "Suite 200", "#5", "CONDO B2",
   * a bare number after the street), text before the house number or after a comma. Belongs in LOC.
   */
  unit?: string;
};

/** "500S", "900E.": a grid number and its side written as one word. */
const GRID_SIDE = /^(\d+)([NSEW])\.?$/i;

const words = (text: string) => text.split(' ').filter(Boolean);
const join = (tokens: readonly string[]) => tokens.join(' ');

/** "123 Main St.Apt 4", "Olive St.#2", "Elm St.apt3": a designator glued to the street's last word by its period. */
const GLUED_AFTER_PERIOD = /\.(?=(?:APT|APARTMENT|STE|SUITE|UNIT|BLDG|FL|FLR|RM)(?![A-Z])|#)/gi;
/** "212 W. Washington# 1506", "Frontage Rd#100": a number sign glued to the street's last word starts the unit. */
const GLUED_NUMBER_SIGN = /([A-Za-z]+)#/g;

/** Designators a number sign is typed onto ("Unit#7", "Apt#4"): the unit keeps the sign as typed. */
const SIGNED_DESIGNATORS = new Set(['APT', 'UNIT', 'STE', 'SUITE', 'RM', 'BLDG', 'LOT', 'SPC', 'TRLR', 'NO']);

/**
 * Splits a glued number sign off its word, except after a route word ("Route# A" numbers the
 * route) or a unit designator ("Unit#7" is the unit as typed).
 */
function unglueNumberSign(line: string): string {
  return line.replace(GLUED_NUMBER_SIGN, (glued: string, word: string) => (
    ROUTE_WORDS.has(bare(word)) || SIGNED_DESIGNATORS.has(bare(word)) ? glued : `${word} #`));
}

/**
 * "1425, boul. René-Lévesque O": Quebec writes a comma after the civic number; it does not end the
 * street. Nor does a period typed after it ("123. Main St").
 */
const COMMA_AFTER_NUMBER = /^(\d[\w/-]*)\s*(?:,|\.(?!\d))\s*(?=\S)/;
/** "123main st": a name of three letters or more glued to the house number (not "3rd", "123A", nor an ordinal glued to its type: "21stSt", "5thAve"). */
const NAME_ON_NUMBER = /^(#?\d+)(?=[A-Za-z]{3})(?!(?:st|nd|rd|th|ST|ND|RD|TH)[A-Z])/;
/** "#123 Main St": before the house number and a name, the sign only says "number" (in "#4 123 Main St" it is the unit's). */
const SIGN_BEFORE_NUMBER = /^#\s*(?=\d+[A-Z]?\s+[A-Z])/i;
/** "91–1234 Fort Weaver Rd", "4 — 1200 Bay St": an en or em dash in the house number (pasted from a document) is its hyphen. */
const DASH_IN_NUMBER = /^(#?\w*\d)(\s*)[–—](?=\s*\d)/;
/** "123 N.Main St": a directional glued to the name by its period. */
const GLUED_DIRECTIONAL = /(^|\s)([NS]\.?[EW]|[NSEW])\.(?=[A-Za-z0-9]{2})/gi;

/**
 * A line with no house number at its start that still places the address: a milepost or a road and
 * its kilometre marker, which locate the place as a house number would, a box followed by its place
 * after a comma (kept in POBOX, and still no house number: help cannot be sent to a box), or a
 * Puerto Rico street with its number after it ("Calle A #150"). A line that is only a box, or a
 * legal land description, was answered before the house number was looked for.
 */
function withoutHouseNumber(line: string, segments: readonly string[], country: string): ParsedStreetLine | undefined {
  // "Mile 101, Alaska Highway": the marker and its highway typed apart by a comma.
  const first = words(segments[0] ?? '');
  const apart = first.length === 2 && segments.length > 1 ? 2 : 1;
  const milepost = milepostHighway(apart > 1 ? [...first, ...words(segments[1]!)] : first);
  if (milepost) {
    const { marker, highway } = milepost;
    const unitAt = unitStart(highway, 1);
    const street = unitAt < 0 ? highway : highway.slice(0, unitAt);
    const unit = [join(marker), ...(unitAt < 0 ? [] : [join(highway.slice(unitAt))]), ...segments.slice(apart)].join(', ');
    return { parts: splitStreet(street, line, country), houseNumberFound: true, unit };
  }
  // "PO Box 123, Springfield IL": the box, then the place after a comma (kept with the unit).
  if (segments.length > 1 && isBoxLine(segments[0]!)) return { parts: { POBOX: segments[0]! }, houseNumberFound: false, unit: segments.slice(1).join(', ') };
  const spanish = numberAfterSpanishStreet(words(line.replace(/,/g, ' ')));
  if (spanish) {
    const parts: StreetParts = { HNO: spanish.number, RD: join(spanish.road) };
    return spanish.after.length ? { parts, houseNumberFound: true, unit: join(spanish.after) } : { parts, houseNumberFound: true };
  }
  const road = kilometreRoad(words(line.replace(/,/g, ' ')));
  if (!road) return undefined;
  const unit = [join(road.before), join(road.marker)].filter(Boolean).join(', ');
  return { parts: { RD: join(road.road) }, houseNumberFound: true, unit };
}

/** "E. Martin Luther King, Jr. Blvd.": a comma between a name and Jr. or Sr. is inside the name ("Main St, Sr Center" is not). */
const GENERATION_COMMA = /(\S+)\s*,\s*(?=(?:JR|SR)\b\.?(?:\s|$))/gi;
const joinGeneration = (text: string) => text.replace(GENERATION_COMMA, (match: string, word: string) => (
  streetSuffix(word) === undefined && directional(word, 'US') === undefined ? `${word} ` : match));

/** "Main St..", "Main St .": repeated or spaced-off periods end the word before them. */
const STRAY_PERIODS = /\s*\.{2,}|\s+\.(?=\s|$)/g;
/**
 * What separates the parts of a line: commas, semicolons, a bar; a colon, not after a designator
 * ("Apt: 4"); a spaced dash before a word ("123 Main St - Apt 4"); a spaced dash before a number
 * after a word, in a line that starts with its number ("123 Main St - 2nd Floor"; not "12 - 14 Main
 * St", "Calle A - 150" nor a route's number: "I - 95", "County Rd - 5"); a dash after a period
 * before a unit ("Main St.-Apt 4", not "St.-Jean"); a spaced slash, or a slash before a unit
 * ("Main St / Apt 4", "Main St/Apt 4"). Dashes may be en or em dashes.
 */
const SEPARATOR = new RegExp([
  /[,;|]/,
  /(?<!\b(?:APT|STE|SUITE|UNIT|RM|ROOM|FL|FLR|FLOOR|BLDG|MS|MSC|LOT|NO|ATTN|ATTENTION))\s*:\s/,
  /\s+[-–—]+\s*(?=[A-Za-z#])/,
  /(?<=^\d.*[A-Za-z.])(?<!\b(?:I|IH|US|SR|SH|CR|FM|HWY|HIGHWAY|ROUTE|RTE|RT|INTERSTATE|(?:COUNTY|STATE) R(?:OA)?D))\s+[-–—]+\s*(?=\d)/,
  /(?<=\.)-+\s*(?=(?:APT|STE|SUITE|UNIT|RM|FL|FLR|BLDG|LOT|SPC)\b|#)/,
  /\s+\/\s+|\/(?=(?:APT|STE|SUITE|UNIT|RM|FL|FLR|BLDG)\b|#)/,
].map((part) => part.source).join('|'), 'i');

/** A house number found in a segment, and the words typed before it. */
type HouseAt = NonNullable<ReturnType<typeof findHouseNumber>>;

/**
 * Which comma-separated segment holds the street address: the first with a house number, unless
 * it names a building by a spelled-out number or a name ending in Center, Tower, Plaza… and a later
 * segment is a street address with a number in figures ("Two Liberty Place, 50 S 16th St",
 * "1 World Trade Center, 285 Fulton St"). -1 when no segment has a house number.
 */
function streetSegment(segments: readonly string[], houses: readonly (HouseAt | undefined)[], country: string): number {
  const first = houses.findIndex((house) => house !== undefined);
  if (first < 0) return first;
  const building = !/^\d/.test(houses[first]!.house.HNO) || BUILDING_WORDS.has(bare(words(segments[first]!).at(-1)!));
  if (!building) return first;
  const streetAddress = (segment: string, house: HouseAt | undefined) => {
    const last = streetWithoutUnit(words(segment)).at(-1)!;
    return /^\d/.test(house?.house.HNO ?? '') && (streetSuffix(last) !== undefined || directional(last, country) !== undefined);
  };
  const later = segments.findIndex((segment, i) => i > first && streetAddress(segment, houses[i]));
  return later > first ? later : first;
}

/**
 * The line with what haste glues together pulled apart, and what it adds taken away, before it is
 * split: "91–1234" with its hyphen, "King, Jr." joined, "St.Apt4" and "Main#4" unglued, "123main" split, "123, Main" and
 * "#123 Main" without the mark, "N.Main" spaced, repeated periods dropped. In this order: each step
 * reads what the one before it left.
 */
function untangleTyping(typed: string): string {
  const unglued = unglueNumberSign(joinGeneration(typed.replace(DASH_IN_NUMBER, '$1$2-')).replace(GLUED_AFTER_PERIOD, '. '));
  return unglued.replace(NAME_ON_NUMBER, '$1 ').replace(COMMA_AFTER_NUMBER, '$1 ').replace(SIGN_BEFORE_NUMBER, '')
    .replace(GLUED_DIRECTIONAL, '$1$2. ').replace(STRAY_PERIODS, '.');
}

function parseNorthAmerican(typed: string, country: string): ParsedStreetLine {
  const line = untangleTyping(typed);
  // "Box 12 Site 3 RR 1": a box in any order is a box, whatever number comes after a word in it.
  if (isBoxLine(line)) return { parts: { POBOX: line }, houseNumberFound: false };
  if (LEGAL_LAND.test(line)) return { parts: { RD: line }, houseNumberFound: false };
  const segments = line.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  // Text before the segment with the house number is a unit typed first ("STE. 310, 5200 N. MESA").
  const houses = segments.map((segment) => findHouseNumber(words(segment), country));
  let main = streetSegment(segments, houses, country);
  if (main < 0) {
    const rural = withoutHouseNumber(line, segments, country);
    if (rural) return rural;
  }
  const found = main >= 0 ? houses[main] : undefined;
  if (main < 0) main = 0;
  const units: string[] = segments.slice(0, main);
  const tokens = words(segments[main] ?? '');
  const parts: StreetParts = {};
  let rest = tokens;
  if (found) {
    // "#4 - 123 Main St": the dash only separated the unit from the number; in "# 2 Turner Rd" the
    // sign only said "number".
    const sign = found.before.length === 1 && found.before[0] === '#';
    const before = sign ? [] : found.before.filter((token) => !/^-+$/.test(token));
    if (before.length) units.push(join(before));
    parts.HNO = found.house.HNO;
    if (found.house.HNS) parts.HNS = found.house.HNS;
    if (found.house.unit) units.push(found.house.unit);
    rest = tokens.slice(found.before.length + found.house.length);
  }

  // "6910 # G Mary Caroline Cir": a number-sign unit typed between the house number and the street.
  const signed = rest[0] === '#' ? 2 : rest[0]?.startsWith('#') ? 1 : 0;
  if (signed && rest.length > signed + 1) {
    units.push(join(rest.slice(0, signed)));
    rest = rest.slice(signed);
  }
  // "123 Main St Springfield IL 62701", "123 Main St Springfield, IL": the place typed after the street.
  const lowerLine = line === line.toLowerCase();
  const regionAfter = segments.length > main + 1 && isRegionPhrase(words(segments[main + 1]!), country, lowerLine);
  const placed = found ? placeLength(rest, country, regionAfter, lowerLine) : 0;
  const place = placed ? rest.slice(-placed) : [];
  if (placed) rest = rest.slice(0, -placed);
  const unitAt = unitStart(rest, 1);
  let tail: string[] = [];
  if (unitAt >= 0) {
    tail = rest.slice(unitAt);
    rest = rest.slice(0, unitAt);
  }
  const named = buildingNameLength(rest, country, tail);
  if (named) {
    tail = [...rest.slice(-named), ...tail];
    rest = rest.slice(0, -named);
  }
  // "455 E 500S": a Utah grid street with its side glued to its number.
  const glued = country === 'US' && rest.length === 2 && directional(rest[0]!, country) ? GRID_SIDE.exec(rest[1]!) : null;
  // A grid side runs across the pre-directional (E then S); "W 35W" is the I-35W road, not a side.
  const across = glued !== null && /^[NS]/.test(directional(rest[0]!, country)!) !== /^[NS]/i.test(glued[2]!);
  if (glued && across) rest = [rest[0]!, glued[1]!, glued[2]!];
  // "2835 E Business 20, 80", "1200 E Business 83, Suite 4": with a unit after the comma, the number ending the street is the street's.
  const next = segments[main + 1];
  const unitNext = next !== undefined && (isUnitPhrase(words(next)) || /^#?\d+[A-Z]?$/i.test(next));
  const loose = unitNext ? 0 : trailingUnitLength(rest, country, tail.length > 0);
  if (loose) {
    tail = [...rest.slice(-loose), ...tail];
    rest = rest.slice(0, -loose);
  }
  if (tail.length) units.push(join(tail));
  if (place.length) units.push(join(place));

  // "2100 M Street, NW": a directional right after the comma ends the street ("St, No 2202" is a unit).
  const after = segments.slice(main + 1);
  const afterWords = after.length ? words(after[0]!) : [];
  const leading = rest.length && !isUnitPhrase(afterWords) ? leadingDirectional(afterWords, country) : undefined;
  // Only a directional on its own or before a unit ("Pl, NE Unit"; "8th Street, West Hall" names a
  // building), and only when the street has none of its own.
  const then = leading ? afterWords.slice(leading.length) : [];
  const own = splitStreet(rest, line, country);
  const comma = leading && !own.POD && (!then.length || isUnitPhrase(then) || isUnitWord(then[0]!) || /\d/.test(then[0]!)) ? leading : undefined;
  if (comma) {
    after.splice(0, 1, ...(then.length ? [join(then)] : []));
  }
  Object.assign(parts, comma ? splitStreet(rest, line, country, comma.value) : own);
  units.push(...after);

  const result: ParsedStreetLine = { parts, houseNumberFound: found !== undefined };
  if (units.length) result.unit = units.join(', ');
  return result;
}

const TRAILING_NUMBER = /^(\d+)([A-Za-z]?)$/;

/**
 * '"123 Main St"', '"123 Main St': double quotes at the ends were pasted with the line; "123 Main St!",
 * "123 Main St?", "123 Main St -": a mark or a dash at the end was typed in a hurry. None is part of the address.
 */
const END_MARKS = /^\s*["“”]+|(?:\s*[-–—!?"“”])+\s*$/gu;

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
 * `houseNumberFound: false` when no house number starts the line (or follows a unit typed
 * first; outside the US and Canada it may also end the line). Suffixes are given as the
 * USPS Pub 28 standard abbreviation, directionals abbreviated; the road name keeps the
 * user's spelling, and every word that is not the street is kept in `unit`.
 */
export function parseStreetLine(line: string, options: { country?: string } = {}): ParsedStreetLine {
  const text = collapseSpace(replaceForbiddenCharacters(String(line ?? '')).replace(END_MARKS, ''));
  if (!text) return { parts: {}, houseNumberFound: false };
  const country = String(options.country ?? 'US').trim().toUpperCase();
  return country === 'US' || country === 'CA' ? parseNorthAmerican(text, country) : parseInternational(text);
}
