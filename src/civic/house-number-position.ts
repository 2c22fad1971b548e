/**
 * Where the house number is in a street line, and what was typed around it that is not the
 * street: a unit, a building or an urbanization before it ("Apt 7 22B Dr…", "Sears Tower 233 S
 * Wacker Dr", "URB Las Gladiolas 150 Calle A"), a building named between the street and its unit.
 */
import { leadingHouseNumber, type HouseNumber } from './house-number.js';
import { isBoxLine } from './rural-lines.js';
import { isUnitPhrase, isUnitWord, unitStart, URBANIZATION } from './street-units.js';
import { bare, COMMON_TYPES, directional, isCanadianStreetType, isRouteWord, NAME_PARTICLES, PRE_MODIFIERS, ROUTE_OWNERS, ROUTE_WORDS, streetSuffix } from './street-words.js';

/** Last words of a building's name typed before its number ("Sears Tower 233 S Wacker Dr"). */
export const BUILDING_WORDS = new Set(['BUILDING', 'BLDG', 'TOWER', 'TOWERS', 'TWR', 'CENTER', 'CENTRE', 'CTR', 'PLAZA', 'PLZ', 'HALL', 'COMPLEX',
  'APARTMENTS', 'APTS', 'CONDOMINIUMS', 'CONDOS']);

/** Last words of a complex's name before its street address that also end street names ("First Canadian Place 100 King St W"). */
const COMPLEX_WORDS = new Set(['PLACE', 'SQUARE', 'COURT']);

/** A unit written as letters and digits together ("4B", "12A", "Lt42"), not a plain number. */
const UNIT_FIRST = /^(?:[A-Z]+\d+[A-Z]?|\d+[A-Z]+)$/i;

