import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { emergencyCallLocation } from '../../src/components/location-prompt/dial-location.js';
import type { DevicePosition } from '../../src/location.js';
import { emergencyCallParts, parsePidfLo, toPidfLo } from '../../src/pidf/index.js';
import { userLocation } from './arbitraries.js';

type Validation = { file: number; ok: boolean; reason: string };
const ENTITY = 'sip:alice@example.com';
const US = { country: 'US', A1: 'IL', A3: 'Springfield', HNO: '123', RD: 'Main', STS: 'St', PC: '62701' };
const NOW = new Date('2026-11-25T12:05:00.000Z');
const circle: DevicePosition = { lat: 39.7817, lon: -89.6501, radiusM: 35, at: '2026-11-25T12:04:30.000Z' };
const point: DevicePosition = { ...circle, radiusM: 0 };

describe('toPidfLo with a device position (location assist)', () => {
  it('writes documents that validate against the PIDF-LO and GML shape schemas (Circle and Point)', async () => {
    const documents = [circle, point, { lat: -33.8688, lon: 151.2093, radiusM: 1200, at: circle.at }].map((device) =>
      toPidfLo(userLocation(US), { entity: ENTITY, device, now: NOW }),
    );
    const results = (await executeServerCommand('validate-xml', { documents })) as Validation[];
    expect(results.map((r) => (r.ok ? 'ok' : `${r.reason}\n${documents[r.file]}`))).to.deep.equal(['ok', 'ok', 'ok']);
  });

  it('keeps the civic address first, Manual and unvalidated, and reads the position back as a second, geodetic location', () => {
    const parsed = parsePidfLo(toPidfLo(userLocation(US, { validation: 'validated', method: 'GPS' }), { entity: ENTITY, device: circle, now: NOW }));
    expect(parsed.locations).to.have.length(2);
    const [civic, device] = parsed.locations;
    expect(civic.kind).to.equal('civic');
    expect(civic.method).to.equal('Manual');
    expect(parsed.civic?.RD).to.equal('Main');
    expect(parsed.note).to.match(/unvalidated/);
    expect(device.kind).to.equal('geodetic');
    expect(device.kind === 'geodetic' && device.shape).to.deep.equal({ type: 'Circle', srsName: 'urn:ogc:def:crs:EPSG::4326', pos: [39.7817, -89.6501], radius: 35 });
    expect(device.method).to.equal('DBH');
    expect(device.timestamp).to.equal(circle.at);
    expect(civic.timestamp).to.not.equal(device.timestamp);
    expect(device.holder.element).to.equal('tuple');
    expect(device.holder.id).to.not.equal(civic.holder.id);
    expect(device.usageRules.retransmissionAllowed).to.equal(true);
    expect(parsed.notUnderstood).to.deep.equal([]);
  });

  it('writes a Point when the accuracy is unknown', () => {
    const parsed = parsePidfLo(toPidfLo(userLocation(US), { entity: ENTITY, device: point, now: NOW }));
    const device = parsed.locations[1];
    expect(device.kind === 'geodetic' && device.shape).to.deep.equal({ type: 'Point', srsName: 'urn:ogc:def:crs:EPSG::4326', pos: [39.7817, -89.6501] });
  });

  it('writes one location only without a device position, or with one that is not a position', () => {
    expect(parsePidfLo(toPidfLo(userLocation(US), { entity: ENTITY })).locations).to.have.length(1);
    const broken = { lat: Number.NaN, lon: 1, radiusM: 1, at: circle.at };
    expect(parsePidfLo(toPidfLo(userLocation(US), { entity: ENTITY, device: broken })).locations).to.have.length(1);
  });

  it('goes into the SIP parts and the dial-time answer, with device only when assist is on', () => {
    const parts = emergencyCallParts(userLocation(US), { entity: ENTITY, device: circle });
    expect(parsePidfLo(parts.body.content).locations.map((l) => l.kind)).to.deep.equal(['civic', 'geodetic']);
    const on = emergencyCallLocation(null, userLocation(US), { entity: ENTITY, countries: ['US'], device: circle });
    expect(on.device).to.deep.equal(circle);
    expect(parsePidfLo(on.pidfLo!).locations).to.have.length(2);
    const none = emergencyCallLocation(null, userLocation(US), { entity: ENTITY, countries: ['US'], device: null });
    expect(none.device).to.equal(null);
    expect(parsePidfLo(none.pidfLo!).locations).to.have.length(1);
    const off = emergencyCallLocation(null, userLocation(US), { entity: ENTITY, countries: ['US'] });
    expect('device' in off).to.equal(false);
  });
});
