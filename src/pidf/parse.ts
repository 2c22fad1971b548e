/** Reads every location of a PIDF-LO document (civic and geodetic), with method, usage rules, notes and what it could not read. */
import type { CivicAddress } from '../civic/civic-address.js';
import { NS, XmlParseError, childElements, firstChildElement, namespaceOf, parseXml, tokenText } from '../xml/parse-xml.js';
import { holdersOf, isCivicAddress, langOf, methodOf, presencesIn, type CivicFields, type Holder } from './civic-location.js';
import { PidfParseError } from './errors.js';
import { isGeodetic, readShape, type GeodeticShape } from './geodetic.js';
import { notUnderstood, readCivic, type CivicExtension, type NotUnderstood } from './reading.js';
import { readUsageRules, type UsageRules } from './usage-rules.js';

export type { CivicExtension, CivicFields, GeodeticShape, NotUnderstood, UsageRules };
export type { Position } from './geodetic.js';

/** Where a location sits: a PIDF `tuple`, or an RFC 4479 `dm:device` / `dm:person`, with its id. */
export type PidfHolder = { element: 'tuple' | 'device' | 'person'; id?: string };

type LocationCommon = {
  /** `gp:method`, e.g. "Manual", "Wiremap", "GPS". */
  method?: string;
  /** `gp:provided-by`: the RFC 7852 DataProviderString when there is one, else its text. */
  providedBy?: string;
  usageRules: UsageRules;
  /** The `timestamp` of the tuple, device or person holding the location. */
  timestamp?: string;
  holder: PidfHolder;
  /** Index of the `gp:geopriv` in the document (several locations may share one). */
  geopriv: number;
};

/** A civic address as the document carries it (either civic namespace). */
export type PidfCivicLocation = LocationCommon & {
  kind: 'civic';
  civic: CivicFields;
  lang?: string;
  /** `RFC 4119` for the old civicLoc namespace, whose `A6` is the street name. */
  format: 'RFC 5139' | 'RFC 4119';
  /** RFC 6848 extension elements (other namespaces inside `civicAddress`), kept as written. */
  extensions: CivicExtension[];
};

/** A geodetic shape (RFC 5491), with the RFC 7459 confidence of its location-info when given. */
export type PidfGeodeticLocation = LocationCommon & {
  kind: 'geodetic';
  shape: GeodeticShape;
  confidence?: { value: string; pdf?: string };
};

export type PidfLocation = PidfCivicLocation | PidfGeodeticLocation;

export type PidfNote = { text: string; lang?: string };

export type ParsedPidfLo = {
  /** The presentity URI (`presence/@entity`). */
  entity?: string;
  /** The first civic address that names a country, usable as a location. */
  civic?: CivicAddress;
  /** `xml:lang` of that civic address. */
  lang?: string;
  /** `gp:method` of the geopriv that holds `civic` (or of the first location when there is no civic address). */
  method?: string;
  /** Usage rules of that same geopriv. */
  retransmissionAllowed?: boolean;
  retentionExpiry?: string;
  /** First note of the tuple/device holding the location, else the first note in the document. */
  note?: string;
  noteLang?: string;
  /** Timestamp of the tuple/device holding the location. */
  timestamp?: string;
  /** id of the tuple (or dm:device/dm:person) holding the location. */
  tupleId?: string;
  /** Every location of every tuple, device, person and location-info, in document order: none is dropped. */
  locations: PidfLocation[];
  /** Every note (pidf and data-model) in document order. */
  notes: PidfNote[];
  /**
   * Elements met and not read: inside a geopriv (location-info, usage-rules,
   * civicAddress), and where a location could hide (presence children, tuple status).
   */
  notUnderstood: NotUnderstood[];
};

const GEOPRIV_PARTS: ReadonlySet<string> = new Set(['location-info', 'usage-rules', 'method', 'provided-by']);
const MAX_PROVIDED_BY = 200;

function holderOf(holder: Holder): PidfHolder {
  const element = holder.element.localName as PidfHolder['element'];
  const id = holder.element.getAttribute('id')?.trim();
  return id ? { element, id } : { element };
}

