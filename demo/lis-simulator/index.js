// @ts-check
/**
 * LIS simulator: answers HELD (`POST /lis/held`) and IP echo (`GET /lis/ip`) the way
 * an enterprise LIS and echo service would in each scenario — including broken and
 * hostile ones. Used by the browser tests (a @web/test-runner plugin) and the demo (a
 * vite plugin).
 *
 * The scenario is chosen per request with `?scenario=NAME` (so concurrent tests never
 * interfere), else the scenario of the request's `?session=ID` (a demo page's own), else
 * the simulator's current scenario. `POST /lis/scenario` with `{"scenario": NAME}`
 * switches the session's scenario (or the current one without `session`);
 * `GET /lis/scenario` lists them all.
 * Any request also takes `?delay=MS` (answer after MS), `?heldError=CODE` (HELD answers
 * that error), `?ip=ADDR` and `?networkId=ID` (the echo answers these).
 */
import { heldError } from './documents.js';
import { DEMO_SCENARIOS } from './network-plan.js';
import { HELD_TYPE, SCENARIOS, send, sendJson } from './scenarios.js';

export { NETWORK_PLAN, DEMO_SCENARIOS } from './network-plan.js';
export { SCENARIOS } from './scenarios.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/** @param {Request} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= 64 * 1024) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** What a LIS does with a request that is not a HELD locationRequest. @param {Request} req @param {string} body */
function requestProblem(req, body) {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== HELD_TYPE) return heldError('requestError', `Content-Type must be ${HELD_TYPE}`);
  if (!/<(\w+:)?locationRequest\b/.test(body)) return heldError('unsupportedMessage', 'Expected a locationRequest');
  return null;
}

/** @param {Response} res @param {URL} url @param {() => void} then */
function afterDelay(res, url, then) {
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (!(delay > 0)) return then();
  const timer = setTimeout(then, Math.min(delay, 60_000));
  res.on('close', () => clearTimeout(timer));
}

const MAX_SESSIONS = 1000;

function scenarioList() {
  return Object.entries(SCENARIOS).map(([name, { description, demo }]) => ({ name, description, demo: Boolean(demo) }));
}

/**
 * @param {{ scenario?: string }} [options]
 */
export function createLisSimulator(options = {}) {
  let current = options.scenario ?? 'headquarters';
  /** Scenario per demo page, so pages (and tests) sharing one server never interfere. */
  const sessions = new Map();
  /** @param {string | null} session */
  const scenarioOf = (session) => (session && sessions.get(session)) ?? current;
  /** @param {string | null} session @param {string} name */
  const switchTo = (session, name) => {
    if (!session) {
      current = name;
      return;
    }
    sessions.delete(session);
    sessions.set(session, name);
    // Forget the oldest pages: the map only needs the ones still open.
    if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value);
  };
  return {
    get scenario() {
      return current;
    },
    /**
     * Handles a request if it is for the simulator.
     * @param {Request} req @param {Response} res
     * @returns {Promise<boolean>} whether the request was handled
     */
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith('/lis/')) return false;
      res.on('error', () => {}); // a client that goes away mid-answer is normal here
      const session = url.searchParams.get('session');
      if (url.pathname === '/lis/scenario') {
        if (req.method === 'POST') {
          let name;
          try {
            name = JSON.parse(await readBody(req)).scenario;
          } catch {
            sendJson(res, { error: 'body must be JSON {"scenario": NAME}' }, 400);
            return true;
          }
          if (typeof name !== 'string' || !Object.hasOwn(SCENARIOS, name)) {
            sendJson(res, { error: `unknown scenario ${JSON.stringify(name)}`, scenarios: Object.keys(SCENARIOS) }, 400);
            return true;
          }
          switchTo(session, name);
        }
        sendJson(res, { scenario: scenarioOf(session), scenarios: scenarioList(), demo: DEMO_SCENARIOS.map((s) => s.name) });
        return true;
      }
      const name = url.searchParams.get('scenario') ?? scenarioOf(session);
      const scenario = Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
      if (!scenario) {
        send(res, `unknown scenario ${name}`, 'text/plain', 404);
      } else if (url.pathname === '/lis/held' && req.method === 'POST') {
        const body = await readBody(req);
        afterDelay(res, url, () => {
          const problem = requestProblem(req, body);
          const forced = url.searchParams.get('heldError');
          if (problem) send(res, problem);
          else if (forced) send(res, heldError(forced));
          else scenario.held(req, res, url);
        });
      } else if (url.pathname === '/lis/ip' && req.method === 'GET') {
        afterDelay(res, url, () => scenario.ip(req, res, url));
      } else {
        send(res, 'not found', 'text/plain', 404);
      }
      return true;
    },
  };
}
