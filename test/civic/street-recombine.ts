/**
 * Street lines composed from the tuning lines' labelled parts: one line's structure (its parts,
 * the punctuation between them, its case) with one slot filled by another line's part as typed
 * (a name, a type word, a directional, a unit, a house number and its suffix). The expected split
 * is the template's labels with that slot replaced. Only the corpus's tuning items are ever used.
 */
import { COMMON_TYPES, directional, ROUTE_WORDS, standardSuffix, streetSuffix } from '../../src/civic/street-words.js';
import type { CorpusItem } from './corpus-score.js';
import { align, isLower, isUpper, toItem, type Aligned, type Role, type Token } from './street-variant-tokens.js';

export type SlotKind = 'house number' | 'pre-directional' | 'name' | 'type' | 'post-directional' | 'unit' | 'unit added';
export const SLOT_KINDS: readonly SlotKind[] = ['house number', 'pre-directional', 'name', 'type', 'post-directional', 'unit', 'unit added'];
const ROLES: Record<SlotKind, readonly Role[]> = {
  'house number': ['HNO', 'HNS', 'HOUSE'], 'pre-directional': ['PRD'], name: ['RD'], type: ['STS'], 'post-directional': ['POD'], unit: ['UNIT'], 'unit added': ['UNIT'],
};

export type Recombined = { kind: SlotKind; template: CorpusItem; donor: CorpusItem; item: CorpusItem };

