// @ts-check
/**
 * What the LIS and the IP echo service answer in each demo scenario, as plain data: the
 * simulator (Node) and the static demo's in-page stand-in (browser) both serve it.
 */
import { HQ_CIVIC, civicResponse, heldError } from './documents.js';

/** @typedef {{ kind: 'xml', body: string } | { kind: 'hang' }} HeldAnswer `hang`: the LIS accepts the connection and never answers (the WAN outage). */
/** @typedef {{ ip: string, networkId?: string }} EchoAnswer */
/** @typedef {{ held: HeldAnswer, echo: EchoAnswer }} DemoAnswer */

/** The headquarters LIS answer: a civic PIDF-LO located by the wiremap. */
export const HQ_RESPONSE = civicResponse(HQ_CIVIC, { lang: 'en-US', method: 'Wiremap' });

/** @param {string} [message] @returns {HeldAnswer} */
const notLocatable = (message) => ({ kind: 'xml', body: heldError('notLocatable', message) });

/** @type {Readonly<Record<string, DemoAnswer>>} */
export const DEMO_ANSWERS = {
  headquarters: { held: { kind: 'xml', body: HQ_RESPONSE }, echo: { ip: '10.1.20.37', networkId: 'hq-floor-3' } },
  'branch-wan-outage': { held: { kind: 'hang' }, echo: { ip: '10.2.14.9' } },
  'branch-outage-local-pstn': { held: { kind: 'hang' }, echo: { ip: '10.3.5.17' } },
  vpn: { held: notLocatable('VPN subnets are not in the wiremap'), echo: { ip: '10.200.3.41' } },
  home: { held: notLocatable(), echo: { ip: '203.0.113.25' } },
  hotel: { held: notLocatable(), echo: { ip: '198.51.100.77' } },
  abroad: { held: notLocatable(), echo: { ip: '192.0.2.140' } },
  'london-office': { held: { kind: 'xml', body: heldError('locationUnknown') }, echo: { ip: '10.44.8.20', networkId: 'london-floor-2' } },
};
