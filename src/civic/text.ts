/** Text rules shared by the address checks: white-space collapsing and forbidden characters. */

/** C0/C1 control characters, and what XML 1.0 cannot carry (lone surrogates, U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** Trims and collapses runs of white space to one space, as xs:token does for the PIDF-LO. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Emoji and pictographs (with their joiners and variation selectors): no street, city or unit is spelled with them. */
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200D|\uFE0F/u;

/** True when the text holds what an address cannot (emoji, control characters, code points XML forbids). */
export function hasRefusedCharacters(text: string): boolean {
  return FORBIDDEN.test(text) || PICTOGRAPHS.test(text);
}

/** True when the text holds a control character or a code point XML 1.0 forbids. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** Replaces forbidden characters with a space (so "a\u0000b" does not glue words together). */
export function replaceForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN_ALL, ' ');
}
