/** The words of a labelled street line and what each is in the labels: what the variants rewrite. */
import { directional, standardSuffix, streetSuffix } from '../../src/civic/street-words.js';
import type { CorpusItem } from './corpus-score.js';

export type Role = 'HNO' | 'HNS' | 'HOUSE' | 'PRD' | 'RD' | 'STS' | 'POD' | 'STREET' | 'UNIT';
/** One typed word, what it is in the labels, and what came before it (a space, a comma). */
/** `label`: the word as a street labelled as one run compares it ("So" is compared as "S"). */
export type Token = { text: string; role: Role; sep: string; slot?: 'dir' | 'type'; glued?: boolean; label?: string };
export type Aligned = { item: CorpusItem; tokens: Token[]; end: string };

const upperWords = (text: string | undefined) => (text ?? '').replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
export const noDot = (text: string) => text.replace(/\.$/, '');
export const isUpper = (text: string) => text === text.toUpperCase();
export const isLower = (text: string) => text === text.toLowerCase();

/** Splits a line into words, keeping the commas as separators before the next word. */
function tokenize(line: string): { texts: string[]; seps: string[]; end: string } | undefined {
  const texts: string[] = [];
  const seps: string[] = [];
  let sep = '';
  for (const match of line.matchAll(/([^\s,]+)|(\s*,\s*)|(\s+)/g)) {
    if (match[1]) {
      texts.push(match[1]);
      seps.push(texts.length === 1 ? '' : sep || ' ');
      sep = '';
    } else if (match[2]) sep = ', ';
  }
  return texts.length ? { texts, seps, end: sep ? ',' : '' } : undefined;
}

/** Which words of the line are the house number, each street part and the unit, or undefined when they cannot be told. */
export function align(item: CorpusItem): Aligned | undefined {
  if (/[;|/:()-]/.test(item.line.replace(/^[\w]+-[\w]+ /, ''))) return undefined;
  const typed = tokenize(item.line);
  if (!typed) return undefined;
  const { texts, seps } = typed;
  const roles: Role[] = [];
  const e = item.expect;
  let i = 0;
  const take = (count: number, role: Role) => {
    for (let k = 0; k < count; k++) roles[i + k] = role;
    i += count;
  };
  const hno = e.HNO ?? '';
  const hnoWords = hno.split(' ').length;
  if (!hno) return undefined;
  if (texts.slice(0, hnoWords).join(' ') === hno) {
    take(hnoWords, 'HNO');
    if (e.HNS && texts[i]?.toUpperCase() === e.HNS.toUpperCase()) take(1, 'HNS');
    else if (e.HNS) return undefined;
  } else if (e.HNS && texts[0]!.replace('-', '').toUpperCase() === `${hno}${e.HNS}`.toUpperCase()) {
    take(1, 'HOUSE');
  } else return undefined;
  const run = (text: string, role: Role) => {
    const count = text.split(' ').length;
    if (noDot(texts.slice(i, i + count).join(' ')) !== noDot(text)) return false;
    take(count, role);
    return true;
  };
  const direction = (label: string, role: Role) => {
    const one = texts[i] === undefined ? undefined : directional(texts[i]!, item.country, true);
    if (one === label) return take(1, role), true;
    const two = `${texts[i] ?? ''}${texts[i + 1] ?? ''}`.replace(/\./g, '').toUpperCase();
    if (two === label && label.length === 2) return take(2, role), true;
    return false;
  };
  if (e.street !== undefined) {
    if (!run(e.street, 'STREET')) return undefined;
  } else {
    if (e.PRD && !direction(e.PRD, 'PRD')) return undefined;
    if (e.RD && !run(e.RD, 'RD')) return undefined;
    if (e.STS) {
      const label = streetSuffix(e.STS) ?? noDot(e.STS).toUpperCase();
      const word = texts[i];
      if (word === undefined || (streetSuffix(word) ?? noDot(word).toUpperCase()) !== label) return undefined;
      take(1, 'STS');
    }
    if (e.POD && !direction(e.POD, 'POD')) return undefined;
  }
  const unit = texts.slice(i);
  if (upperWords(unit.join(' ')) !== upperWords(item.unit)) return undefined;
  take(unit.length, 'UNIT');
  const tokens: Token[] = texts.map((text, k) => ({ text, role: roles[k]!, sep: seps[k]! }));
  for (const token of tokens) {
    if (token.role === 'PRD' || token.role === 'POD') token.slot = 'dir';
    if (token.role === 'STS') token.slot = 'type';
  }
  // A street labelled as one run: its first and last words may be its directionals, its last (or the one before a directional) its type.
  const street = tokens.filter((token) => token.role === 'STREET');
  if (street.length >= 2 && item.country === 'US') {
    const last = street.at(-1)!;
    const apart = (a: Token, b: Token) => /^[NS]\.?$/i.test(a.text) && /^[EW]\.?$/i.test(b.text);
    if (directional(street[0]!.text, 'US') && !apart(street[0]!, street[1]!)) street[0]!.slot = 'dir';
    if (directional(last.text, 'US') && street.length >= 3 && !apart(street.at(-2)!, last)) last.slot = 'dir';
    const type = last.slot ? street.at(-2)! : last;
    if (type !== street[0] && standardSuffix(type.text) && !type.slot) type.slot = 'type';
  }
  return { item, tokens, end: typed.end };
}

/** The line the tokens spell, and the labels they carry. */
export function toItem(aligned: Aligned, tokens: readonly Token[], join = (t: Token, k: number) => (k ? t.sep : '') + t.text, end = aligned.end): CorpusItem {
  // A directional typed apart ("S E") stays one word in a street labelled as one run.
  const of = (...roles: Role[]) => tokens.filter((t) => roles.includes(t.role)).map((t, k) => (k && !t.glued ? ' ' : '') + (t.label ?? t.text)).join('');
  const e = aligned.item.expect;
  const expect: CorpusItem['expect'] = {};
  const house = tokens.find((t) => t.role === 'HOUSE');
  if (house) {
    const digits = /^\d+/.exec(house.text)![0];
    expect.HNO = digits;
    expect.HNS = house.text.slice(digits.length).replace(/^-/, '');
  } else {
    expect.HNO = of('HNO');
    if (e.HNS) expect.HNS = of('HNS');
  }
  if (e.street !== undefined) expect.street = of('STREET');
  else {
    for (const key of ['PRD', 'STS', 'POD'] as const) if (e[key]) expect[key] = e[key];
    if (e.RD) expect.RD = of('RD');
  }
  const unit = of('UNIT');
  const variant: CorpusItem = { ...aligned.item, line: tokens.map(join).join('') + end, expect };
  if (unit) variant.unit = unit;
  else delete variant.unit;
  return variant;
}

