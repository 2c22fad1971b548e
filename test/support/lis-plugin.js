// @ts-check
/**
 * Mounts the LIS simulator on the @web/test-runner server (so tests use real fetch), and
 * serves the shared oracle examples read-only at `/oracles/examples/...`.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { createLisSimulator } from '../../demo/lis-simulator/index.js';

const ORACLES = resolve(process.env.E911_ORACLES ?? '../shared/oracles');
const EXAMPLES = resolve(ORACLES, 'examples');

/** @param {string} path request path under /oracles/ @returns {string | null} a file inside examples/, or null */
function oracleFile(path) {
  let relative;
  try {
    relative = decodeURIComponent(path.slice('/oracles/'.length));
  } catch {
    return null;
  }
  const file = resolve(ORACLES, relative);
  return file.startsWith(EXAMPLES + sep) ? file : null;
}

/** @param {import('node:http').ServerResponse} res @param {string} path */
async function serveOracle(res, path) {
  const file = oracleFile(path);
  try {
    if (!file) throw new Error('outside examples/');
    const body = await readFile(file, 'utf8');
    res.writeHead(200, { 'content-type': file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not an oracle example');
  }
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function lisSimulatorPlugin() {
  const simulator = createLisSimulator();
  return {
    name: 'e911-lis-simulator',
    serverStart({ server }) {
      if (!server) return;
      // Plugin koa middleware runs after the static file middleware, which answers 404
      // first; so the simulator takes its paths ahead of koa, on the HTTP server itself.
      const koa = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (path.startsWith('/lis/')) {
          simulator.handle(req, res).catch(() => res.destroy());
        } else if (path.startsWith('/oracles/') && req.method === 'GET') {
          void serveOracle(res, path);
        } else {
          for (const listener of koa) listener.call(server, req, res);
        }
      });
    },
  };
}
