/**
 * A city, a state or province and a postal code typed at the end of the street line
 * ("123 Main St Springfield IL 62701"): people paste a whole address into the street field.
 * They are not the street's words, and they must not be dropped: the parser keeps them, as
 * typed, with the unit (LOC), where the dispatcher reads them.
 */
import { CA_REGIONS, US_REGIONS } from './data/regions.js';
import { bare, COMMON_TYPES, directional, isCanadianStreetType, ROUTE_OWNERS, streetSuffix } from './street-words.js';

let regionNames: Map<string, Set<string>> | undefined;
/** Upper-case region codes and names ("IL", "ILLINOIS", "NEW YORK", "QUÉBEC") by country. */
function regions(country: string): Set<string> {
  if (!regionNames) {
    regionNames = new Map([
      ['US', new Set(US_REGIONS.flatMap(([code, name]) => [code, name.toUpperCase()]))],
      ['CA', new Set(CA_REGIONS.flatMap(([code, english, french]) => [code, english.toUpperCase(), french.toUpperCase()]))],
    ]);
  }
  return regionNames.get(country) ?? new Set();
}

const ZIP = /^\d{5}(?:-\d{4})?$/;
const CA_POSTAL = /^[A-Z]\d[A-Z]-?(?:\d[A-Z]\d)?$/i;
const CA_POSTAL_END = /^\d[A-Z]\d$/i;

/** How many words at the end are a postal code ("62701", "K1A 0B1"). */
function postalLength(tokens: readonly string[], country: string): number {
  const last = tokens.at(-1) ?? '';
  if (country === 'US') return ZIP.test(last) ? 1 : 0;
  if (CA_POSTAL_END.test(last) && /^[A-Z]\d[A-Z]$/i.test(tokens.at(-2) ?? '')) return 2;
  return CA_POSTAL.test(last) && /\d[A-Z]\d$/i.test(last) ? 1 : 0;
}

/**
 * How many words at the end name a state or province ("IL", "New York", "Nova Scotia"), or 0.
 * A code counts in capitals only (unless nothing on the line is, or a postal code follows: "Springfield,
 * Il. 62704"), so "Rue de la Paix" keeps "la".
 */
function regionLength(tokens: readonly string[], country: string, lowerLine: boolean): number {
  const known = regions(country);
  for (const length of [4, 3, 2, 1]) {
    if (tokens.length <= length) continue;
    const words = tokens.slice(-length).map((token) => token.replace(/[.,]/g, ''));
    const name = words.join(' ').toUpperCase();
    const code = length === 1 && /^[A-Z]{2}$/i.test(name);
    if (known.has(name) && (!code || lowerLine || words[0] === name)) return length;
  }
  return 0;
}

/** How many words at the end name the country ("USA", "U.S.", "United States", "Canada"), or 0. */
function countryLength(tokens: readonly string[], country: string): number {
  const last = tokens.at(-1) ?? '';
  if (country === 'CA') return /^CANADA$/i.test(last) ? 1 : 0;
  if (/^U\.?S\.?(?:A\.?)?$/i.test(last)) return 1;
  return /^STATES$/i.test(last) && /^UNITED$/i.test(tokens.at(-2) ?? '') ? 2 : 0;
}

/** True when the words are a state or province alone, or one with its postal code (", IL 62701" after a comma), and the country. */
export function isRegionPhrase(typed: readonly string[], country: string, lowerLine: boolean): boolean {
  const tokens = typed.slice(0, typed.length - countryLength(typed, country));
  const postal = postalLength(tokens, country);
  const region = regionLength([' ', ...tokens.slice(0, tokens.length - postal)], country, lowerLine || postal > 0);
  return region > 0 && region + postal === tokens.length;
}

/** First words of two-word city names ("New York", "San Jose", "Saint Louis", "Fort Worth"); "St", "Ft", "Mt" are types and end the street there. */
const CITY_FIRST_WORDS = new Set(['NEW', 'SAN', 'SANTA', 'LOS', 'LAS', 'SAINT', 'FORT', 'MOUNT', 'PORT']);

