import { expect } from '@open-wc/testing';
import type { NetworkStatus } from '../../src/detect/types.js';
import type { EmergencyLocation } from '../../src/location.js';
import { emergencyCallLocation } from '../../src/components/location-prompt/dial-location.js';
import { parsePidfLo } from '../../src/pidf/index.js';

const T = '2026-11-25T12:00:00.000Z';
const COUNTRIES = ['US', 'CA'];
const offPremises: NetworkStatus = { placement: 'off-premises', reason: 'untrusted-ip', networkId: 'n', ip: '203.0.113.25', lisLocation: null, site: null, checkedAt: T };
const london: NetworkStatus = { ...offPremises, placement: 'on-premises', reason: 'trusted-ip', site: { name: 'London office', e911: 'local-pstn', country: 'GB' } };

function typed(country: string, claims: Partial<EmergencyLocation> = {}): EmergencyLocation {
  return {
    id: 'x', label: 'Home', civic: { country, A3: 'Somewhere', HNO: '12', RD: 'High', STS: 'St' }, source: 'user',
    validation: 'unvalidated', method: 'Manual', networkId: 'n', createdAt: T, updatedAt: T, lastUsedAt: T, ...claims,
  };
}

describe('emergencyCallLocation', () => {
  it('sends a typed location as unvalidated and Manual, even when it claims otherwise', () => {
    const call = emergencyCallLocation(offPremises, typed('US', { validation: 'validated', method: 'GPS' }), { entity: 'sip:alice@example.com', countries: COUNTRIES });
    expect(call.validation).to.equal('unvalidated');
    expect(call.location?.method).to.equal('Manual');
    expect(parsePidfLo(call.pidfLo!).method).to.equal('Manual');
    expect(call.headers.Geolocation).to.match(/^<cid:.+>$/);
    expect(call.headers['Geolocation-Routing']).to.equal('yes');
  });

  it('says none and carries no PIDF-LO without a location', () => {
    const call = emergencyCallLocation(null, null, { entity: 'sip:alice@example.com', countries: COUNTRIES });
    expect(call).to.deep.equal({ placement: 'unknown', location: null, validation: 'none', pidfLo: null, headers: {}, routing: 'e911', site: null });
  });

  it('still answers, without a body, when the PIDF-LO cannot be written', () => {
    const call = emergencyCallLocation(london, typed('US'), { entity: 'not a uri', countries: COUNTRIES });
    expect(call.pidfLo).to.equal(null);
    expect(call.headers).to.deep.equal({});
    expect(call.validation).to.equal('unvalidated');
    expect(call.site).to.equal('London office');
    expect(call.routing).to.equal('local-pstn');
  });
});
