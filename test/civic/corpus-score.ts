/** Scores parseStreetLine against the labelled street-line corpus (test/fixtures/street-lines/). */
import type { ParsedStreetLine, StreetParts } from '../../src/civic/street-line.js';
import { directional, streetSuffix } from '../../src/civic/street-words.js';

export type CorpusItem = {
  /** `street`: the source labels the whole street as one name, so only the parts joined are compared. */
  line: string; country: string; expect: StreetParts & { street?: string }; unit?: string;
  part: 'tuning' | 'held-out'; source: string;
};
export type CorpusScore = { total: number; passed: number; misses: string[] };

const words = (text: string | undefined) => (text ?? '').replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
const noDot = (text: string | undefined) => (text ?? '').replace(/\.$/, '');
/** Suffixes are compared by their USPS standard form ("Street" = "ST"), so the parser may normalise them. */
const suffix = (text: string | undefined) => (text === undefined ? '' : streetSuffix(text) ?? words(noDot(text)));

/** A whole street in comparable words: "South King Street" and "S King St" both give "S KING ST". */
const street = (text: string, country: string) => words(text).split(' ')
  .map((word) => directional(word, country) ?? streetSuffix(word) ?? noDot(word)).join(' ');

/** Why the parse differs from the labels, or '' when it is exactly right. */
export function difference(item: CorpusItem, got: ParsedStreetLine): string {
  if (!got.houseNumberFound) return 'no house number found';
  const e = item.expect;
  const p = got.parts;
  const whole = [p.PRD, p.RD, p.STS, p.POD].filter(Boolean).join(' ');
  const checks: [string, boolean][] = e.street === undefined ? [
    ['PRD', words(p.PRD) === words(e.PRD)],
    ['RD', noDot(p.RD) === noDot(e.RD)],
    ['STS', suffix(p.STS) === suffix(e.STS)],
    ['POD', words(p.POD) === words(e.POD)],
  ] : [['street', street(whole, item.country) === street(e.street, item.country)]];
  checks.push(
    ['HNO', (p.HNO ?? '') === (e.HNO ?? '')],
    ['HNS', words(p.HNS) === words(e.HNS)],
    ['unit', words(got.unit) === words(item.unit)],
  );
  return checks.filter(([, ok]) => !ok).map(([name]) => name).join(' ');
}

export function scoreCorpus(items: readonly CorpusItem[], parse: (line: string, country: string) => ParsedStreetLine): CorpusScore {
  const misses: string[] = [];
  for (const item of items) {
    const got = parse(item.line, item.country);
    const diff = difference(item, got);
    if (diff) misses.push(`${diff} | ${item.line} → ${JSON.stringify({ ...got.parts, unit: got.unit })} expected ${JSON.stringify({ ...item.expect, unit: item.unit })}`);
  }
  return { total: items.length, passed: items.length - misses.length, misses };
}

/** The labelled corpus, as a test page fetches it. `typed: false` marks a source of official address records. */
export async function fetchCorpus(): Promise<{ sources: { typed?: boolean }[]; items: CorpusItem[] }> {
  const response = await fetch(new URL('../fixtures/street-lines/corpus.json', import.meta.url));
  return (await response.json()) as { sources: { typed?: boolean }[]; items: CorpusItem[] };
}

/**
 * The tuning lines the parser splits right as typed: what the retyped and recombined lines are made
 * from. Held-out lines are never reused: they measure lines the rules were not fitted to.
 */
export function tuningSplitRight(items: readonly CorpusItem[], parse: (item: CorpusItem) => ParsedStreetLine): CorpusItem[] {
  return items.filter((item) => item.part === 'tuning' && difference(item, parse(item)) === '');
}
