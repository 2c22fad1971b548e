/** Rows of the street-line table tests: a line, the parts it should split into, what should go to the unit. */
import { expect } from '@open-wc/testing';
import { parseStreetLine, type StreetParts } from '../../src/civic/index.js';

export type Row = [line: string, parts: StreetParts, unit?: string];

/** Compares STS without regard to case: it follows the case the line was typed in. */
export function expectSplit(line: string, country: string, parts: StreetParts, unit: string | undefined): void {
  const got = parseStreetLine(line, { country });
  const upper = (p: StreetParts) => ({ ...p, ...(p.STS ? { STS: p.STS.toUpperCase() } : {}) });
  expect(upper(got.parts), line).to.deep.equal(upper(parts));
  expect(got.unit, line).to.equal(unit);
  expect(got.houseNumberFound, line).to.equal(parts.HNO !== undefined);
}

/** One `it` per category: every row of it splits as written. */
export function describeCategories(categories: Record<string, Row[]>, country = 'US'): void {
  for (const [category, rows] of Object.entries(categories)) {
    it(`splits ${category}`, () => {
      for (const [line, parts, unit] of rows) expectSplit(line, country, parts, unit);
    });
  }
}
