import { expect } from '@open-wc/testing';
import type { NetworkStatus } from '../../src/detect/types.js';
import type { EmergencyLocation } from '../../src/location.js';
import { decideLocation, needsSavedLocation, networkKey } from '../../src/components/location-prompt/location-decision.js';

const T = '2026-11-25T12:00:00.000Z';

function status(overrides: Partial<NetworkStatus>): NetworkStatus {
  return { placement: 'off-premises', reason: 'untrusted-ip', networkId: '203.0.113.0/24', ip: '203.0.113.25', lisLocation: null, site: null, checkedAt: T, ...overrides };
}

function location(id: string, source: 'user' | 'lis', networkId: string | null): EmergencyLocation {
  return {
    id, label: id, civic: { country: 'US', A1: 'TX', A3: 'Austin', HNO: '1', RD: 'Main', STS: 'St' },
    source, validation: source === 'lis' ? 'validated' : 'unvalidated', method: source === 'lis' ? 'Wiremap' : 'Manual',
    networkId, createdAt: T, updatedAt: T, lastUsedAt: T,
  };
}

const lis = location('lis:hq', 'lis', 'hq');
const home = location('home', 'user', '203.0.113.0/24');
const hotel = location('hotel', 'user', '198.51.100.0/24');

describe('decideLocation', () => {
  const rows: [string, Parameters<typeof decideLocation>[0], ReturnType<typeof decideLocation>][] = [
    ['uses the LIS location on-premises and never asks',
      { status: status({ placement: 'on-premises', reason: 'lis-located', networkId: 'hq', lisLocation: lis }), saved: undefined, current: hotel, locationRequired: 'yes' },
      { location: lis, ask: false }],
    ['reuses the location saved for this network without asking',
      { status: status({}), saved: home, current: null, locationRequired: 'yes' },
      { location: home, ask: false }],
    ['reuses the saved location at a trusted branch whose LIS is down',
      { status: status({ placement: 'on-premises', reason: 'trusted-ip', networkId: 'branch' }), saved: home, current: null, locationRequired: 'disclaimer' },
      { location: home, ask: false }],
    ['keeps the location in use when the network cannot be told (offline, no echo)',
      { status: status({ placement: 'unknown', reason: 'offline', networkId: null, ip: null }), saved: undefined, current: hotel, locationRequired: 'yes' },
      { location: 'keep', ask: false }],
    ['drops a location of another network and asks',
      { status: status({}), saved: undefined, current: hotel, locationRequired: 'yes' },
      { location: null, ask: true }],
    ['drops the LIS location once off-premises and asks',
      { status: status({}), saved: undefined, current: lis, locationRequired: 'disclaimer' },
      { location: null, ask: true }],
    ['never asks by itself when the policy is no',
      { status: status({}), saved: undefined, current: null, locationRequired: 'no' },
      { location: 'keep', ask: false }],
    ['never asks at a site whose calls leave by the local gateway',
      { status: status({ placement: 'on-premises', reason: 'trusted-ip', networkId: 'london', site: { name: 'London office', e911: 'local-pstn', country: 'GB' } }), saved: undefined, current: null, locationRequired: 'yes' },
      { location: 'keep', ask: false }],
    ['asks when nothing is known and the network is unknown',
      { status: status({ placement: 'unknown', reason: 'lis-unreachable', networkId: null, ip: null }), saved: undefined, current: null, locationRequired: 'yes' },
      { location: 'keep', ask: true }],
  ];
  for (const [behaviour, input, expected] of rows) {
    it(behaviour, () => {
      expect(decideLocation(input)).to.deep.equal(expected);
    });
  }

  it('looks up a saved location only when it can decide', () => {
    expect(needsSavedLocation(status({ placement: 'on-premises', reason: 'lis-located', networkId: 'hq', lisLocation: lis }))).to.equal(false);
    expect(needsSavedLocation(status({ networkId: null }))).to.equal(false);
    expect(needsSavedLocation(status({}))).to.equal(true);
  });

  it('counts prompts per network, and per reason when the network is unknown', () => {
    expect(networkKey(status({}))).to.equal('203.0.113.0/24');
    expect(networkKey(status({ networkId: null, reason: 'offline' }))).to.equal('unknown:offline');
  });
});
