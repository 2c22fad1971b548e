// @ts-check
/**
 * `npm run test:package`: builds, packs the tarball, installs it into a throw-away
 * project and uses it the way a consumer would — Node imports of the non-DOM entries,
 * and the types under `moduleResolution: bundler` and `node16`.
 * Flags: `--no-build` (pack the dist/ already there), `--keep` (leave the temp dir).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** Named exports each Node-loadable entry must have (the public contract, ../shared/DESIGN.md). */
const NODE_ENTRIES = {
  'e911-location/detect': ['detectNetwork'],
  'e911-location/pidf': ['toPidfLo', 'parsePidfLo', 'emergencyCallParts'],
  'e911-location/store': ['openLocationStore'],
  'e911-location/civic': ['parseStreetLine', 'validateAddress', 'formatCivicAddress'],
  'e911-location/sip': ['sipJsLocationBody', 'sipJsInviterOptions', 'sipJsUpdateLocation', 'jsSipCallOptions', 'jsSipUpdateLocation'],
};

const REQUIRED_FILES = [
  'package.json', 'README.md', 'custom-elements.json',
  'dist/index.js', 'dist/detect.js', 'dist/pidf.js', 'dist/store.js', 'dist/civic.js', 'dist/e911-location.bundle.js',
  'dist/index.d.ts', 'dist/detect/index.d.ts', 'dist/pidf/index.d.ts', 'dist/store/index.d.ts', 'dist/civic/public.d.ts',
];
const FORBIDDEN_PREFIXES = ['src/', 'test/', 'node_modules/', 'bench/', 'demo/', '.tmp/'];

/** A consumer's module: every entry, a few of the public types, the element tag map. */
const CONSUMER_SOURCE = `
import { detectNetwork, type NetworkStatus, type Placement, type Site } from 'e911-location/detect';
import { toPidfLo, parsePidfLo, emergencyCallParts } from 'e911-location/pidf';
import { openLocationStore, type LocationStore } from 'e911-location/store';
import { parseStreetLine, validateAddress, formatCivicAddress, type ParsedStreetLine } from 'e911-location/civic';
import { setLocale, type CivicAddress, type EmergencyLocation } from 'e911-location';
import { detectNetwork as detectFromBundle } from 'e911-location/bundle';

const sites: Site[] = [{ name: 'London office', subnets: ['10.20.0.0/16'], e911: 'local-pstn', country: 'GB' }];

export async function dial(): Promise<string | null> {
  const status: NetworkStatus = await detectNetwork({ heldUrl: '/lis/held', timeoutMs: 1000, sites });
  const placement: Placement = status.placement;
  const store: LocationStore = await openLocationStore({ userId: 'alice' });
  const saved: EmergencyLocation | undefined = status.networkId ? await store.findForNetwork(status.networkId) : undefined;
  store.close();
  const line: ParsedStreetLine = parseStreetLine('2450 K St NW Ste 300', { country: 'US' });
  const checked = validateAddress({ label: '', country: 'US', street: '2450 K St NW', LOC: '', A3: 'Washington', A1: 'DC', PC: '20037' });
  if (checked.ok && line.houseNumberFound) console.log(formatCivicAddress(checked.civic));
  if (!saved) return placement;
  const civic: CivicAddress = parsePidfLo(toPidfLo(saved, { entity: 'pres:alice@example.com' })).civic ?? saved.civic;
  const parts = emergencyCallParts(saved, { entity: 'pres:alice@example.com' });
  return \`\${civic.country} \${parts.headers.Geolocation} \${parts.body.contentType}\`;
}

export const sameApi: typeof detectNetwork = detectFromBundle;

export async function fromElement(): Promise<string> {
  await setLocale('es');
  const prompt = document.createElement('e911-location-prompt');
  const answer = await prompt.getEmergencyLocation();
  return \`\${answer.validation} \${answer.routing}\`;
}
`;

