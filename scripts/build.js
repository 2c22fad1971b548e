// @ts-check
/**
 * `npm run build`: writes dist/ — per-entry ES modules (Lit, @lit/localize and idb left
 * as imports), the drop-in `e911-location.bundle.js` with its `e911-location-chunks/`
 * (vite.config.ts, modes `lib` and `bundle`), source maps, `.d.ts` types —
 * and `custom-elements.json`; then checks that detect and pidf stay free of Lit and idb.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Entries that must load without Lit or idb (`e911-location/detect`, `/pidf`, `/civic`, `/sip`). */
const LEAN_ENTRIES = ['detect', 'pidf', 'civic', 'sip'];
/** The public elements (../shared/DESIGN.md), each of which the manifest must describe. */
const ELEMENT_TAGS = ['e911-location-prompt', 'e911-address-form', 'e911-location-status'];
const HEAVY_DEPENDENCY = /^(lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*|idb)(\/|$)/;

/**
 * Runs a node CLI from node_modules; resolves with its exit code, output kept for errors.
 * @param {string} label @param {string} script @param {string[]} args
 * @returns {Promise<{ label: string, code: number, output: string }>}
 */
function runNode(label, script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ label, code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ label, code: code ?? 1, output }));
  });
}

/**
 * @param {unknown} result what vite's build() returned
 * @returns {import('rolldown').OutputChunk[]}
 */
function chunksOf(result) {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => /** @type {any} */ (o).output ?? []).filter((o) => o.type === 'chunk');
}

/**
 * Every bare import reachable from an entry chunk, through shared chunks.
 * @param {import('rolldown').OutputChunk[]} chunks @param {string} entryName
 */
function externalImportsOf(chunks, entryName) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.name === entryName);
  if (!entry) throw new Error(`vite did not write an entry chunk named "${entryName}".`);
  const external = new Set();
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const chunk = /** @type {import('rolldown').OutputChunk} */ (queue.pop());
    if (seen.has(chunk.fileName)) continue;
    seen.add(chunk.fileName);
    for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
      const next = byFile.get(id);
      if (next) queue.push(next);
      else external.add(id);
    }
  }
  return [...external];
}

/** @param {string} code a minified module */
function hasOwnCode(code) {
  const rest = code
    .replace(/\/\/# sourceMappingURL=\S+/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'][^"']+["'];?/g, '')
    .replace(/\bexport\s*\{[^}]*\};?/g, '');
  return rest.trim().length > 0;
}

async function main() {
  const started = performance.now();
  await rm(dist, { recursive: true, force: true });

  // tsc and the manifest analyzer run in their own processes while vite bundles here.
  const sideJobs = Promise.all([
    // tsconfig.json, emitting only declarations: the same options the type check uses.
    runNode('types (tsc --emitDeclarationOnly)', 'node_modules/typescript/bin/tsc', [
      '-p', 'tsconfig.json', '--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--declarationMap', '--outDir', 'dist', '--rootDir', 'src',
    ]),
    runNode('custom-elements.json (cem --litelement)', 'node_modules/@custom-elements-manifest/analyzer/cem.js', [
      'analyze',
      '--config',
      'custom-elements-manifest.config.js',
      '--quiet',
    ]),
  ]);

  const configFile = join(root, 'vite.config.ts');
  const lib = await build({ configFile, mode: 'lib', logLevel: 'warn' });
  const bundle = await build({ configFile, mode: 'bundle', logLevel: 'warn' });

  const failures = [];
  for (const job of await sideJobs) {
    if (job.code !== 0) failures.push(`${job.label} failed:\n${job.output.trim()}`);
  }

  const libChunks = chunksOf(lib);
  for (const name of LEAN_ENTRIES) {
    const heavy = externalImportsOf(libChunks, name).filter((id) => HEAVY_DEPENDENCY.test(id));
    if (heavy.length) {
      failures.push(`dist/${name}.js imports ${heavy.join(', ')}: the ${name} entry must load without Lit or idb.`);
    }
  }
  const bundleImports = externalImportsOf(chunksOf(bundle), 'e911-location.bundle');
  if (bundleImports.length) {
    failures.push(`dist/e911-location.bundle.js still imports ${bundleImports.join(', ')}: it may load only its own chunks.`);
  }

  const modules = ['index', 'detect', 'pidf', 'store', 'civic', 'sip', 'react', 'e911-location.bundle'].map((name) => `dist/${name}.js`);
  const types = ['index', 'detect/index', 'pidf/index', 'store/index', 'civic/public', 'sip/index', 'react/index'].map((name) => `dist/${name}.d.ts`);
  for (const file of [...modules, ...types, 'custom-elements.json']) {
    if (!existsSync(join(root, file))) failures.push(`${file} was not written.`);
  }
  if (existsSync(join(root, 'custom-elements.json'))) {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const tags = new Set(manifest.modules.flatMap((/** @type {any} */ m) => (m.declarations ?? []).map((/** @type {any} */ d) => d.tagName)));
    const missingTags = ELEMENT_TAGS.filter((tag) => !tags.has(tag));
    if (missingTags.length) failures.push(`custom-elements.json does not describe ${missingTags.join(', ')}.`);
  }

  // Rolldown writes no map for a file without code of its own: an empty stub, or an
  // entry that only re-exports a shared chunk.
  const chunkFiles = existsSync(join(dist, 'chunks')) ? readdirSync(join(dist, 'chunks')).map((f) => `dist/chunks/${f}`) : [];
  for (const file of [...modules, ...chunkFiles.filter((f) => f.endsWith('.js'))]) {
    const path = join(root, file);
    if (existsSync(path) && hasOwnCode(readFileSync(path, 'utf8')) && !existsSync(`${path}.map`)) {
      failures.push(`${file}.map was not written.`);
    }
  }

  if (failures.length) {
    for (const failure of failures) console.error(`build: FAIL ${failure}`);
    process.exitCode = 1;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build: ok in ${seconds} s — dist/{index,detect,pidf,store,sip,react}.js, dist/e911-location.bundle.js, .d.ts, source maps, custom-elements.json`);
}

main().catch((error) => {
  console.error('build: FAIL', error);
  process.exitCode = 1;
});