const isType = (word: string, country: string) => (country === 'CA' ? isCanadianStreetType(word) : streetSuffix(word) !== undefined);

/**
 * Where the street ends among the words before the city: after its first common type with a name
 * before it ("Main St | Salt Lake City", "Avalon Ridge Parkway | Atlanta"), and an abbreviated
 * directional after that type ("Main St West | Chester" is West Chester); failing that (`common`
 * false), after its last type or directional word. -1 when there is none.
 */
function streetEnd(words: readonly string[], country: string): { end: number; common: boolean } {
  const named = (i: number) => words.slice(0, i).some((word) => !directional(word, country, true));
  // "County Road AA": after a route's owner the type is the route's, and the word after it its name.
  let end = words.findIndex((word, i) => i > 0 && named(i) && COMMON_TYPES.has(streetSuffix(word) ?? '')
    && !ROUTE_OWNERS.has(bare(words[i - 1]!)));
  const common = end >= 0;
  if (end < 0) {
    for (let i = words.length - 2; i > 0 && end < 0; i--) {
      if (named(i) && (isType(words[i]!, country) || directional(words[i]!, country))) end = i;
    }
  }
  if (end >= 0 && end + 2 < words.length && directional(words[end + 1]!, country) && words[end + 1]!.replace(/\./g, '').length <= 2) end++;
  return { end, common };
}

/**
 * How many words at the end of the street words (after the house number) are a city, state or
 * province and postal code, or 0. `regionAfter`: the state was typed after a comma that follows,
 * so only the city can be here ("123 Main St Springfield, IL"). A city needs the street before
 * it to end with a type or a directional, or at least two words of street before it.
 */
export function placeLength(typed: readonly string[], country: string, regionAfter: boolean, lowerLine: boolean): number {
  // "… Springfield IL 62701 USA": the country may end it all.
  const named = regionAfter ? 0 : countryLength(typed, country);
  const words = typed.slice(0, typed.length - named);
  const postal = regionAfter ? 0 : postalLength(words, country);
  const region = regionAfter ? 0 : regionLength(words.slice(0, words.length - postal), country, lowerLine || postal > 0);
  if (!regionAfter && !region) return 0;
  const before = words.slice(0, words.length - postal - region);
  const street = streetEnd(before, country);
  let { end } = street;
  // A code that is also a street or unit word ("Shady Oak CT" is a court, "3rd FL" a floor) is a
  // state only after a common type or before a postal code typed in capitals ("Oak Ct 46201" is a
  // court); Nebraska's NE, a directional, only before one.
  const typedCode = region === 1 ? words[words.length - postal - 1]!.replace(/\./g, '') : '';
  const code = bare(typedCode);
  const alsoStreetWord = code !== '' && (streetSuffix(code) !== undefined || code === 'FL');
  if ((alsoStreetWord && (!postal || (!lowerLine && typedCode !== code)) && !street.common) || (code && !postal && directional(code, country))) return 0;
  // "1210 N Wells Chicago IL": no type to end the street; the word before the state is its city, and
  // the word before that when it starts city names ("22 Broadway New York NY", "N Wells St Louis MO").
  if (end < 0 && before.filter((word) => !directional(word, country, true)).length >= 2) {
    end = before.length - 2;
    if (end > 0 && CITY_FIRST_WORDS.has(bare(before[end]!)) && !directional(before[end - 1]!, country, true)) end--;
  }
  const city = end < 0 ? [] : before.slice(end + 1);
  if (!city.length && !postal) return 0;
  // A unit or a number among them ("Ste 5 Springfield IL", "Main St 2nd FL") or a common type or a
  // directional ending them ("O Avenue Pl NE") is not a city: the words stay where the street and unit
  // rules put them. Other types end cities ("Mountain View", "Palm Springs", "Cedar Falls").
  const last = city.at(-1);
  if (city.some((word) => /\d/.test(word)) || (last && (COMMON_TYPES.has(streetSuffix(last) ?? '') || directional(last, country)))) return 0;
  return city.length + region + postal + named;
}