let failures = 0;
/** @param {boolean} ok @param {string} what @param {string} [detail] */
function report(ok, what, detail = '') {
  if (!ok) failures += 1;
  console.log(`package: ${ok ? 'pass' : 'FAIL'} ${what}`);
  if (!ok && detail) console.log(detail.trim().replace(/^/gm, '    '));
}

/**
 * @param {string} command @param {string[]} args @param {string} cwd
 * @returns {{ ok: boolean, output: string, stdout: string }}
 */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, output, stdout: result.stdout ?? '' };
}

if (!process.argv.includes('--no-build')) {
  const built = run(process.execPath, [join(root, 'scripts/build.js')], root);
  report(built.ok, 'npm run build', built.output);
  if (!built.ok) process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'e911-package-'));
try {
  // 1. The tarball holds what `exports`, `types` and `customElements` point at, and no sources.
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], root);
  report(packed.ok, 'npm pack', packed.output);
  if (!packed.ok) throw new Error('stop');
  const [{ filename, files, size }] = JSON.parse(packed.stdout);
  const paths = new Set(files.map((/** @type {{ path: string }} */ f) => f.path));
  const referenced = [
    ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    pkg.types,
    pkg.customElements,
  ].map((path) => String(path).replace(/^\.\//, ''));
  const missing = [...new Set([...REQUIRED_FILES, ...referenced])].filter((path) => !paths.has(path));
  report(missing.length === 0, `tarball has every file package.json points at (${paths.size} files, ${(size / 1024).toFixed(1)} KB)`,
    `missing: ${missing.join(', ')}`);
  const stray = [...paths].filter((path) => FORBIDDEN_PREFIXES.some((prefix) => path.startsWith(prefix)));
  report(stray.length === 0, 'tarball has no sources, tests or node_modules', `unexpected: ${stray.join(', ')}`);

  // 2. Install it into a fresh project, from the npm cache (no network needed).
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const tarball = join(work, filename);
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], consumer);
  if (installed.ok) {
    report(true, 'npm install --offline <tarball> into a fresh project');
  } else {
    // The npm cache lacks a dependency: unpack by hand and link the repo's copies of the dependencies.
    console.log('package: note npm install --offline failed (dependencies not in the npm cache); linking the repo\'s node_modules instead');
    const target = join(consumer, 'node_modules/e911-location');
    mkdirSync(target, { recursive: true });
    const unpacked = run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], consumer);
    report(unpacked.ok, 'unpack the tarball into the fresh project', unpacked.output);
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs', 'idb', '@types']) {
      const from = join(root, 'node_modules', name);
      if (existsSync(from)) symlinkSync(from, join(consumer, 'node_modules', name), 'dir');
    }
  }

  // 3. The entries without DOM load in Node (the store too: no indexedDB there).
  for (const [specifier, names] of Object.entries(NODE_ENTRIES)) {
    const script = `
      const entry = await import(${JSON.stringify(specifier)});
      const missing = ${JSON.stringify(names)}.filter((name) => typeof entry[name] !== 'function');
      if (missing.length) { console.error('missing exports: ' + missing.join(', ')); process.exit(1); }`;
    const imported = run(process.execPath, ['--input-type=module', '-e', script], consumer);
    report(imported.ok, `import '${specifier}' in Node ${process.version} (${names.join(', ')})`, imported.output);
  }

  // 4. The types compile for a consumer, with bundler and with node16 resolution.
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_SOURCE);
  for (const resolution of ['bundler', 'node16']) {
    const config = `tsconfig.${resolution}.json`;
    writeFileSync(join(consumer, config), JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: resolution === 'bundler' ? 'ESNext' : 'Node16',
        moduleResolution: resolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }, null, 2));
    const checked = run(process.execPath, [tsc, '-p', config], consumer);
    report(checked.ok, `types compile with moduleResolution: ${resolution}`, checked.output);
  }
} catch (error) {
  if (!(error instanceof Error && error.message === 'stop')) report(false, 'package check crashed', String(error));
} finally {
  if (process.argv.includes('--keep')) console.log(`package: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(failures ? `package: ${failures} check(s) failed` : 'package: all checks passed');
process.exitCode = failures ? 1 : 0;
