import { expect } from '@open-wc/testing';
import { describeLocation, describeNotUnderstood, describeShape } from '../../demo/location-summary.js';
import type { GeodeticShape, PidfLocation } from '../../src/index.js';

describe('the dispatcher view: one line per location', () => {
  const shapes: [GeodeticShape, string][] = [
    [{ type: 'Point', pos: [41.772035, -88.473291] }, 'Point 41.772035, -88.473291'],
    [{ type: 'Circle', pos: [42.5463, -73.2512], radius: 850.24 }, 'Circle 42.5463, -73.2512, radius 850.24 m'],
    [{ type: 'Sphere', pos: [42.5463, -73.2512, 26.3], radius: 850.24 }, 'Sphere 42.5463, -73.2512, altitude 26.3 m, radius 850.24 m'],
    [{ type: 'Ellipse', pos: [42.5463, -73.2512], semiMajorAxis: 1275, semiMinorAxis: 670, orientation: 43.2 },
      'Ellipse 42.5463, -73.2512, semi-major axis 1275 m, semi-minor axis 670 m, orientation 43.2°'],
    [{ type: 'Ellipsoid', pos: [42.5463, -73.2512, 26.3], semiMajorAxis: 7.7156, semiMinorAxis: 3.31, verticalAxis: 28.7, orientation: 90 },
      'Ellipsoid 42.5463, -73.2512, altitude 26.3 m, semi-major axis 7.7156 m, semi-minor axis 3.31 m, vertical axis 28.7 m, orientation 90°'],
    [{ type: 'ArcBand', pos: [-43.5723, 153.2176], innerRadius: 3594, outerRadius: 4148, startAngle: 20, openingAngle: 20 },
      'Arc band -43.5723, 153.2176, radius 3594–4148 m, from 20° opening 20°'],
    [{ type: 'Polygon', exterior: [[43.311, -73.422], [43.111, -73.322], [43.311, -73.422]] },
      'Polygon of 3 points: 43.311, -73.422; 43.111, -73.322; 43.311, -73.422'],
    [{ type: 'Prism', base: [[42.5, -73.2, 36.6], [42.6, -73.2, 36.6], [42.5, -73.2, 36.6]], height: 2.4 },
      'Prism of 3 points, height 2.4 m: 42.5, -73.2, altitude 36.6 m; 42.6, -73.2, altitude 36.6 m; 42.5, -73.2, altitude 36.6 m'],
  ];
  for (const [shape, line] of shapes) {
    it(`shows a ${shape.type} with its coordinates and size`, () => {
      expect(describeShape(shape)).to.equal(line);
    });
  }

  it('shows a civic location with its format, language, extensions and method', () => {
    const location: PidfLocation = {
      kind: 'civic', civic: { country: 'US', A1: 'CA', A2: 'Sacramento', RD: 'I5' }, lang: 'en-US', format: 'RFC 5139',
      extensions: [{ namespace: 'urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr:ext', name: 'MP', value: '248' }],
      usageRules: {}, holder: { element: 'tuple', id: 'a' }, geopriv: 0, method: 'Wiremap',
    };
    expect(describeLocation(location)).to.equal('Civic (RFC 5139, en-US): I5, Sacramento, CA, US, MP 248 — method Wiremap');
  });

  it('shows a geodetic location with its confidence', () => {
    const location: PidfLocation = {
      kind: 'geodetic', shape: { type: 'Circle', pos: [41.760537, -88.261914], radius: 50 }, confidence: { value: '95', pdf: 'normal' },
      usageRules: {}, holder: { element: 'device', id: 'd' }, geopriv: 0, method: '802.11',
    };
    expect(describeLocation(location)).to.equal('Geodetic: Circle 41.760537, -88.261914, radius 50 m (confidence 95% normal) — method 802.11');
  });

  it('lists what the reader did not understand, with its text', () => {
    expect(describeNotUnderstood([
      { element: 'dyn:Dynamic', namespace: 'urn:ietf:params:xml:ns:pidf:geopriv10:dynamic', in: 'gp:location-info' },
      { element: 'cl:CITYCODE', namespace: 'urn:ietf:params:xml:ns:pidf:geopriv10:civicLoc', in: 'cl:civicAddress', text: '99996', reason: 'not a civic address element' },
    ])).to.equal('dyn:Dynamic in gp:location-info; cl:CITYCODE (99996) in cl:civicAddress: not a civic address element');
  });
});