function timestampOf(holder: Holder): string | undefined {
  // dm:timestamp belongs to devices and persons; some writers put a PIDF timestamp there too.
  const timestamp = Array.from(holder.element.children).find((child) => child.localName === 'timestamp');
  return (timestamp && tokenText(timestamp)) || undefined;
}

function providedByOf(geopriv: Element): string | undefined {
  const providedBy = firstChildElement(geopriv, NS.gp, 'provided-by');
  if (!providedBy) return undefined;
  const named = Array.from(providedBy.getElementsByTagName('*')).find((e) => e.localName === 'DataProviderString');
  const text = tokenText(named ?? providedBy);
  return text ? text.slice(0, MAX_PROVIDED_BY) : providedBy.firstElementChild?.tagName;
}

function readConfidence(element: Element): PidfGeodeticLocation['confidence'] {
  const pdf = element.getAttribute('pdf')?.trim();
  const value = tokenText(element);
  return pdf ? { value, pdf } : { value };
}

/** Reads one geopriv into its locations. */
function readGeopriv(geopriv: Element, common: LocationCommon, problems: NotUnderstood[]): PidfLocation[] {
  const locations: PidfLocation[] = [];
  for (const child of Array.from(geopriv.children)) {
    if (namespaceOf(child) !== NS.gp && child.localName !== 'method') {
      problems.push(notUnderstood(child, geopriv.tagName));
    } else if (!GEOPRIV_PARTS.has(child.localName)) {
      problems.push(notUnderstood(child, geopriv.tagName));
    }
  }
  for (const info of childElements(geopriv, NS.gp, 'location-info')) {
    const geodetic: PidfGeodeticLocation[] = [];
    let confidence: PidfGeodeticLocation['confidence'];
    for (const child of Array.from(info.children)) {
      if (isCivicAddress(child)) {
        const reading = readCivic(child);
        problems.push(...reading.notUnderstood);
        const civic: PidfCivicLocation = { kind: 'civic', civic: reading.fields, format: reading.format, extensions: reading.extensions, ...common };
        if (reading.lang) civic.lang = reading.lang;
        locations.push(civic);
      } else if (isGeodetic(child)) {
        const reading = readShape(child);
        problems.push(...reading.notUnderstood);
        if (!reading.shape) continue;
        const location: PidfGeodeticLocation = { kind: 'geodetic', shape: reading.shape, ...common };
        geodetic.push(location);
        locations.push(location);
      } else if (namespaceOf(child) === NS.con && child.localName === 'confidence') {
        confidence = readConfidence(child);
      } else {
        problems.push(notUnderstood(child, info.tagName));
      }
    }
    // RFC 7459: the confidence applies to the geodetic location of its location-info.
    if (confidence) for (const location of geodetic) location.confidence = confidence;
  }
  return locations;
}

/**
 * Elements where a location could hide but this reader does not look: a presence child
 * other than a tuple, dm:device, dm:person or note (a `device` left in the PIDF
 * namespace, say), and a tuple status child other than `basic` and `gp:geopriv` (a
 * `geopriv` without its namespace).
 */
function unknownPlaces(presence: Element): NotUnderstood[] {
  const known = (element: Element, names: [string, string][]) =>
    names.some(([namespace, name]) => namespaceOf(element) === namespace && element.localName === name);
  const problems: NotUnderstood[] = [];
  for (const child of Array.from(presence.children)) {
    if (!known(child, [[NS.pidf, 'tuple'], [NS.dm, 'device'], [NS.dm, 'person'], [NS.pidf, 'note']])) {
      problems.push(notUnderstood(child, presence.tagName));
    } else if (child.localName === 'tuple') {
      for (const status of childElements(child, NS.pidf, 'status')) {
        for (const part of Array.from(status.children)) {
          if (!known(part, [[NS.pidf, 'basic'], [NS.gp, 'geopriv']])) problems.push(notUnderstood(part, status.tagName));
        }
      }
    }
  }
  return problems;
}