/** Words typed before the house number that name where it is: a unit, a building, an urbanization. */
function placeBefore(before: readonly string[]): boolean {
  if (before.length <= 3 && isUnitPhrase(before)) return true;
  // "Bldg A Apt 3 55 Elm St": two units typed first.
  if (before.length === 4 && isUnitPhrase(before.slice(0, 2)) && isUnitPhrase(before.slice(2))) return true;
  // "RR 2 1234 Highway 7", "PO Box 5 - 1234 Main St": a rural route or a box typed before the civic number.
  if (before.length === 2 && /^R\.?R\.?$/i.test(before[0]!) && /^#?\d+$/.test(before[1]!)) return true;
  if (isBoxLine(before.filter((word) => !/^-+$/.test(word)).join(' '))) return true;
  // "Commerce Court West 199 Bay St": the building's side may follow its name.
  const named = directional(before.at(-1)!, 'US') && before.length >= 3 ? before.slice(0, -1) : before;
  const last = bare(named.at(-1)!);
  return URBANIZATION.has(bare(before[0]!)) || (named.length >= 2 && (BUILDING_WORDS.has(last) || COMPLEX_WORDS.has(last)));
}

/**
 * "1 Market St Spear Tower, Ste 3600", "1 Market St Spear Tower Ste 3600": how many words after
 * the street's type name a building (they end with "Tower", or the unit starts with it), or 0.
 * Names only: no type, directional or number among them. Before any other unit, up to two words
 * after a common type are the unit's too ("123 Main St Mail Stop 401"); after a type that is as
 * often a name's word they are the name's ("330 W Lake Lansing Ste 2").
 */
export function buildingNameLength(street: readonly string[], country: string, unit: readonly string[]): number {
  const unitIsBuilding = BUILDING_WORDS.has(bare(unit[0] ?? ''));
  const isType = (word: string) => (country === 'CA' ? isCanadianStreetType(word) : streetSuffix(word) !== undefined);
  let typeAt = -1;
  // After a particle a type word is the name's noun ("Ch. de la Côte-des-Neiges": "la" is no lane).
  for (let i = street.length - 1; i > 0 && typeAt < 0; i--) if (isType(street[i]!) && !NAME_PARTICLES.has(bare(street[i - 1]!))) typeAt = i;
  const name = typeAt > 0 ? street.slice(typeAt + 1) : [];
  if (!name.length || name.length > 4) return 0;
  // "826 N Ave. B Unit 101", "Old Avenue D Apt 2": after a type with nothing but a directional or
  // "Old" before it, the word is the street's name.
  if (street.slice(0, typeAt).every((word) => directional(word, country, true) || PRE_MODIFIERS.has(bare(word)))) return 0;
  // "W County Road D Ste 3", "Range Road 42 Unit 5": after a route's owner the type is the route's, the word after it its name.
  // "Alameda de la Pulga Ste 3": after a particle the type word ("La" is also Lane) is the name's.
  const routeType = ['ROAD', 'RD'].includes(bare(street[typeAt]!)) || ROUTE_WORDS.has(bare(street[typeAt]!));
  if ((routeType && ROUTE_OWNERS.has(bare(street[typeAt - 1]!))) || NAME_PARTICLES.has(bare(street[typeAt - 1]!))) return 0;
  // Nor a route word: New York's service roads ("Throgs Neck Expwy SR Unit F") keep their SR.
  const plain = name.every((word) => !directional(word, country, true) && !/\d/.test(word) && !isRouteWord(word));
  const beforeUnit = unit.length > 0 && name.length <= 2 && COMMON_TYPES.has(streetSuffix(street[typeAt]!) ?? '');
  return plain && (unitIsBuilding || beforeUnit || BUILDING_WORDS.has(bare(name.at(-1)!))) ? name.length : 0;
}

/**
 * "Two Prudential Plaza 180 N Stetson Ave", "1 World Trade Center 285 Fulton St": a building's
 * own name and number, then the street address. The second number is the house number when a
 * street (not a unit: "5 Penn Plaza 23 Floor") follows it, and no street came before the building.
 */
function numberAfterBuilding(tokens: readonly string[], country: string): { house: HouseNumber; before: string[] } | undefined {
  for (let i = 2; i <= 6 && i < tokens.length - 2; i++) {
    const rest = tokens.slice(i);
    if (!BUILDING_WORDS.has(bare(tokens[i - 1]!)) || !/^\d+$/.test(tokens[i]!) || isUnitPhrase(rest)) continue;
    // "123 Main St Building 4 Dock 12": after a whole street ending in its common type, "Building 4" is a unit.
    if (tokens.slice(1, i - 1).some((word) => COMMON_TYPES.has(streetSuffix(word) ?? ''))) continue;
    const house = leadingHouseNumber(rest, country, streetWithoutUnit(rest));
    if (house && !isUnitPhrase(rest.slice(house.length))) return { house, before: tokens.slice(0, i) };
  }
  return undefined;
}

/** The house number, with any unit or building typed before it ("Apt 7 22B Dr…", "4th floor 300 E Randolph"). */
export function findHouseNumber(tokens: readonly string[], country: string): { house: HouseNumber; before: string[] } | undefined {
  // "3 Fl 45-18 Court Sq": a floor typed first, then the house number.
  const floorFirst = tokens.length > 3 && /^\d/.test(tokens[0]!) && isUnitPhrase(tokens.slice(0, 2)) ? leadingHouseNumber(tokens.slice(2), country, streetWithoutUnit(tokens.slice(2))) : undefined;
  if (floorFirst) return { house: floorFirst, before: tokens.slice(0, 2) };
  // "4B 123 Main St", "Lt42 99 Some Rd": a unit of letters and digits, then the house number and a name
  // (not a numbered road's: "123A 14 Mile Rd").
  const [first, second] = tokens;
  // "12 123 Main St", "12 123 N Main St": a unit number typed before a larger house number, without a
  // designator. A smaller number after a larger one names the street ("1234 29 Palms Hwy", "100 12 Oaks Dr").
  const namedAt = tokens[2] !== undefined && (directional(tokens[2], country) || /^-+$/.test(tokens[2])) ? 3 : 2;
  const named = tokens[namedAt];
  const unitFirst = UNIT_FIRST.test(first!) || (/^\d+$/.test(first!) && /^\d+$/.test(second!) && Number(first) < Number(second));
  // A type is the name's first word when a name follows it ("4 1425 rue Principale"), not in "10 100 Ave NW".
  const after = tokens[namedAt + 1];
  const preType = after !== undefined && !streetSuffix(after) && !directional(after, country) && !/^\d/.test(after);
  // "200 10123 99 St NW", "300, 840 - 7 Ave SW": Alberta's suite number before a civic number on a numbered street.
  const numbered = /^\d+(?:ST|ND|RD|TH)?$/i.test(named ?? '') && after !== undefined && isCanadianStreetType(after);
  const name = named !== undefined && /^[A-Z]{2,}/i.test(named) && !directional(named, country) && (!streetSuffix(named) || preType) && bare(named) !== 'MILE';
  if (tokens.length >= 4 && unitFirst && !/^[NSEW]\d+$/i.test(first!) && /^\d+$/.test(second!) && (name || numbered)) {
    const house = leadingHouseNumber(tokens.slice(1), country, streetWithoutUnit(tokens.slice(1)));
    if (house) return { house, before: [first!] };
  }
  const atStart = leadingHouseNumber(tokens, country, streetWithoutUnit(tokens));
  if (atStart) return numberAfterBuilding(tokens, country) ?? { house: atStart, before: [] };
  for (let i = 1; i <= 6 && i < tokens.length - 1; i++) {
    const rest = tokens.slice(i);
    // "# 4 123 Main St", "# 4 77W Wacker Dr": the sign and 4 are the unit; in "# 2 Turner Rd" 2 is the house number.
    // "# 4 - 123 Main St": the dash only separates the unit from the house number.
    const dashed = /^-+$/.test(tokens[2] ?? '') ? 3 : 2;
    if (i === 1 && tokens[0] === '#' && /^\d/.test(tokens[dashed] ?? '') && leadingHouseNumber(tokens.slice(dashed), country)) continue;
    const house = placeBefore(tokens.slice(0, i)) ? leadingHouseNumber(rest, country, streetWithoutUnit(rest)) : undefined;
    // "Bldg 2 Suite 500 100 Main St", "PH 3 100 Main St": a number before another one is the unit's after a
    // designator that needs one, or when it is the smaller.
    const next = tokens[i + 1] ?? '';
    const unitsNumber = /^\d/.test(next) && (isUnitWord(tokens[i - 1]!) || parseInt(tokens[i]!) < parseInt(next)) && placeBefore(tokens.slice(0, i + 1));
    if (house && !unitsNumber) return { house, before: tokens.slice(0, i) };
  }
  // "Unit 4-1200 Bay St", "Suite 400-100 King St W": a designator before Canada's unit-civic number names its unit.
  const designated = country === 'CA' && tokens.length > 2 ? leadingHouseNumber(tokens.slice(1), country, streetWithoutUnit(tokens.slice(1))) : undefined;
  if (designated?.unit && isUnitPhrase([first!, designated.unit])) {
    return { house: { ...designated, length: designated.length + 1, unit: `${first} ${designated.unit}` }, before: [] };
  }
  return undefined;
}

/** The tokens up to a unit designator (the house number's letter rules look at the street alone). */
export function streetWithoutUnit(tokens: readonly string[]): readonly string[] {
  const at = unitStart(tokens, 2);
  return at >= 0 ? tokens.slice(0, at) : tokens;
}
