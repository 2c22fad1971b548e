/** Reads the civic location, method, usage rules and notes out of a PIDF-LO document. */
import type { CivicAddress } from '../civic/civic-address.js';
import { NS, XmlParseError, childElements, firstChildElement, parseXml, tokenText } from '../xml/parse-xml.js';
import {
  findCivicLocation,
  holdersOf,
  isCivicAddress,
  langOf,
  locationInfoOf,
  methodOf,
  readCivic,
  type CivicFields,
  type Holder,
} from './civic-location.js';
import { PidfParseError } from './errors.js';

export type { CivicFields };

/** One `gp:geopriv` block: a location (civic and/or shapes) with its method and usage rules. */
export type PidfLocationInfo = {
  /** Every civic address in the location-info, in document order. */
  civic: { lang?: string; fields: CivicFields }[];
  /** Geometry shapes, as `gml:Point`, `gs:Circle`, … */
  shapes: string[];
  method?: string;
  retransmissionAllowed?: boolean;
  retentionExpiry?: string;
};

export type PidfNote = { text: string; lang?: string };

export type ParsedPidfLo = {
  /** The presentity URI (`presence/@entity`). */
  entity?: string;
  /** The first civic address that names a country, usable as a location. */
  civic?: CivicAddress;
  /** `xml:lang` of that civic address. */
  lang?: string;
  /** `gp:method` of the geopriv that holds `civic` (or of the first geopriv when there is no civic address). */
  method?: string;
  retransmissionAllowed?: boolean;
  retentionExpiry?: string;
  /** First note of the tuple/device holding the location, else the first note in the document. */
  note?: string;
  noteLang?: string;
  /** Timestamp of the tuple/device holding the location. */
  timestamp?: string;
  /** id of the tuple (or dm:device/dm:person) holding the location. */
  tupleId?: string;
  /** Every geopriv block in document order (for callers that need more than the first civic address). */
  locations: PidfLocationInfo[];
  /** Every note (pidf and data-model) in document order. */
  notes: PidfNote[];
};

/** Canonical prefixes for shape names, whatever prefix the document used. */
function shapeName(element: Element): string {
  const prefix = element.namespaceURI === NS.gml ? 'gml' : element.namespaceURI === NS.gs ? 'gs' : element.prefix ?? '';
  return prefix ? `${prefix}:${element.localName}` : element.localName;
}

function readBoolean(text: string | undefined): boolean | undefined {
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

function readGeopriv(geopriv: Element): PidfLocationInfo {
  const info: PidfLocationInfo = { civic: [], shapes: [] };
  for (const child of locationInfoOf(geopriv)) {
    if (isCivicAddress(child)) info.civic.push(readCivic(child));
    else if (child.namespaceURI === NS.gml || child.namespaceURI === NS.gs) info.shapes.push(shapeName(child));
  }
  const method = methodOf(geopriv);
  if (method) info.method = method;
  const rules = firstChildElement(geopriv, NS.gp, 'usage-rules');
  if (rules) {
    const retransmission = firstChildElement(rules, NS.gbp, 'retransmission-allowed');
    const allowed = readBoolean(retransmission ? tokenText(retransmission) : undefined);
    if (allowed !== undefined) info.retransmissionAllowed = allowed;
    const expiry = firstChildElement(rules, NS.gbp, 'retention-expiry');
    if (expiry && tokenText(expiry)) info.retentionExpiry = tokenText(expiry);
  }
  return info;
}

function readNotes(parent: Element, namespace: string): PidfNote[] {
  return childElements(parent, namespace, 'note').map((note) => {
    const lang = langOf(note);
    const text = tokenText(note);
    return lang ? { text, lang } : { text };
  });
}

/**
 * Reads a `presence` element (the root of a PIDF-LO, or the one inside a HELD
 * `locationResponse`). Never throws on schema-invalid content: what cannot be read is absent.
 */
export function parsePidfLoElement(presence: Element): ParsedPidfLo {
  const result: ParsedPidfLo = { locations: [], notes: [] };
  const entity = presence.getAttribute('entity')?.trim();
  if (entity) result.entity = entity;

  const found = findCivicLocation(presence);
  if (found) {
    result.civic = found.civic;
    if (found.lang) result.lang = found.lang;
  }
  let geoprivOfCivic: PidfLocationInfo | undefined;
  for (const holder of holdersOf(presence)) {
    result.notes.push(...readNotes(holder.element, holder.ns));
    for (const geopriv of holder.geoprivs) {
      const info = readGeopriv(geopriv);
      result.locations.push(info);
      if (geopriv === found?.geopriv) geoprivOfCivic = info;
    }
  }
  result.notes.push(...readNotes(presence, NS.pidf));

  const chosen = geoprivOfCivic ?? result.locations[0];
  if (chosen?.method) result.method = chosen.method;
  if (chosen?.retransmissionAllowed !== undefined) result.retransmissionAllowed = chosen.retransmissionAllowed;
  if (chosen?.retentionExpiry) result.retentionExpiry = chosen.retentionExpiry;

  const holder: Holder | undefined = found?.holder ?? holdersOf(presence).find((h) => h.geoprivs.length > 0);
  const note = (holder ? readNotes(holder.element, holder.ns)[0] : undefined) ?? result.notes[0];
  if (note) {
    result.note = note.text;
    if (note.lang) result.noteLang = note.lang;
  }
  if (holder) {
    const id = holder.element.getAttribute('id');
    if (id) result.tupleId = id;
    const timestamp = firstChildElement(holder.element, holder.ns, 'timestamp');
    if (timestamp && tokenText(timestamp)) result.timestamp = tokenText(timestamp);
  }
  return result;
}

/**
 * Parses a PIDF-LO document (or a HELD response carrying one).
 * @throws {PidfParseError} `too-large`, `doctype`, `malformed`, or `no-presence` when there is no PIDF `presence`.
 */
export function parsePidfLo(xml: string): ParsedPidfLo {
  let document: Document;
  try {
    document = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlParseError) throw new PidfParseError(error.code, error.message, { cause: error });
    throw error;
  }
  const root = document.documentElement;
  const presence = root.namespaceURI === NS.pidf && root.localName === 'presence'
    ? root
    : root.getElementsByTagNameNS(NS.pidf, 'presence')[0];
  if (!presence) {
    throw new PidfParseError('no-presence', `Not a PIDF document: the root is <${root.tagName}> and holds no <presence> in ${NS.pidf}.`);
  }
  return parsePidfLoElement(presence);
}
