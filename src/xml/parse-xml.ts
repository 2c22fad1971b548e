/** Safe parsing of untrusted XML (LIS answers, PIDF-LO bodies): size-capped, no DTDs, Trusted Types aware. */

/** Largest XML document accepted, in UTF-8 bytes. */
export const MAX_XML_BYTES = 256 * 1024;

/** Namespace URIs of the documents this package reads and writes. */
export const NS = {
  pidf: 'urn:ietf:params:xml:ns:pidf',
  gp: 'urn:ietf:params:xml:ns:pidf:geopriv10',
  ca: 'urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr',
  /** RFC 4119's original civic namespace, still sent by deployed products (Cisco CUCM). */
  caLoc: 'urn:ietf:params:xml:ns:pidf:geopriv10:civicLoc',
  gbp: 'urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy',
  gml: 'http://www.opengis.net/gml',
  gs: 'http://www.opengis.net/pidflo/1.0',
  /** The GML 3.0 namespace of RFC 4119's own geodetic example (`gml:location`, `gml:coordinates`). */
  gml30: 'urn:opengis:specification:gml:schema-xsd:feature:v3.0',
  /** RFC 7459 confidence. */
  con: 'urn:ietf:params:xml:ns:geopriv:conf',
  held: 'urn:ietf:params:xml:ns:geopriv:held',
  dm: 'urn:ietf:params:xml:ns:pidf:data-model',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export type XmlParseErrorCode = 'too-large' | 'doctype' | 'malformed' | 'trusted-types';

/** Why an XML document was refused; `code` says which rule it broke. */
export class XmlParseError extends Error {
  override readonly name = 'XmlParseError';
  constructor(
    readonly code: XmlParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The Trusted Types policy name the page's CSP must allow (`trusted-types … e911-location`). */
export const TRUSTED_TYPES_POLICY = 'e911-location';

type XmlPolicy = { createHTML(input: string): unknown };
let policy: XmlPolicy | null | undefined;

/**
 * `DOMParser.parseFromString` is a Trusted Types sink even for XML. The policy only
 * passes text to the XML parser; the resulting document is read, never inserted.
 */
function xmlPolicy(): XmlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: XmlPolicy): XmlPolicy } })
    .trustedTypes;
  try {
    policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input) => input }) : null;
  } catch {
    // The CSP forbids the name, or another copy of this package already created it
    // (names are unique unless 'allow-duplicates'): parse with plain strings, which
    // works wherever Trusted Types are not enforced.
    policy = null;
  }
  return policy;
}

function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_XML_BYTES) return text.length; // cannot exceed the cap
  return new TextEncoder().encode(text).length;
}

const DECLARATION = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)\b/i;
const PARSER_ERROR_NAMESPACES = [
  'http://www.w3.org/1999/xhtml', // Chromium, WebKit: a <parsererror> in the document
  'http://www.mozilla.org/newlayout/xml/parsererror.xml', // Firefox: the root element
];

/**
 * Comments, CDATA sections and processing instructions (skipped whole, so nothing inside
 * them is read as a tag), or a start tag written by the XML grammar: a name, then
 * attributes whose quoted values may hold `>` but never `<`.
 */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<[^\s<>!?/][^\s<>/=]*(?:\s+[^\s<>/=]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?>/g;
/** One attribute of a start tag, its value whole so nothing inside it is read as another attribute. */
const ATTRIBUTE = /(\s+)([^\s<>/=]+)(\s*=\s*)("[^"<]*"|'[^'<]*')/g;
const NAMESPACE_DECLARATION = /^xmlns(?::|$)/;

/**
 * Removes white space around namespace URIs in start tags (`xmlns:cl=" urn:…"`, as Cisco
 * CUCM writes). Chromium and Firefox keep such a URI verbatim, but WebKit's parser
 * (libxml2) calls it "not a valid URI" and refuses the whole document, so Safari users
 * would lose locations the other engines read. Text, comments, CDATA and other attributes
 * are left untouched, and a value that is only white space is kept as written (trimmed,
 * it would undeclare the namespace).
 */
function trimNamespaceDeclarations(text: string): string {
  return text.replace(MARKUP, (markup) =>
    markup.startsWith('<!') || markup.startsWith('<?')
      ? markup
      : markup.replace(ATTRIBUTE, (attribute, space: string, name: string, equals: string, quoted: string) => {
          const uri = quoted.slice(1, -1).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
          if (!NAMESPACE_DECLARATION.test(name) || !uri) return attribute;
          return `${space}${name}${equals}${quoted[0]}${uri}${quoted[0]}`;
        }),
  );
}

/**
 * Parses untrusted XML. Refuses documents over {@link MAX_XML_BYTES}, any DOCTYPE or
 * entity declaration (refused, never expanded) and malformed text, with an
 * {@link XmlParseError}.
 */
export function parseXml(text: string): Document {
  if (text.length > MAX_XML_BYTES || utf8Length(text) > MAX_XML_BYTES) {
    throw new XmlParseError('too-large', `The XML document is larger than ${MAX_XML_BYTES / 1024} KB and was refused.`);
  }
  if (DECLARATION.test(text)) {
    throw new XmlParseError('doctype', 'The XML document declares a DOCTYPE or entities; such documents are refused.');
  }
  // A byte-order mark kept in the string (files saved by Windows editors) is not content.
  const body = trimNamespaceDeclarations(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const trusted = xmlPolicy();
  const source = (trusted ? trusted.createHTML(body) : body) as string;
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(source, 'application/xml');
  } catch (error) {
    throw new XmlParseError(
      'trusted-types',
      `The page's Content-Security-Policy blocked XML parsing; allow the Trusted Types policy '${TRUSTED_TYPES_POLICY}' ` +
        `(trusted-types ${TRUSTED_TYPES_POLICY}). ${String(error)}`,
    );
  }
  if (PARSER_ERROR_NAMESPACES.some((ns) => doc.getElementsByTagNameNS(ns, 'parsererror').length) || !doc.documentElement) {
    throw new XmlParseError('malformed', 'The XML document is not well-formed.');
  }
  if (doc.doctype) {
    throw new XmlParseError('doctype', 'The XML document declares a DOCTYPE; such documents are refused.');
  }
  return doc;
}

/**
 * The namespace of an element with surrounding white space removed: some writers declare
 * `xmlns:cl=" urn:…"` (Cisco CUCM does), which XML keeps verbatim but means the same URN.
 */
export function namespaceOf(element: Element): string {
  return (element.namespaceURI ?? '').trim();
}

/** Direct element children of `parent` with this namespace and local name. */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  return Array.from(parent.children).filter(
    (child) => namespaceOf(child) === namespace && child.localName === localName,
  );
}

/** The first direct element child of `parent` with this namespace and local name. */
export function firstChildElement(parent: Element, namespace: string, localName: string): Element | null {
  return childElements(parent, namespace, localName)[0] ?? null;
}

/** Text content with white space collapsed as for xs:token. */
export function tokenText(element: Element): string {
  return (element.textContent ?? '').replace(/[\t\n\r ]+/g, ' ').trim();
}
