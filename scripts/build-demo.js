// @ts-check
/**
 * Builds the static demo into dist-demo/ (vite.config.ts, mode `demo`): the demo page with an
 * in-page LIS stand-in instead of the simulator server. Run after `npm run build` or
 * alone: `node scripts/build-demo.js`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-demo');

async function main() {
  const started = performance.now();
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'demo', logLevel: 'warn' });
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) throw new Error('dist-demo/index.html was not written.');
  const html = readFileSync(index, 'utf8');
  if (/src="\/|href="\/(?!\/)/.test(html)) {
    throw new Error('dist-demo/index.html refers to absolute paths; the static demo must use relative URLs (base "./").');
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-demo: ok in ${seconds} s — dist-demo/index.html (LIS stand-in in the page)`);
}

main().catch((error) => {
  console.error('build-demo: FAIL', error);
  process.exitCode = 1;
});
