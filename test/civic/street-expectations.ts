// What parseStreetLine should give for the oracle's US and Canadian test addresses.
import { standardSuffix } from '../../src/civic/street-words.js';
import type { StreetParts } from '../../src/civic/street-line.js';

export type StreetCase = { input: string; country: 'US' | 'CA'; parts: StreetParts; unit?: string; houseNumberFound: boolean };

const DIRECTIONS: Record<string, string> = { NORTH: 'N', SOUTH: 'S', EAST: 'E', WEST: 'W' };
const direction = (word: string) => {
  const key = word.replace(/\./g, '').toUpperCase();
  return DIRECTIONS[key] ?? key;
};

function compact(parts: Record<string, string | undefined>): StreetParts {
  return Object.fromEntries(Object.entries(parts).filter(([, v]) => v)) as StreetParts;
}

/** Canadian rows: the street line is the input; the columns are the expected parts. */
export function canadianCase(row: Record<string, string>): StreetCase {
  const result: StreetCase = {
    input: row.street_line!, country: 'CA', houseNumberFound: Boolean(row.HNO),
    parts: compact({ HNO: row.HNO, HNS: row.HNS, PRD: row.direction_prefix, RD: row.street_name, STS: row.street_type, POD: row.direction_suffix }),
  };
  if (row.unit) result.unit = row.unit;
  return result;
}

/**
 * US rows hold whole addresses; the form's street field only gets the street part, so the
 * input is the raw text from the house number up to the place name (recipient, building,
 * city, state and ZIP are other fields). Rows without a house number (PO boxes, rural
 * routes) must say that no house number was found.
 */
export function usCase(row: Record<string, string>): StreetCase {
  const raw = row.raw!.replace(/\s+/g, ' ').trim();
  if (!row.AddressNumber) return { input: raw, country: 'US', houseNumberFound: false, parts: {} };
  let start = raw.indexOf(`${row.AddressNumber} `);
  let text = raw.slice(start);
  if (row.PlaceName) {
    const end = text.lastIndexOf(row.PlaceName);
    if (end > 0) text = text.slice(0, end);
  }
  if (row.BuildingName) text = text.replace(row.BuildingName, '');
  text = text.replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
  start = 0;
  const number = /^(\d+)-?([A-Za-z])$/.exec(row.AddressNumber);
  const rd = [row.StreetNamePreType, row.StreetName].filter(Boolean).join(' ');
  const sts = row.StreetNamePostType ? standardSuffix(row.StreetNamePostType) : undefined;
  const units = [row.OccupancyType, row.OccupancyIdentifier].filter(Boolean) as string[];
  const unitText = units.length
    ? units.map((u) => ({ u, at: text.lastIndexOf(u) })).sort((a, b) => a.at - b.at).map((x) => x.u).join(' ')
    : undefined;
  const result: StreetCase = {
    input: text, country: 'US', houseNumberFound: true,
    parts: compact({
      HNO: number ? number[1] : row.AddressNumber,
      HNS: number ? number[2] : row.AddressNumberSuffix,
      PRD: row.StreetNamePreDirectional && direction(row.StreetNamePreDirectional),
      RD: rd,
      STS: sts,
      POD: row.StreetNamePostDirectional && direction(row.StreetNamePostDirectional),
    }),
  };
  // A unit is only in the street line when the raw text has it after the street.
  if (unitText && text.includes(units[0]!)) result.unit = unitText;
  return result;
}

/** Compares case-insensitively for STS only (its case follows the user's typing). */
export function sameParts(actual: StreetParts, expected: StreetParts): boolean {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]) as Set<keyof StreetParts>;
  return [...keys].every((key) => key === 'STS'
    ? actual[key]?.toUpperCase() === expected[key]?.toUpperCase()
    : actual[key] === expected[key]);
}
