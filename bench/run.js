// @ts-check
/**
 * `npm run bench`: builds, measures sizes in Node, then runs every `bench/*.bench.ts` in
 * headless Chromium (served by @web/dev-server with the LIS simulator at /lis/) and prints
 * one table. Goals missed are marked, but the exit code stays 0: it reports, it does not test.
 * Flags: `--no-build`, or names to run only some modules (`npm run bench -- store detect`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { createLisSimulator } from '../demo/lis-simulator/index.js';
import { CHROMIUM_ARGS, findChromium } from '../test/support/chromium.js';
import { sizeRows } from './sizes.js';

/** @typedef {import('./types.js').BenchRow} BenchRow */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.filter((arg) => !arg.startsWith('--'));
const MODULE_TIMEOUT_MS = 180_000;
const BLANK_PAGE = '/__bench__/';

/** @type {{ module: string, rows: BenchRow[], error?: string }[]} */
const results = [];

async function main() {
  const started = Date.now();
  await measureSizes();
  await runBrowserModules();
  printTable();
  const model = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\n${new Date().toISOString()} · ${model} · ${cpus().length} CPUs · Node ${process.version} · ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function measureSizes() {
  if (only.length && !only.includes('sizes')) return;
  if (!args.includes('--no-build')) {
    const built = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) {
      results.push({ module: 'sizes', rows: [], error: `npm run build failed:\n${built.stdout}${built.stderr}` });
      return;
    }
  }
  try {
    results.push({ module: 'sizes', rows: await sizeRows(root) });
  } catch (error) {
    results.push({ module: 'sizes', rows: [], error: String(error) });
  }
}

async function runBrowserModules() {
  const modules = readdirSync(join(root, 'bench'))
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => !only.length || only.includes(file.replace(/\.bench\.ts$/, '')))
    .sort();
  if (!modules.length) return;

  const simulator = createLisSimulator();
  const server = await startDevServer({
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port: 0,
      // Production builds of Lit: dev mode adds warnings and checks a user never pays for.
      nodeResolve: { exportConditions: ['production'] },
      // tsconfig.json itself: esbuild reads the file raw and does not follow `extends`, so a
      // config extending it would lose useDefineForClassFields.
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.json') })],
      middleware: [
        async (ctx, next) => {
          if (ctx.path === BLANK_PAGE) {
            ctx.type = 'html';
            ctx.body = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>e911-location bench</title><body></body>';
            return;
          }
          if (!ctx.path.startsWith('/lis/')) return next();
          ctx.respond = false;
          await simulator.handle(ctx.req, ctx.res);
        },
      ],
    },
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.server?.address());
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    for (const file of modules) {
      const page = await browser.newPage();
      /** @type {string[]} */
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      try {
        await page.goto(origin + BLANK_PAGE);
        page.setDefaultTimeout(MODULE_TIMEOUT_MS);
        const rows = /** @type {BenchRow[]} */ (
          await page.evaluate(async (url) => {
            const module = await import(url);
            return module.default();
          }, `/bench/${file}`)
        );
        results.push({ module: file, rows });
      } catch (error) {
        const detail = [String(error instanceof Error ? error.message : error), ...pageErrors].join('\n');
        results.push({ module: file, rows: [], error: detail });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** @param {number} value @param {string} unit */
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

function printTable() {
  /** @type {string[][]} */
  const lines = [['name', 'value', 'baseline', 'ratio', 'goal', 'met']];
  let missed = 0;
  for (const result of results) {
    if (result.error) {
      lines.push([`${result.module}: NOT MEASURED (error below)`, '—', '—', '—', '—', '—']);
      continue;
    }
    for (const row of result.rows) {
      const ratio = row.ratio ?? (row.baseline && row.baseline.value ? row.value / row.baseline.value : undefined);
      const met = row.met === undefined ? (row.goal ? '?' : '') : row.met ? 'yes' : '✗ MISSED';
      if (row.met === false) missed += 1;
      lines.push([
        row.name,
        formatValue(row.value, row.unit),
        row.baseline ? `${formatValue(row.baseline.value, row.unit)} (${row.baseline.name})` : '',
        ratio === undefined || !Number.isFinite(ratio) ? '' : `${ratio.toFixed(2)}×`,
        row.goal ?? '',
        met,
      ]);
    }
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const render = (/** @type {string[]} */ line) => `| ${line.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(render(lines[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines.slice(1)) console.log(render(line));
  for (const result of results.filter((r) => r.error)) {
    console.log(`\n${result.module} failed:\n${String(result.error).trim().replace(/^/gm, '    ')}`);
  }
  if (missed) console.log(`\n${missed} goal(s) missed (marked ✗ MISSED).`);
}

main().catch((error) => {
  console.error('bench: crashed', error);
  process.exitCode = 1;
});
