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

/** @param {string} path request path under /oracles/ @returns {string | null} file inside examples/, or null */
function oracleFile(path) {
  const file = resolve(ORACLES, decodeURIComponent(path.slice('/oracles/'.length)));
  return file.startsWith(EXAMPLES + sep) ? file : null;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function lisSimulatorPlugin() {
  const simulator = createLisSimulator();
  return {
    name: 'e911-lis-simulator',
    serverStart({ app }) {
      app.use(async (ctx, next) => {
        if (ctx.path.startsWith('/oracles/') && ctx.method === 'GET') {
          const file = oracleFile(ctx.path);
          if (!file) {
            ctx.status = 404;
            return;
          }
          try {
            ctx.body = await readFile(file, 'utf8');
            ctx.type = file.endsWith('.json') ? 'application/json' : 'text/plain';
          } catch {
            ctx.status = 404;
          }
          return;
        }
        if (!ctx.path.startsWith('/lis/')) return next();
        ctx.respond = false;
        await simulator.handle(ctx.req, ctx.res);
      });
    },
  };
}
