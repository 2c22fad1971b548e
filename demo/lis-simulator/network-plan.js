// @ts-check
/**
 * The enterprise network the simulator plays, and the detection configuration that
 * matches it — one source for the demo page, the tests and the README.
 */

/** Recommended configuration for `detectNetwork` / `<e911-location-prompt>` in the demo. */
export const NETWORK_PLAN = {
  heldUrl: '/lis/held',
  ipEchoUrl: '/lis/ip',
  /** VPN pool: internal addresses, but excluded from the LIS. */
  vpnIps: ['10.200.0.0/16', 'fd00:200::/48'],
  /** Trusted ranges outside any named site (none here: every range belongs to a site). */
  trustedIps: /** @type {string[]} */ ([]),
  sites: [
    { name: 'Headquarters', subnets: ['10.1.0.0/16', '2001:db8:1::/48'], e911: /** @type {const} */ ('enabled'), country: 'US' },
    {
      name: 'Springfield branch',
      subnets: ['10.2.0.0/16'],
      e911: /** @type {const} */ ('enabled'),
      country: 'US',
      // While its LIS is unreachable, offer this address to confirm and complete (floor, room).
      address: { country: 'US', HNO: '400', PRD: 'E', RD: 'Adams', STS: 'St', A3: 'Springfield', A1: 'IL', PC: '62701' },
      outage: /** @type {const} */ ('ask'),
    },
    {
      name: 'Riverside branch',
      subnets: ['10.3.0.0/16'],
      e911: /** @type {const} */ ('enabled'),
      country: 'US',
      // While its LIS is unreachable, emergency calls leave by the branch's local gateway.
      outage: /** @type {const} */ ('local-pstn'),
    },
    { name: 'London office', subnets: ['10.44.0.0/16'], e911: /** @type {const} */ ('local-pstn'), country: 'GB' },
  ],
};

/**
 * @typedef {object} DemoScenario
 * @property {string} name
 * @property {string} description
 * @property {{ placement: string, reason: string, site: string | null }} expected
 *   what detection decides with {@link NETWORK_PLAN}
 */

/** The scenarios the demo's switcher offers, with what detection decides in each. */
export const DEMO_SCENARIOS = /** @type {DemoScenario[]} */ ([
  {
    name: 'headquarters',
    description: 'Headquarters, 3rd floor: the LIS knows the civic address',
    expected: { placement: 'on-premises', reason: 'lis-located', site: 'Headquarters' },
  },
  {
    name: 'branch-wan-outage',
    description: 'Springfield branch with its WAN link down: the LIS never answers',
    expected: { placement: 'on-premises', reason: 'trusted-ip', site: 'Springfield branch' },
  },
  {
    name: 'branch-outage-local-pstn',
    description: 'Riverside branch with its WAN link down, configured to route emergency calls by its local gateway meanwhile',
    expected: { placement: 'on-premises', reason: 'trusted-ip', site: 'Riverside branch' },
  },
  {
    name: 'vpn',
    description: 'On VPN: internal address from the VPN pool, which the LIS excludes',
    expected: { placement: 'off-premises', reason: 'vpn', site: null },
  },
  {
    name: 'home',
    description: 'Working from home: public IP, LIS cannot locate the device',
    expected: { placement: 'off-premises', reason: 'untrusted-ip', site: null },
  },
  {
    name: 'hotel',
    description: 'Hotel Wi-Fi: public IP, LIS cannot locate the device',
    expected: { placement: 'off-premises', reason: 'untrusted-ip', site: null },
  },
  {
    name: 'abroad',
    description: 'Travelling outside the US/Canada: public IP, no E9-1-1 service there',
    expected: { placement: 'off-premises', reason: 'untrusted-ip', site: null },
  },
  {
    name: 'london-office',
    description: 'London office: outside the E9-1-1 area, calls leave by the local PSTN gateway',
    expected: { placement: 'on-premises', reason: 'trusted-ip', site: 'London office' },
  },
]);