function readNotes(parent: Element, namespace: string): PidfNote[] {
  return childElements(parent, namespace, 'note').map((note) => {
    const lang = langOf(note);
    const text = tokenText(note);
    return lang ? { text, lang } : { text };
  });
}

/**
 * Reads `presence` elements (the root of a PIDF-LO, or those inside a HELD
 * `locationResponse`). Never throws on schema-invalid content: what cannot be read is
 * listed in `notUnderstood`.
 */
export function readPresences(presences: Element[]): ParsedPidfLo {
  const result: ParsedPidfLo = { locations: [], notes: [], notUnderstood: [] };
  const entity = presences.map((presence) => presence.getAttribute('entity')?.trim()).find(Boolean);
  if (entity) result.entity = entity;

  const holderOfLocation = new Map<PidfLocation, Holder>();
  let geoprivIndex = 0;
  for (const presence of presences) {
    result.notUnderstood.push(...unknownPlaces(presence));
    for (const holder of holdersOf(presence)) {
      result.notes.push(...readNotes(holder.element, holder.ns));
      for (const geopriv of holder.geoprivs) {
        const rules = readUsageRules(firstChildElement(geopriv, NS.gp, 'usage-rules'));
        result.notUnderstood.push(...rules.notUnderstood);
        const common: LocationCommon = { usageRules: rules.rules, holder: holderOf(holder), geopriv: geoprivIndex++ };
        const method = methodOf(geopriv);
        if (method) common.method = method;
        const providedBy = providedByOf(geopriv);
        if (providedBy) common.providedBy = providedBy;
        const timestamp = timestampOf(holder);
        if (timestamp) common.timestamp = timestamp;
        for (const location of readGeopriv(geopriv, common, result.notUnderstood)) {
          result.locations.push(location);
          holderOfLocation.set(location, holder);
        }
      }
    }
    result.notes.push(...readNotes(presence, NS.pidf));
  }

  const civic = result.locations.find((l): l is PidfCivicLocation => l.kind === 'civic' && Boolean(l.civic.country));
  if (civic) {
    result.civic = { ...civic.civic } as CivicAddress;
    if (civic.lang) result.lang = civic.lang;
  }
  const chosen = civic ?? result.locations[0];
  if (chosen?.method) result.method = chosen.method;
  if (chosen?.usageRules.retransmissionAllowed !== undefined) result.retransmissionAllowed = chosen.usageRules.retransmissionAllowed;
  if (chosen?.usageRules.retentionExpiry) result.retentionExpiry = chosen.usageRules.retentionExpiry;

  const holder = chosen ? holderOfLocation.get(chosen) : undefined;
  const note = (holder ? readNotes(holder.element, holder.ns)[0] : undefined) ?? result.notes[0];
  if (note) {
    result.note = note.text;
    if (note.lang) result.noteLang = note.lang;
  }
  if (chosen?.holder.id) result.tupleId = chosen.holder.id;
  if (chosen?.timestamp) result.timestamp = chosen.timestamp;
  return result;
}

/** Reads one `presence` element; see {@link readPresences}. */
export function parsePidfLoElement(presence: Element): ParsedPidfLo {
  return readPresences([presence]);
}

/**
 * Parses a PIDF-LO document, or a HELD `locationResponse` (every `presence` it carries).
 * Only input that is not XML, or holds no PIDF `presence`, throws.
 * @throws {PidfParseError} `too-large`, `doctype`, `malformed`, `trusted-types`, or `no-presence`.
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
  const isPresence = (element: Element) => namespaceOf(element) === NS.pidf && element.localName === 'presence';
  const presences = isPresence(root)
    ? [root]
    : namespaceOf(root) === NS.held
      ? presencesIn(root)
      : presencesIn(root).slice(0, 1);
  if (presences.length === 0) {
    throw new PidfParseError('no-presence', `Not a PIDF document: the root is <${root.tagName}> and holds no <presence> in ${NS.pidf}.`);
  }
  return readPresences(presences);
}
