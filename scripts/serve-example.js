// @ts-check
/**
 * `npm run example:<name>` (intranet, softphone, react): builds dist/ when it is missing,
 * then serves the example on 127.0.0.1 with the LIS simulator at /lis/* and, for the
 * softphone, the SIP-over-WebSocket endpoint at /sip (its trace at /sip/trace). The
 * examples import the package by its name, resolved to dist/ as in an installed app.
 *
 * intranet: plain files (the drop-in bundle, no build step), under its strict CSP.
 * softphone, react: Vite, which bundles sip.js and React the way an app's build does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLisSimulator } from '../demo/lis-simulator/index.js';
import { createSipEndpoint } from '../test/support/sip-endpoint.js';
import { builtFileOf } from '../test/support/package-name-plugin.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = { intranet: 'headquarters', softphone: 'hotel', react: 'hotel' };
const name = /** @type {keyof typeof EXAMPLES} */ (process.argv[2]);
if (!(name in EXAMPLES)) {
  console.error(`Usage: node scripts/serve-example.js ${Object.keys(EXAMPLES).join('|')}`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? 5174);

const NEEDED = ['dist/index.js', 'dist/sip.js', 'dist/react.js', 'dist/e911-location.bundle.js'];
if (NEEDED.some((file) => !existsSync(join(root, file)))) {
  console.log('example: dist/ is missing, running `npm run build` first…');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const simulator = createLisSimulator({ scenario: EXAMPLES[name] });
const sip = createSipEndpoint({ log: (line) => console.log(line) });

/** LIS and SIP trace first; anything else goes on. @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */
const backends = (req, res, next) => {
  if (sip.handleTrace(req, res)) return;
  simulator.handle(req, res).then((handled) => handled || next(), next);
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };

/** The intranet example as a plain web server would serve it: files from the repository, nothing transformed. */
function serveIntranet() {
  const server = createServer((req, res) => {
    backends(req, res, async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (path === '/') {
        res.writeHead(302, { location: '/examples/intranet/' }).end();
        return;
      }
      const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      const allowed = [join(root, 'examples', 'intranet') + sep, join(root, 'dist') + sep].some((dir) => file.startsWith(dir));
      try {
        if (!allowed) throw new Error('outside the example');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    });
  });
  server.listen(port, '127.0.0.1', () => console.log(`example: intranet at http://127.0.0.1:${port}/examples/intranet/ (LIS simulator at /lis/*)`));
}

/** The softphone or React example through Vite, `e911-location` resolved to dist/. */
async function serveWithVite() {
  const { createServer: createViteServer } = await import('vite');
  const aliases = ['e911-location/sip', 'e911-location/react', 'e911-location'].map((source) => ({
    find: new RegExp(`^${source}$`),
    replacement: join(root, `.${builtFileOf(source)}`),
  }));
  const server = await createViteServer({
    configFile: false,
    root: join(root, 'examples', name),
    resolve: { alias: aliases },
    server: { host: '127.0.0.1', port, strictPort: true, fs: { allow: [root] } },
    plugins: [
      {
        name: 'e911-example-backends',
        configureServer(vite) {
          vite.middlewares.use(backends);
          vite.httpServer?.on('upgrade', (req, socket, head) => sip.handleUpgrade(req, socket, head));
        },
      },
    ],
  });
  await server.listen();
  console.log(`example: ${name} at http://127.0.0.1:${port}/ (LIS simulator at /lis/*${name === 'softphone' ? ', SIP over WebSocket at /sip' : ''})`);
}

if (name === 'intranet') serveIntranet();
else await serveWithVite();
