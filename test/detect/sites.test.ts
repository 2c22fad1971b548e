import { expect } from '@open-wc/testing';
import { parseIp } from '../../src/detect/cidr.js';
import { compileNetworkPlan, placeAddress } from '../../src/detect/network-plan.js';
import { parseCidrList, validateSites } from '../../src/detect/sites.js';
import type { Site } from '../../src/detect/types.js';

describe('validateSites', () => {
  it('keeps valid sites as given', () => {
    const sites: Site[] = [
      { name: 'Headquarters', subnets: ['10.1.0.0/16', '2001:db8:1::/48'], e911: 'enabled', country: 'US' },
      { name: 'London office', subnets: ['10.44.0.0/16'], e911: 'local-pstn', country: 'GB' },
    ];
    expect(validateSites(sites)).to.deep.equal({ sites, errors: [] });
  });

  const bad: [string, unknown, string[], string[]][] = [
    ['a missing name', [{ subnets: ['10.0.0.0/8'], e911: 'enabled' }], [], ['sites[0]: "name" is required (the site\'s name shown to users)']],
    ['an unknown e911 value', [{ name: 'Lab', subnets: ['10.0.0.0/8'], e911: 'yes' }], [], [`sites[0] ("Lab"): "e911" must be 'enabled' or 'local-pstn', not "yes"`]],
    ['a bad subnet', [{ name: 'Lab', subnets: ['10.0.0.0/33', '10.9.0.0/16'], e911: 'enabled' }], ['Lab'],
      [`sites[0] ("Lab"): '10.0.0.0/33' is not a valid CIDR: the prefix length must be 0–32 for IPv4`]],
    ['no subnets', [{ name: 'Lab', subnets: [], e911: 'enabled' }], ['Lab'], ['sites[0] ("Lab"): "subnets" must be a non-empty list of CIDRs, e.g. ["10.44.0.0/16"]']],
    ['a lower-case country', [{ name: 'Paris', subnets: ['10.33.0.0/16'], e911: 'local-pstn', country: 'fr' }], ['Paris'],
      ['sites[0] ("Paris"): "country" must be two upper-case letters (ISO 3166-1 alpha-2, e.g. "GB"), not "fr"']],
    ['a non-object entry', [42], [], ['sites[0] must be an object with name, subnets and e911']],
    ['a non-array', { name: 'x' }, [], ['sites must be a JSON array of { name, subnets, e911, country? }']],
  ];
  for (const [what, value, kept, errors] of bad) {
    it(`reports ${what}, naming the entry, and keeps the rest`, () => {
      const result = validateSites(value);
      expect(result.errors).to.deep.equal(errors);
      expect(result.sites.map((site) => site.name)).to.deep.equal(kept);
    });
  }

  it('drops only the bad subnet of a site', () => {
    const { sites } = validateSites([{ name: 'Lab', subnets: ['bad', '10.9.0.0/16'], e911: 'enabled' }]);
    expect(sites[0]!.subnets).to.deep.equal(['10.9.0.0/16']);
  });
});

describe('parseCidrList', () => {
  it('splits an attribute value on spaces and commas and reports each bad entry', () => {
    const result = parseCidrList('10.1.0.0/16, 2001:db8::/32  300.0.0.0/8,,');
    expect(result.cidrs.map((cidr) => cidr.text)).to.deep.equal(['10.1.0.0/16', '2001:db8::/32']);
    expect(result.errors).to.deep.equal(["'300.0.0.0/8' is not a valid CIDR: an IPv4 address is four numbers 0–255 separated by dots"]);
  });
});

describe('placeAddress', () => {
  const sites: Site[] = [
    { name: 'Headquarters', subnets: ['10.1.0.0/16', '2001:db8:1::/48'], e911: 'enabled', country: 'US' },
    { name: 'HQ lab', subnets: ['10.1.99.0/24'], e911: 'enabled' },
    { name: 'London office', subnets: ['10.44.0.0/16'], e911: 'local-pstn', country: 'GB' },
  ];
  const { plan } = compileNetworkPlan({ sites, vpnIps: ['10.200.0.0/16', '10.1.250.0/24'], trustedIps: ['172.16.0.0/12'] });
  const table: [address: string, zone: string, site: string | null][] = [
    ['10.1.20.37', 'trusted', 'Headquarters'],
    ['10.1.99.5', 'trusted', 'Headquarters'], // overlapping sites: the first listed wins
    ['::ffff:10.44.8.20', 'trusted', 'London office'],
    ['2001:db8:1:4::20', 'trusted', 'Headquarters'],
    ['10.1.250.9', 'vpn', null], // a VPN pool inside a site's range: VPN wins
    ['10.200.3.41', 'vpn', null],
    ['172.20.1.1', 'trusted', null],
    ['203.0.113.25', 'untrusted', null],
    ['2001:db8:2::1', 'untrusted', null],
  ];
  for (const [address, zone, site] of table) {
    it(`places ${address}: ${zone}${site ? ` at ${site}` : ''}`, () => {
      const placed = placeAddress(parseIp(address)!, plan);
      expect(placed.zone).to.equal(zone);
      expect(placed.site?.name ?? null).to.equal(site);
    });
  }

  it('reports the site with its e911 mode and country', () => {
    expect(placeAddress(parseIp('10.44.0.1')!, plan).site).to.deep.equal({ name: 'London office', e911: 'local-pstn', country: 'GB' });
  });

  it('matches nothing when no sites or ranges are given', () => {
    const empty = compileNetworkPlan({}).plan;
    expect(placeAddress(parseIp('10.1.20.37')!, empty)).to.deep.equal({ zone: 'untrusted', site: null });
  });
});
