/** The rewrites people make when they type the same street line again, each with the labels it keeps. */
import { STREET_SUFFIXES } from '../../src/civic/data/street-suffixes.js';
import { directional, standardSuffix } from '../../src/civic/street-words.js';
import { isLower, isUpper, noDot, type Aligned, type Token } from './street-variant-tokens.js';

export type Rewrite = (tokens: Token[], aligned: Aligned) => Token[] | undefined;
/** A rewrite of the whole typed text (spaces, commas) after the words are chosen. */
export type Layout = { join?: (t: Token, k: number) => string; end?: (end: string) => string | undefined };

/** "Street", "STREET", "street" after the word it replaces (one letter: after the whole line). */
function styled(word: string, like: string, whole: string): string {
  const model = like.replace(/[^A-Za-z]/g, '').length >= 2 ? like : whole;
  if (isUpper(model) && /[A-Z]/.test(model)) return word.toUpperCase();
  if (isLower(model)) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The words as now typed (after the rewrites before this one). */
const current = (tokens: readonly Token[]) => tokens.map((t) => t.text).join(' ');

const mapText = (fn: (text: string, token: Token, whole: string, apart: boolean) => string | undefined): Rewrite => (tokens) => {
  let changed = false;
  const whole = current(tokens);
  const out = tokens.map((token) => {
    // One of the two letters of a directional typed apart ("S E").
    const apart = token.slot === 'dir' && tokens.filter((t) => t.role === token.role).length > 1;
    const text = fn(token.text, token, whole, apart);
    if (text === undefined || text === token.text) return token;
    changed = true;
    return { ...token, text };
  });
  return changed ? out : undefined;
};

const SPELLED_DIRECTIONS: Record<string, string> = {
  N: 'North', S: 'South', E: 'East', W: 'West', NE: 'Northeast', NW: 'Northwest', SE: 'Southeast', SW: 'Southwest',
};
let spelledTypes: Map<string, string> | undefined;
/** USPS Pub 28's primary name for a standard abbreviation ("ST" → "STREET"). */
function spelledType(standard: string): string | undefined {
  spelledTypes ??= new Map(STREET_SUFFIXES.split('|').map((group) => group.split(' ')).filter((g) => g[1] && g[1].length > g[0]!.length).map((g) => [g[0]!, g[1]!]));
  return spelledTypes.get(standard);
}
const US_ONLY = (aligned: Aligned) => aligned.item.country === 'US';
const bareDir = (text: string) => text.replace(/\./g, '').toUpperCase();
const isAbbreviatedDir = (text: string) => /^(?:[NSEW]|[NS][EW])$/.test(bareDir(text));
const DESIGNATORS = new Set(['APT', 'STE', 'BLDG', 'FL', 'RM', 'DEPT']);

/** The unit as a designator and its identifier ("Apt 4", "#4", "# 4", "Ste. 200"), or undefined. */
function simpleUnit(tokens: readonly Token[]): { designator: string; id: string; at: number; length: number } | undefined {
  const at = tokens.findIndex((t) => t.role === 'UNIT');
  if (at < 0) return undefined;
  const after = tokens.findIndex((t, k) => k > at && t.role !== 'UNIT');
  const unit = tokens.slice(at, after < 0 ? undefined : after).map((t) => t.text);
  const length = unit.length;
  const id = /^(?:[A-Z]?\d+[A-Z]?|\d+-\d+|[A-Z])$/i;
  if (unit.length === 1 && /^#/.test(unit[0]!) && id.test(unit[0]!.slice(1))) return { designator: '#', id: unit[0]!.slice(1), at, length };
  const known = /^(?:#|APT\.?|APARTMENT|STE\.?|SUITE|UNIT)$/i;
  const bareId = unit[1]?.replace(/^#/, '') ?? '';
  if (unit.length === 2 && known.test(unit[0]!) && id.test(bareId) && !(unit[0] === '#' && bareId !== unit[1])) return { designator: unit[0]!, id: bareId, at, length };
  return undefined;
}

function unitForm(form: string): Rewrite {
  return (tokens) => {
    const unit = simpleUnit(tokens);
    // "Apt4" is typed, "AptB" reads as one word; "No." numbers ("Ave No. B" reads as north).
    if (!unit || ((form.endsWith('~') || form === 'No.') && !/^\d/.test(unit.id))) return undefined;
    const [designator, glued] = form === '#' ? ['#', true] : form === '# ' ? ['#', false] : [form.replace(/ #|~$/, ''), form.endsWith('~')];
    const word = designator === '#' ? '#' : styled(designator, unit.designator === '#' ? '' : unit.designator, current(tokens));
    const sep = tokens[unit.at]!.sep;
    const made: Token[] = glued
      ? [{ text: `${designator === '#' ? '#' : word}${unit.id}`, role: 'UNIT', sep }]
      : [{ text: word, role: 'UNIT', sep }, { text: form.endsWith(' #') ? `#${unit.id}` : unit.id, role: 'UNIT', sep: ' ' }];
    const out = [...tokens.slice(0, unit.at), ...made, ...tokens.slice(unit.at + unit.length)];
    return out.map((t) => t.text).join(' ') === tokens.map((t) => t.text).join(' ') ? undefined : out;
  };
}

/** Name words people write either way: a saint, a mount, a fort, a doctor (each form to the other). */
const NAME_WORDS = new Map([['SAINT', 'St'], ['ST', 'Saint'], ['MOUNT', 'Mt'], ['MT', 'Mount'], ['FORT', 'Ft'], ['FT', 'Fort']]);
const ORDINALS = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH', 'SEVENTH', 'EIGHTH', 'NINTH', 'TENTH'];
const ORDINAL_FIGURES = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];
/** A route's word before its number, each form to the other. */
const ROUTE_FORMS = new Map([['HWY', 'Highway'], ['HIGHWAY', 'Hwy'], ['RTE', 'Route'], ['ROUTE', 'Rte'], ['RD', 'Road'], ['ROAD', 'Rd']]);

/** "Apt 4, 123 Main St": the unit typed before the house number (only a designator and its identifier). */
function unitFirst(sep: string): Rewrite {
  return (tokens) => {
    const unit = simpleUnit(tokens);
    if (!unit) return undefined;
    if (unit.at === 0) return undefined;
    const moved = tokens.slice(unit.at, unit.at + unit.length).map((t, k) => ({ ...t, sep: k ? t.sep : '' }));
    return [...moved, ...tokens.slice(0, unit.at).map((t, k) => ({ ...t, sep: k ? t.sep : sep })), ...tokens.slice(unit.at + unit.length)];
  };
}

/** Title Case as form-fillers and auto-capitalising keyboards make it. */
const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

/** The rewrites, each alone; `applies` limits one to lines where it is something people type. */
export const WORD_REWRITES: Record<string, { rewrite: Rewrite; applies?: (aligned: Aligned) => boolean }> = {
  'case: ALL CAPS': { rewrite: mapText((text) => text.toUpperCase()) },
  'case: all lower': { rewrite: mapText((text) => text.toLowerCase()) },
  'case: Title Case': { rewrite: mapText((text) => title(text)) },
  'periods added': {
    rewrite: mapText((text, token) => {
      if (/\.$/.test(text)) return undefined;
      if (token.slot === 'dir' && isAbbreviatedDir(text)) return `${text}.`;
      if (token.slot === 'type' && standardSuffix(text) && spelledType(standardSuffix(text)!)?.toUpperCase() !== text.toUpperCase()) return `${text}.`;
      if (token.role === 'UNIT' && DESIGNATORS.has(text.toUpperCase())) return `${text}.`;
      return undefined;
    }),
  },
  'periods removed': {
    rewrite: mapText((text, token) => (token.role === 'HNO' || token.role === 'HNS' || token.role === 'HOUSE' ? undefined
      : text.replace(/(?<!\d)\.|\.(?!\d)/g, '') || undefined)),
  },
  'dotted directional (N.W.)': {
    rewrite: mapText((text, token) => (token.slot === 'dir' && /^[NS][EW]$/i.test(text) ? `${text[0]}.${text[1]}.` : undefined)),
  },
  'spaced directional (N W)': {
    rewrite: (tokens) => {
      const at = tokens.findIndex((t) => t.slot === 'dir' && /^[NS]\.?[EW]\.?$/i.test(t.text));
      // "SE A St" typed "S E A St" reads as initials ("S W S Young Dr"): not a form that says one thing.
      if (at < 0 || /^[A-Z]\.?$/i.test(tokens[at + 1]?.text ?? '')) return undefined;
      const [a, b] = tokens[at]!.text.replace(/\./g, '');
      return [...tokens.slice(0, at), { ...tokens[at]!, text: a! }, { ...tokens[at]!, text: b!, sep: ' ', glued: true }, ...tokens.slice(at + 1)];
    },
  },
  'spelled out (St → Street, N → North)': {
    applies: US_ONLY,
    rewrite: mapText((text, token, whole, apart) => {
      if (apart) return undefined;
      // "So"/"No" are South and North where the labels say so ("6640 So Halsted").
      const key = token.role === 'PRD' || token.role === 'POD' ? directional(text, 'US', true) : bareDir(text);
      if (token.slot === 'dir' && key && isAbbreviatedDir(key)) return styled(SPELLED_DIRECTIONS[key]!, text, whole);
      const standard = token.slot === 'type' ? standardSuffix(text) : undefined;
      const spelled = standard && spelledType(standard);
      return spelled && spelled !== noDot(text).toUpperCase() ? styled(spelled, text, whole) : undefined;
    }),
  },
  'abbreviated (Street → St, North → N)': {
    applies: US_ONLY,
    rewrite: mapText((text, token, whole) => {
      const direction = token.slot === 'dir' ? directional(text, 'US', token.role === 'PRD' || token.role === 'POD') : undefined;
      // "N", "NW" are capitals unless the whole line is in lower case.
      if (direction && !isAbbreviatedDir(text)) return isLower(whole) ? direction.toLowerCase() : direction;
      const standard = token.slot === 'type' ? standardSuffix(text) : undefined;
      return standard && standard !== noDot(text).toUpperCase() ? styled(standard, text, whole) : undefined;
    }),
  },
  'unit: Apt 4': { rewrite: unitForm('Apt') },
  'unit: Apt. 4': { rewrite: unitForm('Apt.') },
  'unit: #4': { rewrite: unitForm('#') },
  'unit: # 4': { rewrite: unitForm('# ') },
  'unit: Apt #4': { rewrite: unitForm('Apt #') },
  'unit: Apt4 (glued)': { rewrite: unitForm('Apt~') },
  'unit: Apartment 4': { rewrite: unitForm('Apartment') },
  'unit: Unit 4': { rewrite: unitForm('Unit') },
  'unit: Suite 4': { rewrite: unitForm('Suite') },
  'unit: Ste 4': { rewrite: unitForm('Ste') },
  'comma before the unit': {
    rewrite: (tokens) => {
      const at = tokens.findIndex((t) => t.role === 'UNIT');
      if (at <= 0 || tokens[at]!.sep !== ' ') return undefined;
      return tokens.map((t, k) => (k === at ? { ...t, sep: ', ' } : t));
    },
  },
  'comma before the post-directional': {
    rewrite: (tokens) => {
      const at = tokens.findIndex((t) => t.role === 'POD' || (t.role === 'STREET' && t.slot === 'dir' && t !== tokens.find((s) => s.role === 'STREET')));
      const before = tokens[at - 1];
      if (at <= 0 || tokens[at]!.sep !== ' ' || !before || !(before.role === 'STS' || before.slot === 'type')) return undefined;
      return tokens.map((t, k) => (k === at ? { ...t, sep: ', ' } : t));
    },
  },
  'ordinal case (1st ↔ 1ST)': {
    rewrite: mapText((text, token) => {
      const ordinal = /^(\d+)(st|nd|rd|th)(\.?)$/i.exec(text);
      if (!ordinal || !['RD', 'STREET'].includes(token.role)) return undefined;
      const suffix = ordinal[2]!;
      return ordinal[1] + (isUpper(suffix) ? suffix.toLowerCase() : suffix.toUpperCase()) + ordinal[3];
    }),
  },
  'name words spelled or abbreviated (Saint ↔ St, Mount ↔ Mt, Fort ↔ Ft)': {
    rewrite: mapText((text, token, whole) => {
      if (!['RD', 'STREET'].includes(token.role) || token.slot) return undefined;
      const other = NAME_WORDS.get(noDot(text).toUpperCase());
      return other && styled(other, text, whole);
    }),
  },
  'ordinal spelled or in figures (Fifth ↔ 5th)': {
    rewrite: mapText((text, token, whole) => {
      if (!['RD', 'STREET'].includes(token.role)) return undefined;
      const at = ORDINALS.indexOf(text.toUpperCase());
      if (at >= 0) return ORDINAL_FIGURES[at]!;
      const figure = ORDINAL_FIGURES.indexOf(text.toLowerCase());
      return figure >= 0 ? styled(ORDINALS[figure]!, text, whole) : undefined;
    }),
  },
  'route words spelled or abbreviated (Hwy 50 ↔ Highway 50, County Rd 5 ↔ County Road 5)': {
    rewrite: (tokens, aligned) => mapText((text, token, whole) => {
      const k = tokens.indexOf(token);
      if (!['RD', 'STREET'].includes(token.role) || !/^\d+[A-Z]?$/i.test(tokens[k + 1]?.text ?? '') || tokens[k + 1]!.role !== token.role) return undefined;
      const other = ROUTE_FORMS.get(noDot(text).toUpperCase());
      return other && styled(other, text, whole);
    })(tokens, aligned),
  },
  '"So"/"No" for South/North (6640 So Halsted)': {
    applies: US_ONLY,
    // Before the name, or after the type ("13th Ave No"): elsewhere "So" and "No" are words.
    rewrite: (tokens, aligned) => mapText((text, token, whole, apart) => {
      const before = tokens[tokens.indexOf(token) - 1];
      const place = token.role === 'PRD' || before?.slot === 'type' || (token.role === 'STREET' && before?.role !== 'STREET');
      if (token.slot !== 'dir' || apart || !place || !/^[NS]\.?$/i.test(text)) return undefined;
      return styled(/^n/i.test(text) ? 'No' : 'So', '', whole);
    })(tokens, aligned)?.map((t, k) => (t.text === tokens[k]!.text ? t : { ...t, label: tokens[k]!.text })),
  },
  'unit in parentheses ("(Apt 4)")': {
    rewrite: (tokens) => {
      const unit = simpleUnit(tokens);
      if (!unit || unit.at === 0) return undefined;
      const last = unit.at + unit.length - 1;
      return tokens.map((t, k) => (k === unit.at ? { ...t, text: `(${t.text}` } : t)).map((t, k) => (k === last ? { ...t, text: `${t.text})` } : t));
    },
  },
  'unit: No. 4': { rewrite: unitForm('No.') },
  'unit typed first, then a comma ("Apt 4, 123 Main St")': { rewrite: unitFirst(', ') },
  'unit typed first ("Apt 4 123 Main St")': { rewrite: unitFirst(' ') },
  'house number suffix glued or hyphenated ("123B", "123-B", "123 1/2" → "123-1/2")': {
    rewrite: (tokens) => {
      const house = tokens.findIndex((t) => t.role === 'HOUSE');
      if (house >= 0) {
        const glued = /^(\d+)([A-Z])$/i.exec(tokens[house]!.text);
        return glued ? tokens.map((t, k) => (k === house ? { ...t, text: `${glued[1]}-${glued[2]}` } : t)) : undefined;
      }
      const at = tokens.findIndex((t) => t.role === 'HNS');
      const number = tokens[at - 1];
      if (at < 0 || number?.role !== 'HNO' || !/^\d+$/.test(number.text) || !/^(?:[A-Z]|\d\/\d)$/i.test(tokens[at]!.text)) return undefined;
      const text = `${number.text}${tokens[at]!.text.includes('/') ? '-' : ''}${tokens[at]!.text}`;
      return [...tokens.slice(0, at - 1), { ...number, text, role: 'HOUSE' }, ...tokens.slice(at + 1)];
    },
  },
};

export const LAYOUTS: Record<string, Layout> = {
  'doubled spaces': { join: (t, k) => (k ? t.sep.replace(' ', '  ') : '') + t.text },
  'space around commas': { join: (t, k) => (k ? t.sep.replace(/,\s*/, ' , ') : '') + t.text },
  'no space after commas': { join: (t, k) => (k ? t.sep.replace(/,\s*/, ',') : '') + t.text },
  'trailing comma': { end: (end) => (end ? undefined : ',') },
};
