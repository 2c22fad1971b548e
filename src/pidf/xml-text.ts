/** Makes untrusted text safe to place in XML 1.0 character data and attribute values. */

/** Code points XML 1.0 cannot carry at all: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/**
 * Drops what XML 1.0 forbids and collapses XML white space as xs:token does, so that
 * what a reader gets back (`tokenText`) equals what was written.
 */
export function normalizeXmlText(text: string): string {
  return String(text ?? '').replace(FORBIDDEN, '').replace(/[\t\n\r ]+/g, ' ').trim();
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes & < > " ' (">" too, so "]]>" can never appear). Apply to normalised text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
