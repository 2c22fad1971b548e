// @ts-check
/**
 * LIS simulator: answers HELD (`POST /lis/held`) and IP echo (`GET /lis/ip`) the way
 * an enterprise LIS and echo service would in each scenario. Used by the browser
 * tests (through a @web/test-runner plugin) and by the demo (through a vite plugin).
 *
 * The scenario is chosen per request with `?scenario=NAME` (so concurrent tests never
 * interfere), else the simulator's current scenario (`POST /lis/scenario` with
 * `{"scenario": NAME}` switches it, as the demo does).
 */

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/**
 * @typedef {object} Scenario
 * @property {string} description
 * @property {(req: Request, res: Response, url: URL) => unknown} held
 * @property {(req: Request, res: Response, url: URL) => unknown} ip
 */

/** @type {Record<string, Scenario>} */
export const SCENARIOS = {
  home: {
    description: 'Home: public IP, LIS cannot locate the device',
    held: (_req, res) => res.writeHead(503).end(),
    ip: (_req, res) => sendJson(res, { ip: '203.0.113.25' }),
  },
};

/** @param {Response} res @param {unknown} value */
function sendJson(res, value) {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/**
 * @param {{ scenario?: string }} [options]
 */
export function createLisSimulator(options = {}) {
  let current = options.scenario ?? 'home';
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
      const name = url.searchParams.get('scenario') ?? current;
      const scenario = SCENARIOS[name];
      if (url.pathname === '/lis/scenario' && req.method === 'POST') {
        current = String(JSON.parse(await readBody(req)).scenario);
        sendJson(res, { scenario: current });
      } else if (!scenario) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`unknown scenario ${name}`);
      } else if (url.pathname === '/lis/held' && req.method === 'POST') {
        await scenario.held(req, res, url);
      } else if (url.pathname === '/lis/ip' && req.method === 'GET') {
        await scenario.ip(req, res, url);
      } else {
        res.writeHead(404).end();
      }
      return true;
    },
  };
}

/** @param {Request} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
