// @ts-check
/** The simulator's scenarios: what the LIS (HELD) and the IP echo service answer in each. */
import {
  BILLION_LAUGHS, EXTERNAL_ENTITY, GEODETIC_ONLY_RESPONSE, HELD_ERROR_CODES, HQ_CIVIC, MARKUP_CIVIC,
  RFC4119_CIVIC_RESPONSE, TWO_PRESENCES_RESPONSE, URI_SET_ONLY_RESPONSE, civicResponse, civicResponseXml, heldError,
} from './documents.js';
import { DEMO_ANSWERS, HQ_RESPONSE } from './demo-answers.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(req: Request, res: Response, url: URL) => void} Handler */

/**
 * @typedef {object} Scenario
 * @property {string} description
 * @property {boolean} [demo] offered by the demo's switcher
 * @property {Handler} held
 * @property {Handler} ip
 */

export const HELD_TYPE = 'application/held+xml';
const HOME_IP = DEMO_ANSWERS.home.echo.ip;

/** @param {Response} res @param {string} body @param {string} [type] @param {number} [status] */
export function send(res, body, type = HELD_TYPE, status = 200) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** @param {Response} res @param {unknown} value @param {number} [status] */
export function sendJson(res, value, status = 200) {
  send(res, JSON.stringify(value), 'application/json', status);
}

/** @param {string} body @returns {Handler} */
const xml = (body) => (_req, res) => send(res, body);
/** @param {string} address @param {string} [networkId] @returns {Handler} */
const echo = (address, networkId) => (_req, res, url) =>
  sendJson(res, {
    ip: url.searchParams.get('ip') ?? address,
    ...(url.searchParams.get('networkId') ?? networkId ? { networkId: url.searchParams.get('networkId') ?? networkId } : {}),
  });
/** Accepts the request and never answers; the connection ends when the client gives up. @type {Handler} */
const hang = () => {};
/** @param {number} status @returns {Handler} */
const httpError = (status) => (_req, res) => send(res, `<html><body>Error ${status}</body></html>`, 'text/html', status);

/**
 * Sends headers, then one byte every 100 ms, forever — until the client disconnects.
 * @param {string} type @returns {Handler}
 */
const slowDrip = (type) => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.write(type === HELD_TYPE ? '<?xml version="1.0"?>' : '{"ip":');
  const timer = setInterval(() => res.write(' '), 100);
  res.on('close', () => clearInterval(timer));
};

/** @param {number} bytes @param {boolean} declareLength @returns {Handler} */
const oversized = (bytes, declareLength) => (_req, res) => {
  const padding = `\n<note xmlns="urn:ietf:params:xml:ns:pidf">${'x'.repeat(bytes)}</note>`;
  const body = Buffer.from(civicResponse(HQ_CIVIC, { padding }), 'utf8');
  res.writeHead(200, {
    'content-type': HELD_TYPE,
    ...(declareLength ? { 'content-length': String(body.length) } : {}),
  });
  // Chunks, so an undeclared length really streams past the limit.
  let offset = 0;
  const next = () => {
    while (offset < body.length) {
      const chunk = body.subarray(offset, offset + 16 * 1024);
      offset += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', next);
    }
    res.end();
  };
  res.on('error', () => {});
  next();
};

const hqResponse = HQ_RESPONSE;

/**
 * A scenario the demo offers, answering from DEMO_ANSWERS (shared with the static demo's stand-in).
 * @param {string} name @param {string} description @returns {Scenario}
 */
function demoScenario(name, description) {
  const { held, echo: answer } = DEMO_ANSWERS[name];
  return { description, demo: true, held: held.kind === 'hang' ? hang : xml(held.body), ip: echo(answer.ip, answer.networkId) };
}

