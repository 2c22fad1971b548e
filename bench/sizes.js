// @ts-check
/**
 * Size rows for `npm run bench`, measured in Node from dist/: gzip of the bundle and each
 * entry, Lit alone as the floor the bundle is compared with, and a comparable
 * "dialog + text input" from a component library when one is installed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { gzipSize, measureSizes, staticClosure } from '../scripts/sizes.js';

/** Entry modules of "dialog + text input" in libraries a softphone page might already use. */
const REFERENCES = [
  { name: 'Shoelace dialog + input', files: ['@shoelace-style/shoelace/dist/components/dialog/dialog.js', '@shoelace-style/shoelace/dist/components/input/input.js'] },
  { name: 'Web Awesome dialog + input', files: ['@awesome.me/webawesome/dist/components/dialog/dialog.js', '@awesome.me/webawesome/dist/components/input/input.js'] },
  { name: 'Material Web dialog + outlined text field', files: ['@material/web/dialog/dialog.js', '@material/web/textfield/outlined-text-field.js'] },
  { name: 'Spectrum dialog + textfield', files: ['@spectrum-web-components/dialog/sp-dialog.js', '@spectrum-web-components/textfield/sp-textfield.js'] },
];

/** Measured on 2026-11-29 before the split (issue #19): the one-file bundle and the detect entry, gzip -9 KB. */
const BEFORE_SPLIT_KB = { bundle: 57.91, detect: 7.65 };

/**
 * @typedef {import('./types.js').BenchRow} BenchRow
 * @param {string} root
 * @returns {Promise<BenchRow[]>}
 */
export async function sizeRows(root) {
  const sizes = Object.fromEntries(measureSizes(root).map((s) => [s.name, s]));
  const kb = (/** @type {number} */ bytes) => Number((bytes / 1024).toFixed(2));
  const lit = await litAloneGzip(root);
  const reference = referenceGzip(root);

  /** @type {BenchRow[]} */
  const rows = [
    {
      name: 'size: drop-in at startup (entry + static imports, Lit/idb inlined), gzip',
      value: kb(sizes.startup.gzip),
      unit: 'KB',
      baseline: { name: 'one-file bundle before issue #19', value: BEFORE_SPLIT_KB.bundle },
      goal: '≤ 20 KB',
      met: sizes.startup.gzip <= 20 * 1024,
    },
    {
      name: 'size: drop-in in all (every chunk it can load), gzip',
      value: kb(sizes.all.gzip),
      unit: 'KB',
      baseline: { name: 'one-file bundle before issue #19', value: BEFORE_SPLIT_KB.bundle },
      goal: '≤ 40 KB',
      met: sizes.all.gzip <= 40 * 1024,
    },
    {
      name: 'size: drop-in at startup vs Lit alone, gzip',
      value: kb(sizes.startup.gzip),
      unit: 'KB',
      baseline: { name: 'Lit alone (lit core, minified)', value: kb(lit) },
    },
  ];
  if (reference) {
    rows.push({
      name: 'size: drop-in at startup vs a library dialog + text input, gzip',
      value: kb(sizes.startup.gzip),
      unit: 'KB',
      baseline: { name: reference.name, value: kb(reference.gzip) },
    });
  } else {
    rows.push({
      name: 'size: reference dialog + text input (Shoelace, Material, Spectrum): not installed, not measured',
      value: Number.NaN,
      unit: '',
    });
  }
  rows.push(
    { name: 'size: index entry + chunks (Lit/idb external), gzip', value: kb(sizes.index.gzip), unit: 'KB' },
    {
      name: 'size: detect entry, gzip',
      value: kb(sizes.detect.gzip),
      unit: 'KB',
      baseline: { name: 'detect before issue #19', value: BEFORE_SPLIT_KB.detect },
      goal: '≤ 3 KB',
      met: sizes.detect.gzip <= 3 * 1024,
    },
    { name: 'size: pidf entry, gzip', value: kb(sizes.pidf.gzip), unit: 'KB' },
    { name: 'size: store entry (idb external), gzip', value: kb(sizes.store.gzip), unit: 'KB' },
  );
  return rows;
}

/**
 * Lit's own floor: LitElement, html, css and the decorators bundled and minified alone.
 * @param {string} root
 */
async function litAloneGzip(root) {
  const dir = join(root, '.tmp/bench-lit');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'lit-alone.js');
  writeFileSync(entry, "export { LitElement, html, css, nothing } from 'lit';\nexport { customElement, property, state } from 'lit/decorators.js';\n");
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: { 'lit-alone': entry }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', minify: true } },
    },
  });
  return gzipSize(readFileSync(join(dir, 'out/lit-alone.js')));
}

/**
 * The first installed reference library; sizes its modules with their relative imports
 * (already-built files, so this is an upper-bound-ish comparison, not re-minified).
 * @param {string} root
 */
function referenceGzip(root) {
  for (const reference of REFERENCES) {
    const paths = reference.files.map((file) => join(root, 'node_modules', file));
    if (!paths.every((path) => existsSync(path))) continue;
    const files = new Set(paths.flatMap((path) => staticClosure(path)));
    const content = Buffer.concat([...files].map((file) => readFileSync(file)));
    return { name: reference.name, gzip: gzipSize(content) };
  }
  return null;
}

