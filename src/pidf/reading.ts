/** What `parsePidfLo` reads beyond the civic fields HELD needs: RFC 6848 extensions, and the elements it could not use. */
import { NS, namespaceOf, tokenText } from '../xml/parse-xml.js';
import { CIVIC_NAMESPACES, isCivicField, readCivicFields, type CivicFields } from './civic-location.js';

/** An RFC 6848 civic extension: an element of another namespace inside `civicAddress`, kept as written. */
export type CivicExtension = { namespace: string; name: string; value: string };

/** An element the reader met and could not use; `text` is its content when it has no child elements. */
export type NotUnderstood = { element: string; namespace: string; in: string; text?: string; reason?: string };

/** One `civicAddress` as read: RFC 5139 fields, language, RFC 6848 extensions, and what was not understood. */
export type CivicReading = {
  fields: CivicFields;
  lang?: string;
  /** `RFC 4119` when written in the old `…:geopriv10:civicLoc` namespace (its `A6` is the street name). */
  format: 'RFC 5139' | 'RFC 4119';
  extensions: CivicExtension[];
  notUnderstood: NotUnderstood[];
};

const MAX_TEXT = 200;

/** An entry for an element that could not be used, with its text when it is a leaf. */
export function notUnderstood(element: Element, within: string, reason?: string): NotUnderstood {
  const entry: NotUnderstood = { element: element.tagName, namespace: namespaceOf(element), in: within };
  if (element.children.length === 0) {
    const text = tokenText(element);
    if (text) entry.text = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  }
  if (reason) entry.reason = reason;
  return entry;
}

/** A `civicAddress` (either namespace) with its extensions, and what in it could not be used. */
export function readCivic(civicAddress: Element): CivicReading {
  const reading: CivicReading = {
    ...readCivicFields(civicAddress),
    format: namespaceOf(civicAddress) === NS.caLoc ? 'RFC 4119' : 'RFC 5139',
    extensions: [],
    notUnderstood: [],
  };
  const seen = new Set<string>();
  for (const child of Array.from(civicAddress.children)) {
    const namespace = namespaceOf(child);
    if (!CIVIC_NAMESPACES.has(namespace)) {
      reading.extensions.push({ namespace, name: child.localName, value: tokenText(child) });
    } else if (!isCivicField(child)) {
      reading.notUnderstood.push(notUnderstood(child, civicAddress.tagName, 'not a civic address element'));
    } else if (tokenText(child) && seen.has(child.localName)) {
      reading.notUnderstood.push(notUnderstood(child, civicAddress.tagName, `a second ${child.localName}`));
    } else if (tokenText(child)) {
      seen.add(child.localName);
    }
  }
  return reading;
}
