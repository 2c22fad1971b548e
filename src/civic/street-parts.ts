/**
 * The street's own words (no house number, no unit) into RFC 5139's PRD, RD, STS and POD, in US and
 * Canadian order: [pre-directional] name [suffix] [post-directional].
 */
import type { StreetParts } from './street-line.js';
import { bare, COMMON_TYPES, directional, isCanadianStreetType, misspelledDirectional, NAME_LIKE_TYPES, NAME_PARTICLES, PRE_MODIFIERS, ROUTE_WORDS, ROUTE_OWNERS, streetSuffix } from './street-words.js';

/** "152 THE GLEN" is a name, not "THE" + suffix. */
const ARTICLES = new Set(['THE', 'LE', 'LA', 'LES']);
/** Last words of a route pre-type ("COUNTY ROAD DV", "FM 544"): the word after them is a route number, not a name. */
const ROUTE_BEFORE_NAME = new Set(['ROAD', 'RD', 'HIGHWAY', 'HWY', 'ROUTE', 'RTE', 'FM', 'CR', 'SR']);

/**
 * The STS value for a suffix word, or undefined. US: the USPS standard abbreviation (one slip
 * of the keyboard forgiven). Canada: the word as typed (without a final period) — Canada
 * Post's abbreviations differ from USPS ones (TERR, LANE, TRAIL, BAY); a misspelled one is kept as typed too.
 */
export function streetType(word: string, line: string, country: string): string | undefined {
  if (country === 'CA') return isCanadianStreetType(word) || streetSuffix(word) ? word.replace(/\.$/, '') : undefined;
  const standard = streetSuffix(word);
  return standard && suffixCase(standard, line);
}

/** The user wrote the whole line in capitals: keep the suffix in capitals too. */
function suffixCase(standard: string, line: string): string {
  if (line === line.toLocaleUpperCase()) return standard;
  return standard.charAt(0) + standard.slice(1).toLowerCase();
}

/** A directional written as two letters with spaces or dots between ("S E", "N. W."), or undefined. */
function spacedDirectional(first: string | undefined, second: string | undefined): string | undefined {
  if (first === undefined || second === undefined) return undefined;
  const a = first.replace(/\./g, '').toUpperCase();
  const b = second.replace(/\./g, '').toUpperCase();
  return /^[NS]$/.test(a) && /^[EW]$/.test(b) ? a + b : undefined;
}

/** A directional spelled out in two words ("North West", "south east"), or undefined. */
function spelledDirectional(first: string | undefined, second: string | undefined): string | undefined {
  return /^(?:NORTH|SOUTH)$/i.test(first ?? '') && /^(?:EAST|WEST)$/i.test(second ?? '') ? `${first![0]}${second![0]}`.toUpperCase() : undefined;
}

/** A directional at the start of comma-separated text ("NW", "N.W.", "S. W. # 2", "North West") and how many words it took. */
export function leadingDirectional(tokens: readonly string[], country: string): { value: string; length: number } | undefined {
  const spaced = spacedDirectional(tokens[0], tokens[1]) ?? spelledDirectional(tokens[0], tokens[1]);
  if (spaced) return { value: spaced, length: 2 };
  const single = tokens[0] === undefined ? undefined : directional(tokens[0], country, true);
  return single ? { value: single, length: 1 } : undefined;
}

/** Words that make a spelled-out direction before them the name of a part of town or a shore ("West End Ave"). */
const SIDE_WORDS = new Set(['END', 'SIDE', 'SHORE']);

/**
 * "East West Highway", "North South Rd", "West End Ave", "North Shore Dr": a direction spelled out
 * is part of the name before its opposite or before "End", "Side", "Shore", not the road's direction.
 */
function directionInName(first: string, second: string): boolean {
  const pair = `${bare(first)} ${bare(second)}`;
  const spelled = ['EAST', 'WEST', 'NORTH', 'SOUTH'].includes(bare(first));
  return ['EAST WEST', 'WEST EAST', 'NORTH SOUTH', 'SOUTH NORTH'].includes(pair) || (spelled && SIDE_WORDS.has(bare(second)));
}

/**
 * Street words (no number, no unit) into PRD, RD, STS, POD. US and Canadian order:
 * [pre-directional] name [suffix] [post-directional]. French Canadian names keep their
 * leading type in RD ("Boul. René-Lévesque"): RFC 5139 has no pre-type element.
 */
