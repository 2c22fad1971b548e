import { expect } from '@open-wc/testing';
import type { MatchedSite, NetworkStatus } from '../../src/detect/types.js';
import type { EmergencyLocation } from '../../src/location.js';
import { callState, situationOf, type LocationState, type Routing, type SituationKind, type StateIcon } from '../../src/status/situation.js';

const T = '2026-11-25T12:00:00.000Z';
const COUNTRIES = ['US', 'CA'];
const BRANCH_ADDRESS = { country: 'US', HNO: '400', PRD: 'E', RD: 'Adams', STS: 'St', A3: 'Springfield', A1: 'IL' };

function status(placement: NetworkStatus['placement'], reason: NetworkStatus['reason'], extra: Partial<NetworkStatus> = {}): NetworkStatus {
  return { placement, reason, networkId: 'n', ip: '203.0.113.25', lisLocation: null, site: null, checkedAt: T, ...extra };
}
function site(extra: Partial<MatchedSite> = {}): MatchedSite {
  return { name: 'Springfield branch', e911: 'enabled', country: 'US', ...extra };
}
function place(country: string, source: 'user' | 'lis' = 'user'): EmergencyLocation {
  return {
    id: `${source}-${country}`, label: source === 'lis' ? 'HQ' : 'Home', civic: { country, A3: 'Somewhere' }, source,
    validation: source === 'lis' ? 'validated' : 'unvalidated', method: source === 'lis' ? 'Wiremap' : 'Manual',
    networkId: 'n', createdAt: T, updatedAt: T, lastUsedAt: T,
  };
}
const lis = place('US', 'lis');

type Row = [name: string, status: NetworkStatus | null, location: EmergencyLocation | null, kind: SituationKind, state: LocationState, routing: Routing, icon: StateIcon];

// One row per situation a user can be in; the state word, routing and icon follow from it.
const TABLE: Row[] = [
  ['first detection running', null, null, 'checking', 'checking', 'e911', 'pending'],
  ['on the LIS', status('on-premises', 'lis-located', { lisLocation: lis, site: site({ name: 'Headquarters' }) }), lis, 'lis', 'validated', 'e911', 'check'],
  ['a local-pstn site, nothing typed', status('on-premises', 'trusted-ip', { site: site({ name: 'London office', e911: 'local-pstn', country: 'GB' }) }), null, 'local-pstn-site', 'local-pstn', 'local-pstn', 'gateway'],
  ['a local-pstn site with a typed US address', status('on-premises', 'trusted-ip', { site: site({ name: 'London office', e911: 'local-pstn' }) }), place('US'), 'local-pstn-site', 'local-pstn', 'local-pstn', 'gateway'],
  ['branch outage, ask, nothing yet', status('on-premises', 'trusted-ip', { site: site({ address: BRANCH_ADDRESS }) }), null, 'branch-outage', 'missing', 'e911', 'cross'],
  ['branch outage, ask, address confirmed', status('on-premises', 'trusted-ip', { site: site({ outage: 'ask' }) }), place('US'), 'branch-outage', 'unvalidated', 'e911', 'alert'],
  ['branch outage, local-pstn', status('on-premises', 'trusted-ip', { site: site({ outage: 'local-pstn' }) }), null, 'branch-outage-local-pstn', 'local-pstn', 'local-pstn', 'gateway'],
  ['branch outage, local-pstn, even with an address', status('on-premises', 'trusted-ip', { site: site({ outage: 'local-pstn' }) }), place('US'), 'branch-outage-local-pstn', 'local-pstn', 'local-pstn', 'gateway'],
  ['a trusted range without a site or LIS answer', status('on-premises', 'trusted-ip'), null, 'office-no-lis', 'missing', 'e911', 'cross'],
  ['VPN, nothing typed', status('off-premises', 'vpn'), null, 'vpn', 'missing', 'e911', 'cross'],
  ['VPN, typed', status('off-premises', 'vpn'), place('US'), 'vpn', 'unvalidated', 'e911', 'alert'],
  ['home or hotel', status('off-premises', 'untrusted-ip'), place('CA'), 'away', 'unvalidated', 'e911', 'alert'],
  ['LIS cannot locate', status('off-premises', 'lis-not-locatable'), null, 'away', 'missing', 'e911', 'cross'],
  ['abroad, an address without E9-1-1', status('off-premises', 'untrusted-ip'), place('FR'), 'no-e911-country', 'local-pstn', 'local-pstn', 'gateway'],
  ['offline, the last address kept', status('unknown', 'offline', { networkId: null }), place('US'), 'offline', 'unvalidated', 'e911', 'alert'],
  ['LIS unreachable, no site', status('unknown', 'lis-unreachable', { networkId: null }), null, 'unknown', 'missing', 'e911', 'cross'],
  ['nothing configured', status('unknown', 'not-configured', { networkId: null }), null, 'unknown', 'missing', 'e911', 'cross'],
];

describe('situationOf', () => {
  for (const [name, networkStatus, location, kind, state, routing, icon] of TABLE) {
    it(`${name}: ${kind} → ${state}, ${routing}`, () => {
      const situation = situationOf({ status: networkStatus, location, countries: COUNTRIES });
      expect({ kind: situation.kind, state: situation.state, routing: situation.routing, icon: situation.icon }).to.deep.equal({ kind, state, routing, icon });
      expect(situation.colorToken).to.equal(`--e911-state-${state}`);
    });
  }

  it('is green (validated) only for a LIS location', () => {
    const validated = TABLE.filter((row) => row[4] === 'validated').map((row) => row[0]);
    expect(validated).to.deep.equal(['on the LIS']);
  });

  it('names the site and offers its address only in a branch outage that asks', () => {
    const asking = situationOf({ status: TABLE[4]![1], location: null, countries: COUNTRIES });
    expect(asking).to.include({ site: 'Springfield branch' });
    expect(asking.siteAddress).to.deep.equal(BRANCH_ADDRESS);
    const routed = situationOf({ status: status('on-premises', 'trusted-ip', { site: site({ outage: 'local-pstn', address: BRANCH_ADDRESS }) }), location: null, countries: COUNTRIES });
    expect(routed.siteAddress).to.equal(null);
  });

  it('names the country of an address without E9-1-1', () => {
    expect(situationOf({ status: TABLE[13]![1], location: place('FR'), countries: COUNTRIES }).country).to.equal('FR');
    expect(situationOf({ status: TABLE[13]![1], location: place('FR'), countries: ['US', 'CA', 'FR'] })).to.include({ state: 'unvalidated', routing: 'e911', country: null });
  });
});

describe('callState', () => {
  const rows: [Parameters<typeof callState>[0], string][] = [
    [{ routing: 'e911', validation: 'validated' }, 'validated'],
    [{ routing: 'e911', validation: 'unvalidated' }, 'unvalidated'],
    [{ routing: 'e911', validation: 'none' }, 'missing'],
    [{ routing: 'local-pstn', validation: 'validated' }, 'local-pstn'],
    [{ routing: 'local-pstn', validation: 'unvalidated' }, 'local-pstn'],
    [{ routing: 'local-pstn', validation: 'none' }, 'local-pstn'],
  ];
  for (const [call, state] of rows) {
    it(`${call.routing} + ${call.validation} → ${state}`, () => {
      expect(callState(call)).to.equal(state);
    });
  }
});
