/**
 * Metamorphic variants of labelled street lines: the rewrites real people make when they type the
 * same address (case, periods, spelled-out or abbreviated words, unit designators, commas, spaces),
 * each with the labels it keeps. Only the corpus's tuning items are ever rewritten.
 */
import type { CorpusItem } from './corpus-score.js';
import { LAYOUTS, WORD_REWRITES, type Layout } from './street-rewrites.js';
import { align, toItem, type Token } from './street-variant-tokens.js';

/** Rewrites combined as people combine them (capitals and periods, a spelled-out type and a comma…). */
const COMBINED: [string, string[], string?][] = [
  ['ALL CAPS + spelled out', ['case: ALL CAPS', 'spelled out (St → Street, N → North)']],
  ['all lower + periods added', ['case: all lower', 'periods added']],
  ['Title Case + abbreviated', ['case: Title Case', 'abbreviated (Street → St, North → N)']],
  ['periods removed + ALL CAPS', ['periods removed', 'case: ALL CAPS']],
  ['periods added + comma before the unit + doubled spaces', ['periods added', 'comma before the unit'], 'doubled spaces'],
  ['Ste. 4 + comma before the unit', ['unit: Ste 4', 'periods added', 'comma before the unit']],
  ['#4 + ALL CAPS + abbreviated', ['unit: #4', 'case: ALL CAPS', 'abbreviated (Street → St, North → N)']],
  ['abbreviated + dotted directional (Northwest → N.W.)', ['abbreviated (Street → St, North → N)', 'dotted directional (N.W.)']],
  ['ALL CAPS + comma before the unit, no space after it', ['case: ALL CAPS', 'comma before the unit'], 'no space after commas'],
  ['all lower + Suite 4 + spelled out', ['case: all lower', 'unit: Suite 4', 'spelled out (St → Street, N → North)']],
  ['dotted directional + comma before the post-directional', ['dotted directional (N.W.)', 'comma before the post-directional']],
  ['spelled out + comma before the unit + space around commas', ['spelled out (St → Street, N → North)', 'comma before the unit'], 'space around commas'],
];

export type Variant = { kind: string; original: CorpusItem; item: CorpusItem };

/** The rewrites of words, and of the spaces and commas between them, by name. */
export const WORD_KINDS = Object.keys(WORD_REWRITES);
export const LAYOUT_KINDS = Object.keys(LAYOUTS);

/**
 * The line retyped by the word rewrites in turn (each that changes nothing is passed over), then
 * laid out; undefined when nothing changed or the words cannot be told apart.
 */
export function retyped(item: CorpusItem, names: readonly string[], layout?: string): CorpusItem | undefined {
  const aligned = align(item);
  if (!aligned) return undefined;
  const tokens = names.reduce((acc, name) => {
    const { rewrite, applies } = WORD_REWRITES[name]!;
    return (!applies || applies(aligned)) ? rewrite(acc, aligned) ?? acc : acc;
  }, aligned.tokens);
  const how = layout ? LAYOUTS[layout] : undefined;
  const end = how?.end ? how.end(aligned.end) ?? aligned.end : aligned.end;
  const made = toItem(aligned, tokens, how?.join, end);
  return made.line === item.line ? undefined : made;
}

/** Every rewrite kind by name, alone and combined, in report order. */
export const VARIANT_KINDS = [...Object.keys(WORD_REWRITES), ...Object.keys(LAYOUTS), ...COMBINED.map(([name]) => name)];

/** The variants of one labelled line, one per rewrite kind that applies to it and changes it. */
export function variantsOf(item: CorpusItem): Variant[] {
  const aligned = align(item);
  if (!aligned) return [];
  const out: Variant[] = [];
  const add = (kind: string, tokens: Token[] | undefined, layout?: Layout) => {
    if (!tokens) return;
    const end = layout?.end ? layout.end(aligned.end) : aligned.end;
    if (end === undefined) return;
    const made = toItem(aligned, tokens, layout?.join, end);
    if (made.line !== item.line) out.push({ kind, original: item, item: made });
  };
  // A combination counts only where every rewrite in it changes something.
  const apply = (names: string[]) => names.reduce<Token[] | undefined>((acc, name) => {
    const { rewrite, applies } = WORD_REWRITES[name]!;
    return acc && (!applies || applies(aligned)) ? rewrite(acc, aligned) : undefined;
  }, aligned.tokens);
  for (const [kind, { rewrite, applies }] of Object.entries(WORD_REWRITES)) {
    if (!applies || applies(aligned)) add(kind, rewrite(aligned.tokens, aligned));
  }
  for (const [kind, layout] of Object.entries(LAYOUTS)) add(kind, aligned.tokens, layout);
  for (const [kind, names, layout] of COMBINED) {
    add(kind, apply(names), layout ? LAYOUTS[layout] : undefined);
  }
  return out;
}