export function splitStreet(words: readonly string[], line: string, country: string, commaDirection?: string): StreetParts {
  const parts: StreetParts = {};
  const street = [...words];
  // "Main Street North East": the two halves spelled out after the type are its post-directional too.
  const spelledPair = street.length >= 4 && streetType(street.at(-3)!, line, country) !== undefined
    ? spelledDirectional(street.at(-2), street.at(-1)) : undefined;
  const spaced = street.length >= 3 ? spacedDirectional(street.at(-2), street.at(-1)) ?? spelledPair : undefined;
  if (spaced) {
    parts.POD = spaced;
    street.splice(-2);
  } else if (street.length >= 2) {
    // "So"/"No" end a street only after its type ("13th Ave No") or a grid number ("W 3090 So").
    const shorthand = streetType(street.at(-2)!, line, country) !== undefined || /^\d+$/.test(street.at(-2)!);
    const last = directional(street.at(-1)!, country, shorthand);
    // "Avenue E", "N Avenue N", "Old Ave D" (Lancaster's and Crowley's lettered avenues): a type then one letter is a name.
    const typeAt = street.length === 3 && (directional(street[0]!, country) || PRE_MODIFIERS.has(bare(street[0]!))) ? 1 : 0;
    // Only avenues, and roads named alone (the Plains' county grid: "2400 Road E"), are lettered by a compass letter:
    // Houston's "N Loop W", Atlanta's "Boulevard NE" end with their side.
    const typeWord = streetSuffix(street[typeAt]!);
    const letter = /^[A-Z]$/i.test(street.at(-1)!);
    const preTypeName = street.length === typeAt + 2 && (typeWord === 'AVE' ? !typeAt || letter : typeWord === 'RD' && !typeAt && letter);
    // "County Rd N", "County Hwy W" (Wisconsin letters its county roads): after a route's owner and its road word, the letter names the route.
    const routeLetter = ROUTE_BEFORE_NAME.has(bare(street.at(-2)!)) && ROUTE_OWNERS.has(bare(street.at(-3) ?? '')) && /^[NSEW]$/i.test(street.at(-1)!);
    // "Rang du Nord", "chemin du Sud": after a particle the direction is the name's noun.
    if (last && !preTypeName && !routeLetter && !NAME_PARTICLES.has(bare(street.at(-2)!))) {
      parts.POD = last;
      street.pop();
    }
  }
  if (commaDirection && !parts.POD) parts.POD = commaDirection;

  const [head, tail] = street;
  // "N Wells", "S Park": a lone directional and an uncommon type word are a direction and a name.
  const directionThenName = street.length === 2 && directional(head!, country, true) !== undefined
    && !COMMON_TYPES.has(streetSuffix(tail!) ?? '');
  // "County Road DV" names a route; "Straight Road Ln" is a lane, "Ridge Rd Extension" an extension of a road.
  const beforeLast = bare(street.at(-2) ?? '');
  const routeRoad = beforeLast !== 'ROAD' && beforeLast !== 'RD' || ROUTE_OWNERS.has(bare(street.at(-3) ?? ''));
  const routeName = ROUTE_BEFORE_NAME.has(beforeLast) && routeRoad && !COMMON_TYPES.has(streetSuffix(street.at(-1) ?? '') ?? '');
  const nameRemains = (street.length > 2 || (street.length === 2 && !ARTICLES.has(bare(head!)) && !directionThenName))
    && !routeName;
  const lastType = streetSuffix(street.at(-1) ?? '') ?? '';
  // "Lincoln Park West", "Central Park South": a park the street runs along, then its side; not after a
  // letter or an ordinal, nor with the side after a comma ("M Park, NW", "68th Park SE" are parks as types).
  const parkName = lastType === 'PARK' && !commaDirection && !/^(?:[A-Z]|\d+(?:ST|ND|RD|TH))$/i.test(street.at(-2) ?? '');
  const nameLike = country === 'US' && (parts.POD ? parkName : NAME_LIKE_TYPES.has(lastType));
  // "Avenida de la Playa", "Rue de la Gare", "Avenue of the Americas": after a particle the word is the name's noun.
  const afterParticle = street.length >= 3 && NAME_PARTICLES.has(bare(street.at(-2)!));
  const suffix = nameRemains && !nameLike && !afterParticle ? streetType(street.at(-1)!, line, country) : undefined;
  if (suffix) {
    parts.STS = suffix;
    street.pop();
    // US county files write "3419 SAINT JOHN W ST", "4750 BIG RUN SOUTH RD": a directional between
    // the name and the suffix is the post-directional there, but after a number it is a grid road
    // ("1400 N Road") and after a lone directional it is the name ("West North Ave"). In Canada it
    // is part of the name ("PARK EAST DR"). Only a name makes it a post-directional: in "S E West Ave"
    // the letters before it are the pre-directional, typed apart.
    const between = street.at(-1);
    const named = street.slice(0, -1).some((word) => !directional(word, country));
    // After a route word the directional names the road's side or its run ("Interstate North Pkwy").
    const direction = country === 'US' && !parts.POD && named && !/^\d+$/.test(street.at(-2)!)
      && !ROUTE_WORDS.has(bare(street.at(-2)!)) ? directional(between!, country) : undefined;
    if (direction) {
      parts.POD = direction;
      street.pop();
    }
  }
  // "1234 N. W. 2nd Ave": a pre-directional written as two letters apart, a name after it
  // (not initials: "S W S Young Dr" is S + "W S Young").
  const initials = /^[A-Z]\.?$/i.test(street[2] ?? '');
  const spacedFirst = street.length >= 3 && !initials ? spacedDirectional(street[0], street[1]) : undefined;
  // "123 North East 5th Avenue": a pre-directional spelled out in two words, a name after it.
  const spelledFirst = street.length >= 3 ? spacedFirst ?? spelledDirectional(street[0], street[1]) : undefined;
  if (spelledFirst) {
    parts.PRD = spelledFirst;
    street.splice(0, 2);
  }
  // "77 Nroth Main St": a direction misspelled, read as one only before a name and a type (US).
  const misspelled = parts.STS && country === 'US' ? misspelledDirectional(street[0] ?? '') : undefined;
  const firstDirection = !spelledFirst && street.length >= 2 && !directionInName(street[0]!, street[1]!)
    ? directional(street[0]!, country, true) ?? misspelled : undefined;
  if (firstDirection) {
    parts.PRD = firstDirection;
    street.shift();
  }
  if (street.length) parts.RD = street.join(' ');
  return parts;
}