/** Unit designators of USPS Pub 28 C2 and the ones people add: a unit that starts with one says what it is wherever it goes. */
const DESIGNATORS = /^(?:#.*|APT|APARTMENT|APTS|STE|SUITE|SUITES|UNIT|UNITS|RM|ROOM|FL|FLR|FLOOR|BLDG|BUILDING|DEPT|LOT|SPC|SPACE|TRLR|PMB|MSC|BOX|CONDO|NO|NUMBER|PH|REAR|BSMT|LOWER|UPPER|FRNT|FRONT|OFC|OFFICE|SLIP|PIER|HNGR|STOP|TOWER|WING)$/;
const bareWord = (text: string) => text.replace(/[.,:()]/g, '').toUpperCase();
const isNumber = (text: string) => /^\d+(?:[-/]\d+)?[A-Z]?$/i.test(text.replace(/\.$/, ''));
/** A word that also ends a street: a USPS type word or a directional ("Grove", "Park", "North"). */
const endsStreet = (text: string) => streetSuffix(text) !== undefined || directional(text, 'US', true) !== undefined;

/**
 * Why the combination says two things at once (and is skipped), or undefined. The rules:
 * 1. parts stay within their country (Canadian types, units and directionals differ): donors are
 *    drawn from lines of the template's country only;
 * 2. a name slotted where no type follows must end in a word that is only a name's: not a type
 *    word, a directional or a number ("123 N Cedar Ridge" could be Cedar + Ridge, "123 Main 400"
 *    a unit); a "So"/"No" is a directional only after a type or a number ("9258 E Post Oak No",
 *    "193 Braybrook No" read as names), whichever slot brings it; a name must not start with a
 *    directional where no pre-directional precedes it ("123 North Shore" could be N + Shore), nor
 *    with one that makes a single direction with the pre-directional ("203 N. West Side" reads
 *    NW Side), nor with a lone letter or a number right after a plain house number ("505 A W
 *    Grimes": the number's letter?; "223 400 North Frontage": a unit, then the number?);
 * 3. a name that ends in a number or a lone letter ("Hwy 50", "Avenue H") takes no type after it;
 *    a name that is a directional alone goes only before a common type ("West St"; "West Park"
 *    reads W Park); a name of one letter or a directional, then a type and a one-letter
 *    post-directional, with no pre-directional, reads as a lettered avenue ("500 South St S" as
 *    "N Avenue N");
 * 4. a unit without a designator ("410", "B", "TPN 13A") goes after a space only where the street
 *    ends with a type word or a directional ("Grand Ave 410": after a name it reads as the
 *    name's), and does not start with a directional or a type word there ("Main St West Hall");
 *    nor after a name that is a directional alone ("7322 SW Freeway 3500" reads as SW + "Freeway
 *    3500", like "E Avenue 64") or a street with a route word ("Gravenstein Hwy N 10": the route's
 *    number?); after a "No"/"So" post-directional a unit starting with a number reads as "No. 41";
 * 5. a house number's letter typed apart ("4922 B") goes only before a name that starts with a
 *    word of two letters or more, not a number ("4922 B South Cornell"): before a lone letter, a
 *    type or a number it is the street ("1620 L St", "4715 F 41").
 */
function ambiguity(kind: SlotKind, made: readonly Token[]): string | undefined {
  const of = (role: Role) => made.filter((t) => t.role === role);
  const name = of('RD');
  // A street labelled as one run ("STREET") marks its type and directionals by slot.
  const street = made.filter((t) => ['PRD', 'RD', 'STS', 'POD', 'STREET'].includes(t.role));
  const hasType = of('STS').length > 0 || street.some((t) => t.slot === 'type');
  const hasPod = of('POD').length > 0 || (street.length > 1 && street.at(-1)!.slot === 'dir');
  const prd = of('PRD').map((t) => t.text).join('');
  const firstName = name[0]?.text ?? '';
  if ((kind === 'name' || kind === 'pre-directional') && prd && ((/^[NS]\.?$/i.test(prd) && /^(?:E|W|EAST|WEST)$/i.test(firstName)) || /^(?:EAST|WEST|NORTH|SOUTH)$/i.test(firstName))) {
    return 'name starts with a directional that makes one with the pre-directional';
  }
  // "193 Braybrook No": after a name word (not a type, not a grid number) "No" and "So" are words.
  const pod = of('POD').at(-1);
  const beforePod = pod && made[made.indexOf(of('POD')[0]!) - 1];
  if ((kind === 'name' || kind === 'post-directional') && pod && /^[NS]o\.?$/i.test(pod.text) && beforePod?.role === 'RD' && !/^\d+$/.test(beforePod.text)) return 'a "So"/"No" right after a name';
  if (kind === 'name' || kind === 'type') {
    const last = name.at(-1)?.text ?? '';
    const first = name[0]?.text ?? '';
    if (kind === 'name') {
      if (!hasType && (endsStreet(last) || isNumber(last))) return 'name ends in a type word, a directional or a number, and no type follows';
      if (!prd && name.length > 1 && directional(first, 'US', true)) return 'name starts with a directional, and no pre-directional precedes it';
      const plainNumber = !of('HNS').length && !of('HOUSE').length;
      if (!prd && plainNumber && ((name.length > 1 && /^[A-Z]$/i.test(first)) || /^\d+$/.test(first))) return 'name starts with a lone letter or a number after a plain house number';
    }
    const oneLetterPod = /^[NSEW]\.?$/i.test(of('POD').map((t) => t.text).join(''));
    if (!prd && hasType && oneLetterPod && name.length === 1 && (/^[A-Z]$/i.test(first) || directional(first, 'US'))) return 'a lettered avenue: a letter or a directional, a type and a one-letter post-directional';
    if (kind === 'name' && hasType && name.length > 1 && (isNumber(last) || /^[A-Z]\.?$/i.test(last))) return 'a route or lettered name takes no type';
    if (hasType && name.length === 1 && directional(first, 'US', true) && !COMMON_TYPES.has(streetSuffix(of('STS')[0]!.text) ?? '')) return 'a name that is a directional alone before an uncommon type';
  }
  const unit = of('UNIT');
  if (unit.length && unit[0]!.sep === ' ') {
    const designated = DESIGNATORS.test(bareWord(unit[0]!.text)) || /^(?:APT|STE|UNIT|SUITE|RM|FL|BLDG|LOT|SPC|NO)\.?#?\d/i.test(unit[0]!.text);
    const lastStreet = street.at(-1)?.text ?? '';
    const floor = unit.length === 2 && /^(?:FL|FLR|FLOOR|LEVEL)$/.test(bareWord(unit[1]!.text));
    if (!designated && !floor && !(hasType || hasPod || endsStreet(lastStreet))) return 'a unit without a designator after a name';
    if (!designated && endsStreet(unit[0]!.text)) return 'a unit that starts with a directional or a type word after a space';
    // "7322 SW Freeway 3500" (SW + "Freeway 3500", as "E Avenue 64"); "Gravenstein Hwy N 10", "Hwy 15 N 3R" (the route's number?).
    const nameWords = street.filter((t) => t.role === 'RD' || (t.role === 'STREET' && !t.slot));
    if (!designated && nameWords.length <= 1 && nameWords.every((t) => directional(t.text, 'US', true))) return 'a unit without a designator after a name that is a directional alone';
    if (!designated && street.some((t) => ROUTE_WORDS.has(bareWord(t.text)))) return 'a unit without a designator after a route word';
  }
  if (unit.length && /^\d/.test(unit[0]!.text) && /^[NS]o\.?$/i.test(of('POD').at(-1)?.text ?? '')) return 'a unit starting with a number after a "No"/"So" post-directional';
  {
    const letter = of('HNS')[0];
    const first = street.find((t) => t.role !== 'PRD' && t.slot !== 'dir');
    if (letter && /^[A-Z]$/i.test(letter.text) && (!first || first.role === 'STS' || first.slot === 'type' || /^[A-Z]\.?$/i.test(first.text) || isNumber(first.text) || standardSuffix(first.text))) return 'a letter typed apart before a lone letter, a number or a type';
  }
  return undefined;
}

/** The donor's words in the template's case: capitals or lower case as the template is typed, a line in capitals set in Title Case in a mixed-case template. */
function inCase(tokens: readonly Token[], template: string, donor: string): Token[] {
  const style = (text: string) => {
    if (isUpper(template)) return text.toUpperCase();
    if (isLower(template)) return text.toLowerCase();
    if (!isUpper(donor) || /\d/.test(text) || directional(text, 'US') || /^#/.test(text)) return text;
    return text.charAt(0) + text.slice(1).toLowerCase();
  };
  return tokens.map((t) => ({ ...t, text: style(t.text) }));
}

/** The template's tokens with one slot's words replaced by (or, for "unit added", followed by) the donor's. */
function fill(kind: SlotKind, template: Aligned, donor: Aligned): Token[] | undefined {
  const roles = ROLES[kind];
  const given = donor.tokens.filter((t) => roles.includes(t.role));
  const at = template.tokens.findIndex((t) => roles.includes(t.role));
  if (!given.length || (kind === 'unit added') !== (at < 0)) return undefined;
  const words = inCase(given, template.item.line, donor.item.line);
  // Added where the template has none, the unit keeps the separator it was typed after (", west hall").
  if (kind === 'unit added') return [...template.tokens, ...words];
  const length = template.tokens.filter((t) => roles.includes(t.role)).length;
  const placed = [{ ...words[0]!, sep: template.tokens[at]!.sep }, ...words.slice(1)];
  return [...template.tokens.slice(0, at), ...placed, ...template.tokens.slice(at + length)];
}

/** The labels of the combination: the template's, with the donor's for the slot (the words of the name, the unit and the number are read off the tokens). */
function labels(kind: SlotKind, template: CorpusItem, donor: CorpusItem): CorpusItem {
  const expect = { ...template.expect };
  if (kind === 'house number') {
    expect.HNO = donor.expect.HNO;
    if (donor.expect.HNS) expect.HNS = donor.expect.HNS;
    else delete expect.HNS;
  }
  if (kind === 'pre-directional') expect.PRD = donor.expect.PRD;
  if (kind === 'post-directional') expect.POD = donor.expect.POD;
  if (kind === 'type') expect.STS = donor.expect.STS;
  return { ...template, expect };
}

/** mulberry32: a small seeded generator, so the figures are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Recombination = { made: Recombined[]; skipped: Map<SlotKind, Map<string, number>> };

/** The template with one slot filled by the donor's, and its labels; `{ skipped }` with the rule's reason when the line says two things. */
function compose(kind: SlotKind, template: Aligned, donor: Aligned): { item: CorpusItem } | { skipped: string } | undefined {
  const tokens = fill(kind, template, donor);
  if (!tokens) return undefined;
  const why = ambiguity(kind, tokens);
  if (why) return { skipped: why };
  const item = toItem({ ...template, item: labels(kind, template.item, donor.item) }, tokens);
  return item.line === template.item.line ? undefined : { item: { ...item, source: `${template.item.source} + ${donor.item.source}` } };
}

/** One combination of two labelled lines (for tests): the line made, the skip rule's reason, or undefined when the slot is not in both. */
export function combine(kind: SlotKind, template: CorpusItem, donor: CorpusItem): CorpusItem | string | undefined {
  const [a, b] = [align(template), align(donor)];
  const made = a && b ? compose(kind, a, b) : undefined;
  return made && ('skipped' in made ? made.skipped : made.item);
}

/**
 * Up to `perSlot` combinations per template and slot kind, each with a donor drawn at random (fixed
 * seed) among the lines of the same country that have that slot. `items` must be tuning lines the
 * parser splits right as typed (template and donor alike).
 */
export function recombine(items: readonly CorpusItem[], perSlot = 3, seed = 14): Recombination {
  const random = seeded(seed);
  const all = items.filter((item) => item.part === 'tuning').map(align).filter((a): a is Aligned => a !== undefined);
  // Lines labelled part by part lend and take every slot; lines whose street is labelled as one run
  // only their house number and unit.
  const partwise = all.filter((a) => a.item.expect.street === undefined);
  const made: Recombined[] = [];
  const skipped = new Map<SlotKind, Map<string, number>>(SLOT_KINDS.map((kind) => [kind, new Map()]));
  const seen = new Set<string>();
  for (const kind of SLOT_KINDS) {
    const roles = ROLES[kind];
    const donorsBy = new Map<string, Aligned[]>();
    const aligned = ['house number', 'unit', 'unit added'].includes(kind) ? all : partwise;
    for (const a of aligned) if (a.tokens.some((t) => roles.includes(t.role))) donorsBy.set(a.item.country, [...donorsBy.get(a.item.country) ?? [], a]);
    for (const template of aligned) {
      const donors = donorsBy.get(template.item.country) ?? [];
      for (let k = 0; k < perSlot && donors.length > 1; k++) {
        const donor = donors[Math.floor(random() * donors.length)]!;
        const result = donor === template ? undefined : compose(kind, template, donor);
        if (!result) continue;
        if ('skipped' in result) {
          const reasons = skipped.get(kind)!;
          reasons.set(result.skipped, (reasons.get(result.skipped) ?? 0) + 1);
        } else if (!seen.has(`${kind}|${result.item.line}`)) {
          seen.add(`${kind}|${result.item.line}`);
          made.push({ kind, template: template.item, donor: donor.item, item: result.item });
        }
      }
    }
  }
  return { made, skipped };
}
