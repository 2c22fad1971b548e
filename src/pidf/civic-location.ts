/**
 * Finds the civic location in a PIDF `presence` element: the one reader HELD (detect) and
 * `parsePidfLo` share, small enough for `e911-location/detect`.
 */
import { CIVIC_ELEMENTS, type CivicAddress, type CivicElement } from '../civic/civic-address.js';
import { NS, childElements, firstChildElement, namespaceOf, tokenText } from '../xml/parse-xml.js';

/** Civic fields exactly as found; `country` may be missing (RFC 5139 makes every element optional). */
export type CivicFields = Partial<Record<'country' | CivicElement, string>>;

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

const CIVIC_NAMES: ReadonlySet<string> = new Set(['country', ...CIVIC_ELEMENTS]);
const CIVIC_NAMESPACES: ReadonlySet<string> = new Set([NS.ca, NS.caLoc]);
const MAX_TEXT = 200;

/** xml:lang in scope for an element (inherited, as XML defines it); undefined when none or empty. */
export function langOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang !== null) return lang.trim() || undefined;
  }
  return undefined;
}

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

/** Whether an element is a `civicAddress` in the RFC 5139 or the RFC 4119 namespace. */
export function isCivicAddress(element: Element): boolean {
  return element.localName === 'civicAddress' && CIVIC_NAMESPACES.has(namespaceOf(element));
}

/** The fields of a `civicAddress` element (either namespace), with its language and extensions. */
export function readCivic(civicAddress: Element): CivicReading {
  const civicNamespace = namespaceOf(civicAddress);
  const reading: CivicReading = {
    fields: {},
    format: civicNamespace === NS.caLoc ? 'RFC 4119' : 'RFC 5139',
    extensions: [],
    notUnderstood: [],
  };
  for (const child of Array.from(civicAddress.children)) {
    const namespace = namespaceOf(child);
    if (!CIVIC_NAMESPACES.has(namespace)) {
      reading.extensions.push({ namespace, name: child.localName, value: tokenText(child) });
    } else if (CIVIC_NAMES.has(child.localName)) {
      const name = child.localName as keyof CivicFields;
      const value = tokenText(child);
      // A repeated element is schema-invalid; keep the first, as a dispatcher would read it.
      if (!value) continue;
      if (reading.fields[name] === undefined) reading.fields[name] = value;
      else reading.notUnderstood.push(notUnderstood(child, civicAddress.tagName, `a second ${child.localName}`));
    } else {
      reading.notUnderstood.push(notUnderstood(child, civicAddress.tagName, 'not a civic address element'));
    }
  }
  const lang = langOf(civicAddress);
  if (lang) reading.lang = lang;
  return reading;
}

/** The text of the geopriv's `method` (`gp:method`; some writers leave it in the PIDF namespace), when not empty. */
export function methodOf(geopriv: Element): string | undefined {
  const method = Array.from(geopriv.children).find((child) => child.localName === 'method');
  return (method && tokenText(method)) || undefined;
}

/** A tuple, dm:device or dm:person: the elements of a presence document that carry geopriv. */
export type Holder = { element: Element; geoprivs: Element[]; ns: string };

/** The holders of geopriv blocks in a presence element, in document order. */
export function holdersOf(presence: Element): Holder[] {
  const holders: Holder[] = [];
  for (const child of Array.from(presence.children)) {
    const namespace = namespaceOf(child);
    if (namespace === NS.pidf && child.localName === 'tuple') {
      const status = firstChildElement(child, NS.pidf, 'status');
      holders.push({ element: child, geoprivs: status ? childElements(status, NS.gp, 'geopriv') : [], ns: NS.pidf });
    } else if (namespace === NS.dm && (child.localName === 'device' || child.localName === 'person')) {
      holders.push({ element: child, geoprivs: childElements(child, NS.gp, 'geopriv'), ns: NS.dm });
    }
  }
  return holders;
}

/**
 * Every PIDF `presence` under `root` that is not inside another one, in document order:
 * those a HELD `locationResponse` holds directly, and those a LIS tucks into a vendor
 * extension (GridGears' `additionalLocations`).
 */
export function presencesIn(root: Element): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', 'presence')).filter((presence) => {
    if (namespaceOf(presence) !== NS.pidf) return false;
    for (let node = presence.parentElement; node && node !== root; node = node.parentElement) {
      if (node.localName === 'presence' && namespaceOf(node) === NS.pidf) return false;
    }
    return true;
  });
}

/** The children of every `location-info` of a geopriv (RFC 4119 allows one; some writers send several). */
export function locationInfoOf(geopriv: Element): Element[] {
  return childElements(geopriv, NS.gp, 'location-info').flatMap((info) => Array.from(info.children));
}

export type CivicLocation = { civic: CivicAddress; lang?: string; method?: string; holder: Holder; geopriv: Element };

/**
 * The first civic address that names a country (usable as a location), in document
 * order, with its language and the method of the geopriv that holds it.
 */
export function findCivicLocation(presence: Element): CivicLocation | undefined {
  for (const holder of holdersOf(presence)) {
    for (const geopriv of holder.geoprivs) {
      for (const child of locationInfoOf(geopriv)) {
        if (!isCivicAddress(child)) continue;
        const { lang, fields } = readCivic(child);
        if (!fields.country) continue;
        const found: CivicLocation = { civic: fields as CivicAddress, holder, geopriv };
        if (lang) found.lang = lang;
        const method = methodOf(geopriv);
        if (method) found.method = method;
        return found;
      }
    }
  }
  return undefined;
}
