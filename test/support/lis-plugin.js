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

/**
 * Koa middleware for the test server's `middleware` option, which runs ahead of the
 * static file server: the simulator at /lis/*, oracle examples at /oracles/*.
 * @returns {import('koa').Middleware}
 */
export function lisSimulatorMiddleware() {
  const simulator = createLisSimulator();
  return async (ctx, next) => {
    if (ctx.path.startsWith('/lis/')) {
      ctx.respond = false;
      await simulator.handle(ctx.req, ctx.res).catch(() => ctx.res.destroy());
    } else if (ctx.path.startsWith('/oracles/') && ctx.method === 'GET') {
      ctx.respond = false;
      await serveOracle(ctx.res, ctx.path);
    } else {
      await next();
    }
  };
}
