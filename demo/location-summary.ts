/** One line per location of a PIDF-LO, as a dispatcher reads it: civic address or shape with coordinates and size. */
import { formatCivicAddress } from '../src/civic/format.js';
import type { CivicAddress, GeodeticShape, NotUnderstood, PidfLocation, Position } from '../src/index.js';

const number = (value: number) => String(Math.round(value * 1e6) / 1e6);

function position(pos: Position): string {
  const [lat, lon, altitude] = pos;
  return `${number(lat!)}, ${number(lon!)}${altitude === undefined ? '' : `, altitude ${number(altitude)} m`}`;
}

function ring(points: Position[]): string {
  return points.map(position).join('; ');
}

/** The shape, its coordinates and its size, e.g. "Circle 42.5463, -73.2512, radius 850.24 m". */
export function describeShape(shape: GeodeticShape): string {
  switch (shape.type) {
    case 'Point':
      return `Point ${position(shape.pos)}`;
    case 'Circle':
    case 'Sphere':
      return `${shape.type} ${position(shape.pos)}, radius ${number(shape.radius)} m`;
    case 'Ellipse':
      return `Ellipse ${position(shape.pos)}, semi-major axis ${number(shape.semiMajorAxis)} m, ` +
        `semi-minor axis ${number(shape.semiMinorAxis)} m, orientation ${number(shape.orientation)}°`;
    case 'Ellipsoid':
      return `Ellipsoid ${position(shape.pos)}, semi-major axis ${number(shape.semiMajorAxis)} m, ` +
        `semi-minor axis ${number(shape.semiMinorAxis)} m, vertical axis ${number(shape.verticalAxis)} m, ` +
        `orientation ${number(shape.orientation)}°`;
    case 'ArcBand':
      return `Arc band ${position(shape.pos)}, radius ${number(shape.innerRadius)}–${number(shape.outerRadius)} m, ` +
        `from ${number(shape.startAngle)}° opening ${number(shape.openingAngle)}°`;
    case 'Polygon':
      return `Polygon of ${shape.exterior.length} points: ${ring(shape.exterior)}`;
    case 'Prism':
      return `Prism of ${shape.base.length} points, height ${number(shape.height)} m: ${ring(shape.base)}`;
  }
}

/** A location and how it was determined, e.g. "Geodetic: Circle …, radius 50 m (95% normal) — method 802.11". */
export function describeLocation(location: PidfLocation): string {
  const what = location.kind === 'civic'
    ? `Civic (${location.format}${location.lang ? `, ${location.lang}` : ''}): ${formatCivicAddress(location.civic as CivicAddress)}` +
      location.extensions.map((extension) => `, ${extension.name} ${extension.value}`).join('')
    : `Geodetic: ${describeShape(location.shape)}` +
      (location.confidence ? ` (confidence ${location.confidence.value}%${location.confidence.pdf ? ` ${location.confidence.pdf}` : ''})` : '');
  const how = [location.method && `method ${location.method}`, location.providedBy && `provided by ${location.providedBy}`]
    .filter(Boolean)
    .join(', ');
  return how ? `${what} — ${how}` : what;
}

/** "dyn:Dynamic in gp:location-info; cl:CITYCODE (99996) in cl:civicAddress". */
export function describeNotUnderstood(entries: NotUnderstood[]): string {
  return entries
    .map((entry) => `${entry.element}${entry.text ? ` (${entry.text})` : ''} in ${entry.in}${entry.reason ? `: ${entry.reason}` : ''}`)
    .join('; ');
}
