/** The house number at the start of a street line: digits, letters, ranges, grid numbers, spelled-out numbers. */
import { directional, standardSuffix, streetSuffix } from './street-words.js';

export type HouseNumber = { HNO: string; HNS?: string; length: number; unit?: string };

const NUMBER = /^\d+$/;
const NUMBER_LETTER = /^(\d+)-?([A-Za-z])$/;           // 123A, 123-B
const HYPHENATED = /^(\d+-\d+)([A-Za-z]?)$/;            // 59-17 (Queens), 94-050A (Hawaii: A is the suffix), 1090-1092 (a range)
const CANADIAN_UNIT_CIVIC = /^(#?[A-Za-z0-9]{1,5})-(\d+)([A-Za-z]?)$/;  // 4-1200 Bay St, #4-1200, 12-345A: unit 4 at civic number 1200
const FRACTION = /^(?:\d+\/\d+|[½¼¾⅓⅔])$/;               // 123 1/2, 123 ½
const WITH_FRACTION = /^(\d+)(?:-(\d\/\d)|([½¼¾⅓⅔]))$/;      // 123-1/2, 123½: the half is the suffix
const GRID = /^[NSEW]\d+$/i;                             // Wisconsin grid, two words: N165 W2123
const GRID_ONE_WORD = /^(?:[NSEW]\d+-?[NSEW]|\d+[NSEW])\d+$/i; // Wisconsin grid, one word: W156N11500, N56-W16865; Illinois's DuPage County: 27W150
const LETTER_NUMBER = /^[A-DF-MO-RT-VX-Z]\d+$/i;         // A1075 (a letter that is not a direction)
const LONE_LETTER = /^[A-Za-z]$/;
const ORDINAL = /^\d+(?:ST|ND|RD|TH)$/i;
/** Building numbers written out ("One Jelly Belly Lane", "Two N. Riverside Plaza"), kept as typed. */
const SPELLED = new Set(['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN',
  'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN', 'TWENTY', 'THIRTY', 'FORTY',
  'FIFTY', 'SIXTY', 'SEVENTY', 'EIGHTY', 'NINETY', 'HUNDRED']);

/** "I St SE": what follows is only a suffix (and a directional), so the letter is the street's name. */
function onlySuffixLeft(tokens: readonly string[], country: string): boolean {
  const [type, direction, ...more] = tokens;
  if (type === undefined || more.length) return false;
  return standardSuffix(type) !== undefined && (direction === undefined || directional(direction, country) !== undefined);
}

/** Short words that continue a name after a letter ("P de Leon Blvd", "C and N Smith Mill Rd"). */
const PARTICLES = new Set(['DE', 'DEL', 'LA', 'LE', 'AND', '&', 'OF', 'DU', 'VAN', 'VON', 'ST', 'ST.']);

/**
 * US: a lone letter after the number is its suffix ("4922 B South Cornell Ave") when a name
 * follows it; it is the street itself before a type, a number or another letter ("1620 L Street",
 * "4715 F 41", "13011 T I Blvd"). "I" is the Interstate; "O" starts an Irish name typed without
 * its apostrophe ("O Farrell St"), and no house number is lettered O (it reads as a zero).
 */
function isLetterSuffix(letter: string, after: readonly string[]): boolean {
  const [next] = after;
  if (!LONE_LETTER.test(letter) || /^[io]$/i.test(letter) || directional(letter, 'US') || next === undefined) return false;
  // "123 A S Main St": a compass letter, then a name that is not a type, follow the suffix.
  const [, name] = after;
  if (/^[NSEW]\.?$/i.test(next) && name !== undefined && standardSuffix(name) === undefined
    && !LONE_LETTER.test(name.replace(/\.$/, '')) && (!/\d/.test(name) || ORDINAL.test(name))) return true;
  // "457 B 21st St": no street is named by a letter and an ordinal; the letter is the number's.
  if (ORDINAL.test(next)) return true;
  if (/\d/.test(next) || LONE_LETTER.test(next.replace(/\.$/, '')) || PARTICLES.has(next.toUpperCase())) return false;
  // A type misspelled is still a type ("100 F Bkvd", "2000 A Pakway": the letter is the street).
  return streetSuffix(next) === undefined || (after.length > 1 && directional(next, 'US') !== undefined);
}

/**
 * The house number at the start of the tokens (how many tokens it took), or undefined.
 * `street` are the tokens of the street without any unit typed after it. In Canada a lone
 * letter after the number ("623 A KENT RD", Winnipeg's style) is its suffix and "4-1200" is
 * unit 4 at number 1200; in the US a lone letter is the street's name ("1620 L Street").
 */
export function leadingHouseNumber(tokens: readonly string[], country?: string, street: readonly string[] = tokens): HouseNumber | undefined {
  const [first, second] = tokens;
  if (first === undefined) return undefined;
  const more = tokens.length > 1;
  // "4 - 1200 Bay St": Canada's unit-civic form typed with spaces around the hyphen. Calgary's
  // "1234 - 4 St NE" is civic 1234 on 4 Street: only a type (and a side) follows the second number.
  const civic = tokens[2];
  if (country === 'CA' && second === '-' && civic !== undefined && tokens.length > 3 && /^#?[A-Za-z0-9]{1,5}$/.test(first)
    && /^\d+[A-Za-z]?$/.test(civic)) {
    if (NUMBER.test(first) && onlySuffixLeft(tokens.slice(3), country)) return { HNO: first, length: 2 };
    return { HNO: civic, length: 3, unit: first };
  }
  // "12 - 14 Main St", "12 & 14 Main St": a building on two or more numbers, kept as typed.
  if (NUMBER.test(first) && (second === '&' || (second === '-' && Number(civic) > Number(first))) && civic !== undefined
    && NUMBER.test(civic) && tokens.length > 3) {
    return { HNO: `${first} ${second} ${civic}`, length: 3 };
  }
  if (more && /^\d+&\d+$/.test(first)) return { HNO: first, length: 1 };
  if (NUMBER.test(first)) {
    // A fraction is a suffix only when a street name follows it ("123 1/2 Main St").
    if (second !== undefined && FRACTION.test(second) && tokens.length > 2) return { HNO: first, HNS: second, length: 2 };
    if (country === 'CA' && second !== undefined && street.length > 2 && LONE_LETTER.test(second)
      && !directional(second, country) && !onlySuffixLeft(street.slice(2), country)) {
      return { HNO: first, HNS: second, length: 2 };
    }
    if (country === 'US' && second !== undefined && isLetterSuffix(second, street.slice(2))) return { HNO: first, HNS: second, length: 2 };
    return { HNO: first, length: 1 };
  }
  const fraction = more ? WITH_FRACTION.exec(first) : null;
  if (fraction) return { HNO: fraction[1]!, HNS: fraction[2] ?? fraction[3]!, length: 1 };
  const lettered = NUMBER_LETTER.exec(first);
  if (lettered) return { HNO: lettered[1]!, HNS: lettered[2]!, length: 1 };
  const unitCivic = country === 'CA' ? CANADIAN_UNIT_CIVIC.exec(first) : null;
  if (unitCivic && more) {
    // "10-123 1/2 Main St NW": Canada Post's unit-civic form with a half civic number.
    if (second !== undefined && FRACTION.test(second) && tokens.length > 2) return { HNO: unitCivic[2]!, HNS: second, length: 2, unit: unitCivic[1]! };
    return { HNO: unitCivic[2]!, ...(unitCivic[3] ? { HNS: unitCivic[3] } : {}), length: 1, unit: unitCivic[1]! };
  }
  const hyphenated = HYPHENATED.exec(first);
  if (hyphenated) return { HNO: hyphenated[1]!, ...(hyphenated[2] ? { HNS: hyphenated[2] } : {}), length: 1 };
  if (GRID.test(first) && second !== undefined && GRID.test(second)) return { HNO: `${first} ${second}`, length: 2 };
  if (more && (GRID_ONE_WORD.test(first) || LETTER_NUMBER.test(first))) return { HNO: first, length: 1 };
  // Rural Wisconsin numbers on one axis only ("N1234 County Rd K", "W5678 State Road 59"): a name must follow.
  if (country === 'US' && tokens.length > 2 && GRID.test(first)) return { HNO: first, length: 1 };
  // Typed with a space ("N 1234 County Road K"), three digits or more; not a grid street without its number
  // ("E 500 S"), a numbered street ("E 42 St", "W 125 Street") nor a Mile Road ("W 12 Mile Rd", "N 2 Notch Rd");
  // a highway's number or letter after the type is the Wisconsin line's ("N 1234 Hwy 12", "W 5678 Hwy K").
  const named = tokens[2] !== undefined && /^[A-Z]{2,}/i.test(tokens[2]) && !directional(tokens[2], 'US')
    && !(streetSuffix(tokens[2]) && !/^(?:\d+|[A-Z])$/i.test(tokens[3] ?? ''));
  if (country === 'US' && /^[NSEW]$/i.test(first) && /^\d{3,}$/.test(second ?? '') && named) return { HNO: `${first} ${second}`, length: 2 };
  // "Twenty Second St" is an ordinal street named in words, not number Twenty ("One Fifth Ave" is number One).
  const ordinalName = /^(?:TWEN|THIR|FOR|FIF|SIX|SEVEN|EIGH|NINE)TY$/i.test(first) && /^(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH)$/i.test(second ?? '');
  if (country && tokens.length > 2 && SPELLED.has(first.toUpperCase()) && !ordinalName) return { HNO: first, length: 1 };
  return undefined;
}