/** @type {Record<string, Scenario>} */
export const SCENARIOS = {
  headquarters: demoScenario('headquarters', 'Headquarters, 3rd floor: the LIS knows the civic address'),
  'branch-wan-outage': demoScenario('branch-wan-outage', 'Branch with its WAN link down: the LIS accepts the connection and never answers'),
  'branch-outage-local-pstn': demoScenario('branch-outage-local-pstn', 'Riverside branch with its WAN link down (outage: local-pstn): the LIS never answers'),
  vpn: demoScenario('vpn', 'On VPN: internal address from the VPN pool, which the LIS excludes (notLocatable)'),
  home: demoScenario('home', 'Working from home: public IP, LIS cannot locate the device'),
  hotel: demoScenario('hotel', 'Hotel Wi-Fi: public IP, LIS cannot locate the device'),
  abroad: demoScenario('abroad', 'Travelling outside the US/Canada: public IP, LIS cannot locate the device'),
  'london-office': demoScenario('london-office', 'London office: outside the E9-1-1 area (local PSTN gateway); not in the LIS (locationUnknown)'),

  // Test scenarios: protocol corners and hostile answers.
  ...Object.fromEntries(
    HELD_ERROR_CODES.map((code) => [
      `error-${code}`,
      { description: `HELD error ${code}`, held: xml(heldError(code)), ip: echo(HOME_IP) },
    ]),
  ),
  'held-error-http-400': {
    description: 'HELD error requestError carried in an HTTP 400 answer',
    held: (_req, res) => send(res, heldError('requestError'), HELD_TYPE, 400),
    ip: echo(HOME_IP),
  },
  'geodetic-only': {
    description: 'locationResponse with a geodetic point only, no civic address',
    held: xml(GEODETIC_ONLY_RESPONSE),
    ip: echo(HOME_IP),
  },
  'uri-set-only': {
    description: 'locationResponse with only a locationUriSet (location by reference)',
    held: xml(URI_SET_ONLY_RESPONSE),
    ip: echo(HOME_IP),
  },
  'civic-rfc4119': {
    description: 'locationResponse with an RFC 4119 civicLoc address, written as Cisco CUCM writes it',
    held: xml(RFC4119_CIVIC_RESPONSE),
    ip: echo(HOME_IP),
  },
  'two-presences': {
    description: 'locationResponse with two presence documents: a geodetic point, then the civic address',
    held: xml(TWO_PRESENCES_RESPONSE),
    ip: echo(HOME_IP),
  },
  'malformed-xml': {
    description: 'HELD answer that is not well-formed XML',
    held: xml('<locationResponse xmlns="urn:ietf:params:xml:ns:geopriv:held"><presence></locationResponse>'),
    ip: echo(HOME_IP),
  },
  truncated: {
    description: 'HELD answer cut in the middle (complete HTTP message, incomplete XML)',
    held: xml(hqResponse.slice(0, Math.floor(hqResponse.length / 2))),
    ip: echo(HOME_IP),
  },
  'connection-reset': {
    description: 'HELD answer whose connection is reset halfway through the body',
    held: (_req, res) => {
      res.writeHead(200, { 'content-type': HELD_TYPE, 'content-length': String(Buffer.byteLength(hqResponse)) });
      res.write(hqResponse.slice(0, 200), () => res.destroy());
    },
    ip: echo(HOME_IP),
  },
  oversized: {
    description: 'HELD answer over 256 KB, streamed without a Content-Length',
    held: oversized(300 * 1024, false),
    ip: echo(HOME_IP),
  },
  'oversized-declared': {
    description: 'HELD answer over 256 KB with a Content-Length saying so',
    held: oversized(300 * 1024, true),
    ip: echo(HOME_IP),
  },
  'doctype-external-entity': {
    description: 'HELD answer with a DOCTYPE declaring an external entity (XXE)',
    held: xml(EXTERNAL_ENTITY),
    ip: echo(HOME_IP),
  },
  'billion-laughs': {
    description: 'HELD answer with nested entity declarations (billion laughs)',
    held: xml(BILLION_LAUGHS),
    ip: echo(HOME_IP),
  },
  'wrong-namespace': {
    description: 'locationResponse in a namespace that is not HELD',
    held: xml(hqResponse.replace('xmlns="urn:ietf:params:xml:ns:geopriv:held"', 'xmlns="urn:example:not-held"')),
    ip: echo(HOME_IP),
  },
  'json-for-held': {
    description: 'HELD answered with JSON',
    held: (_req, res) => sendJson(res, { location: HQ_CIVIC }),
    ip: echo(HOME_IP),
  },
  'xml-for-echo': {
    description: 'IP echo answered with XML',
    held: xml(heldError('notLocatable')),
    ip: (_req, res) => send(res, '<ip>10.1.20.37</ip>', 'application/xml'),
  },
  'wrong-content-type': {
    description: 'A correct civic HELD answer labelled text/html',
    held: (_req, res) => send(res, hqResponse, 'text/html'),
    ip: (_req, res) => send(res, JSON.stringify({ ip: '10.1.20.37' }), 'text/plain'),
  },
  'http-500': {
    description: 'Both services answer HTTP 500 with an HTML page',
    held: httpError(500),
    ip: httpError(500),
  },
  'slow-drip': {
    description: 'Both services send headers, then a byte every 100 ms, never finishing',
    held: slowDrip(HELD_TYPE),
    ip: slowDrip('application/json'),
  },
  redirect: {
    description: 'Both services redirect to the headquarters answers',
    held: (_req, res) => res.writeHead(307, { location: '/lis/held?scenario=headquarters' }).end(),
    ip: (_req, res) => res.writeHead(302, { location: '/lis/ip?scenario=headquarters' }).end(),
  },
  'markup-civic': {
    description: 'Civic fields holding markup, entity-looking text, CDATA and odd Unicode',
    held: xml(civicResponseXml({ ...HQ_CIVIC, ...MARKUP_CIVIC.xml })),
    ip: echo('10.1.20.37'),
  },
  'control-character-civic': {
    description: 'Civic field with a control character (not allowed in XML 1.0)',
    held: xml(civicResponseXml({ ...HQ_CIVIC, NAM: 'Bell&#x7;Corp' })),
    ip: echo(HOME_IP),
  },
  'echo-not-ip': {
    description: 'IP echo answers an "ip" that is not an IP address',
    held: xml(heldError('notLocatable')),
    ip: (_req, res) => sendJson(res, { ip: '<script>alert(1)</script>', networkId: 'x' }),
  },
  'echo-hang': {
    description: 'LIS locates the device; the IP echo never answers',
    held: xml(hqResponse),
    ip: hang,
  },
};
