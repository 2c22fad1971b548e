/**
 * Finds the civic location in a PIDF `presence` element: the one reader HELD (detect) and
 * `parsePidfLo` share, small enough for `e911-location/detect`.
 */
import { CIVIC_ELEMENTS, type CivicAddress, type CivicElement } from '../civic/civic-address.js';
import { NS, childElements, firstChildElement, tokenText } from '../xml/parse-xml.js';

/** Civic fields exactly as found; `country` may be missing (RFC 5139 makes every element optional). */
export type CivicFields = Partial<Record<'country' | CivicElement, string>>;

const CIVIC_NAMES: ReadonlySet<string> = new Set(['country', ...CIVIC_ELEMENTS]);

/** xml:lang in scope for an element (inherited, as XML defines it); undefined when none or empty. */
export function langOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang !== null) return lang.trim() || undefined;
  }
  return undefined;
}

/** The fields of a `ca:civicAddress` element, with its language. */
export function readCivic(civicAddress: Element): { lang?: string; fields: CivicFields } {
  const fields: CivicFields = {};
  for (const child of Array.from(civicAddress.children)) {
    if (child.namespaceURI !== NS.ca || !CIVIC_NAMES.has(child.localName)) continue;
    const name = child.localName as keyof CivicFields;
    const value = tokenText(child);
    // A repeated element is schema-invalid; keep the first, as a dispatcher would read it.
    if (value && fields[name] === undefined) fields[name] = value;
  }
  const lang = langOf(civicAddress);
  return lang ? { lang, fields } : { fields };
}

/** The text of `gp:method` in a geopriv, when not empty. */
export function methodOf(geopriv: Element): string | undefined {
  const method = firstChildElement(geopriv, NS.gp, 'method');
  return (method && tokenText(method)) || undefined;
}

/** A tuple, dm:device or dm:person: the elements of a presence document that carry geopriv. */
export type Holder = { element: Element; geoprivs: Element[]; ns: string };

/** The holders of geopriv blocks in a presence element, in document order. */
export function holdersOf(presence: Element): Holder[] {
  const holders: Holder[] = [];
  for (const child of Array.from(presence.children)) {
    if (child.namespaceURI === NS.pidf && child.localName === 'tuple') {
      const status = firstChildElement(child, NS.pidf, 'status');
      holders.push({ element: child, geoprivs: status ? childElements(status, NS.gp, 'geopriv') : [], ns: NS.pidf });
    } else if (child.namespaceURI === NS.dm && (child.localName === 'device' || child.localName === 'person')) {
      holders.push({ element: child, geoprivs: childElements(child, NS.gp, 'geopriv'), ns: NS.dm });
    }
  }
  return holders;
}

/** The `location-info` children of a geopriv. */
export function locationInfoOf(geopriv: Element): Element[] {
  const info = firstChildElement(geopriv, NS.gp, 'location-info');
  return info ? Array.from(info.children) : [];
}

/** Whether an element is a `ca:civicAddress`. */
export function isCivicAddress(element: Element): boolean {
  return element.namespaceURI === NS.ca && element.localName === 'civicAddress';
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
