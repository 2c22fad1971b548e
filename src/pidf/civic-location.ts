/**
 * Finds the civic location in a PIDF `presence` element: the one reader HELD (detect) and
 * `parsePidfLo` share, small enough for `e911-location/detect`.
 */
import { CIVIC_ELEMENTS, type CivicAddress, type CivicElement } from '../civic/civic-address.js';
import { NS, childElements, firstChildElement, namespaceOf, tokenText } from '../xml/parse-xml.js';

/** Civic fields exactly as found; `country` may be missing (RFC 5139 makes every element optional). */
export type CivicFields = Partial<Record<'country' | CivicElement, string>>;

const CIVIC_NAMES: ReadonlySet<string> = new Set(['country', ...CIVIC_ELEMENTS]);
export const CIVIC_NAMESPACES: ReadonlySet<string> = new Set([NS.ca, NS.caLoc]);

/** xml:lang in scope for an element (inherited, as XML defines it); undefined when none or empty. */
export function langOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang !== null) return lang.trim() || undefined;
  }
  return undefined;
}

/** Whether an element is a `civicAddress` in the RFC 5139 or the RFC 4119 namespace. */
export function isCivicAddress(element: Element): boolean {
  return element.localName === 'civicAddress' && CIVIC_NAMESPACES.has(namespaceOf(element));
}

/** Whether a child of `civicAddress` is one of its RFC 5139 / RFC 4119 elements. */
export function isCivicField(element: Element): boolean {
  return CIVIC_NAMESPACES.has(namespaceOf(element)) && CIVIC_NAMES.has(element.localName);
}

/** The fields of a `civicAddress` element (either namespace) and its language; other elements are skipped. */
export function readCivicFields(civicAddress: Element): { lang?: string; fields: CivicFields } {
  const fields: CivicFields = {};
  for (const child of Array.from(civicAddress.children)) {
    if (!isCivicField(child)) continue;
    const name = child.localName as keyof CivicFields;
    const value = tokenText(child);
    // A repeated element is schema-invalid; keep the first, as a dispatcher would read it.
    if (value && fields[name] === undefined) fields[name] = value;
  }
  const lang = langOf(civicAddress);
  return lang ? { lang, fields } : { fields };
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
        const { lang, fields } = readCivicFields(child);
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
