/** Reads the RFC 5491 geodetic shapes (GML and the OGC PIDF-LO shape profile) of a `location-info`. */
import { NS, namespaceOf, tokenText } from '../xml/parse-xml.js';
import { notUnderstood, type NotUnderstood } from './reading.js';

/** Latitude, longitude (degrees) and, for 3-D shapes, altitude (metres), as the document lists them. */
export type Position = number[];

/**
 * A geodetic shape of RFC 5491 §5.2. Distances are in metres and angles in degrees, the
 * units RFC 5491 requires; `srsName` is as written (EPSG 4326 for 2-D, 4979 for 3-D).
 */
export type GeodeticShape = { srsName?: string } & (
  | { type: 'Point'; pos: Position }
  | { type: 'Circle'; pos: Position; radius: number }
  | { type: 'Sphere'; pos: Position; radius: number }
  | { type: 'Ellipse'; pos: Position; semiMajorAxis: number; semiMinorAxis: number; orientation: number }
  | { type: 'Ellipsoid'; pos: Position; semiMajorAxis: number; semiMinorAxis: number; verticalAxis: number; orientation: number }
  | { type: 'ArcBand'; pos: Position; innerRadius: number; outerRadius: number; startAngle: number; openingAngle: number }
  | { type: 'Polygon'; exterior: Position[] }
  | { type: 'Prism'; base: Position[]; height: number }
);

export type ShapeType = GeodeticShape['type'];

const METRE = 'urn:ogc:def:uom:EPSG::9001';
const DEGREE = 'urn:ogc:def:uom:EPSG::9102';

/** The measures each shape needs, with the unit RFC 5491 requires for it. */
const MEASURES: Record<string, Record<string, string>> = {
  Circle: { radius: METRE },
  Sphere: { radius: METRE },
  Ellipse: { semiMajorAxis: METRE, semiMinorAxis: METRE, orientation: DEGREE },
  Ellipsoid: { semiMajorAxis: METRE, semiMinorAxis: METRE, verticalAxis: METRE, orientation: DEGREE },
  ArcBand: { innerRadius: METRE, outerRadius: METRE, startAngle: DEGREE, openingAngle: DEGREE },
  Prism: { height: METRE },
};

const GML_NAMESPACES: ReadonlySet<string> = new Set([NS.gml, NS.gml30]);

/** Whether an element of a `location-info` is geodetic (GML, GML 3.0 of RFC 4119, or the shape profile). */
export function isGeodetic(element: Element): boolean {
  const namespace = namespaceOf(element);
  return GML_NAMESPACES.has(namespace) || namespace === NS.gs;
}

/** "37:46:30N" (RFC 4119's example) or a decimal number. */
function coordinate(token: string): number {
  const dms = /^(\d+):(\d+):(\d+(?:\.\d+)?)([NSEW])$/i.exec(token);
  if (!dms) return Number(token);
  const value = Number(dms[1]) + Number(dms[2]) / 60 + Number(dms[3]) / 3600;
  return /[SW]/i.test(dms[4]!) ? -value : value;
}

function numbers(text: string): number[] {
  return text.split(/[\s,]+/).filter(Boolean).map(coordinate);
}

function descendants(element: Element, localName: string): Element[] {
  return Array.from(element.getElementsByTagName('*')).filter(
    (child) => child.localName === localName && GML_NAMESPACES.has(namespaceOf(child)),
  );
}

/** Dimension of positions: srsDimension where given, else 3 for EPSG 4979, else 2. */
function dimensionOf(element: Element, srsName: string | undefined): number {
  const declared = Number(element.getAttribute('srsDimension'));
  if (declared === 2 || declared === 3) return declared;
  return /4979$/.test(srsName ?? '') ? 3 : 2;
}

function positionOf(shape: Element): Position | undefined {
  const pos = descendants(shape, 'pos')[0] ?? descendants(shape, 'coordinates')[0];
  const values = pos ? numbers(tokenText(pos)) : [];
  return values.length >= 2 && values.every(Number.isFinite) ? values : undefined;
}

/** The exterior ring of a polygon: a `posList` or a run of `pos`. */
function ringOf(polygon: Element, srsName: string | undefined): Position[] | undefined {
  const exterior = descendants(polygon, 'exterior')[0] ?? polygon;
  const posList = descendants(exterior, 'posList')[0];
  let points: Position[];
  if (posList) {
    const dimension = dimensionOf(posList, srsName);
    const values = numbers(tokenText(posList));
    if (values.length % dimension !== 0) return undefined;
    points = [];
    for (let i = 0; i < values.length; i += dimension) points.push(values.slice(i, i + dimension));
  } else {
    points = descendants(exterior, 'pos').map((pos) => numbers(tokenText(pos)));
  }
  const valid = points.length >= 3 && points.every((point) => point.length >= 2 && point.every(Number.isFinite));
  return valid ? points : undefined;
}

export type ShapeReading = { shape?: GeodeticShape; notUnderstood: NotUnderstood[] };

/**
 * Reads one geodetic element of a `location-info`. A `gml:location` wrapper (RFC 4119)
 * is looked through. A shape that cannot be read is reported, never dropped silently.
 */
export function readShape(element: Element): ShapeReading {
  const inner = element.localName === 'location' ? element.firstElementChild : element;
  const where = element.parentElement?.tagName ?? 'location-info';
  if (!inner || !isGeodetic(inner)) {
    return { notUnderstood: [notUnderstood(inner ?? element, where, 'not a geodetic shape of RFC 5491')] };
  }
  const type = inner.localName;
  const srsName = inner.getAttribute('srsName')?.trim() || undefined;
  const problems: NotUnderstood[] = [];
  const failed = (reason: string): ShapeReading => ({ notUnderstood: [notUnderstood(inner, where, reason)] });

  const measures: Record<string, number> = {};
  for (const [name, unit] of Object.entries(MEASURES[type] ?? {})) {
    const measure = Array.from(inner.children).find((child) => child.localName === name);
    const value = measure ? Number(tokenText(measure)) : NaN;
    if (!Number.isFinite(value)) return failed(`missing or unreadable ${name}`);
    const uom = measure!.getAttribute('uom')?.trim();
    if (uom && uom !== unit) problems.push(notUnderstood(measure!, inner.tagName, `unit ${uom}, not ${unit}`));
    measures[name] = value;
  }

  let shape: GeodeticShape;
  if (type === 'Polygon' || type === 'Prism') {
    const polygon = type === 'Prism' ? descendants(inner, 'Polygon')[0] : inner;
    const ring = polygon ? ringOf(polygon, srsName) : undefined;
    if (!ring) return failed('missing or unreadable exterior ring');
    shape = type === 'Polygon' ? { type, exterior: ring } : { type, base: ring, height: measures['height']! };
  } else if (type === 'Point' || type in MEASURES) {
    const pos = positionOf(inner);
    if (!pos) return failed('missing or unreadable position');
    shape = { type, pos, ...measures } as GeodeticShape;
  } else {
    return failed('not a geodetic shape of RFC 5491');
  }
  if (srsName) shape.srsName = srsName;
  return { shape, notUnderstood: problems };
}
