// @ts-check
/** Gzip sizes of what dist/ ships: the drop-in at startup and in all, and each entry with the shared chunks it loads. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `exports` entries and their files. `startup` is what a page loads with the drop-in's
 * script tag (the entry and its static imports); `all` adds every chunk it can load later
 * (the form, other languages). The npm entries exclude Lit, @lit/localize and idb (peer-loaded).
 */
export const SIZE_TARGETS = [
  { name: 'startup', file: 'dist/e911-location.bundle.js', note: 'drop-in + static imports: Lit, idb inlined', dynamic: false },
  { name: 'all', file: 'dist/e911-location.bundle.js', note: 'drop-in + every chunk it can load', dynamic: true },
  { name: 'index', file: 'dist/index.js', note: 'without Lit, @lit/localize, idb' },
  { name: 'detect', file: 'dist/detect.js', note: 'no Lit, no idb' },
  { name: 'pidf', file: 'dist/pidf.js', note: 'no Lit, no idb' },
  { name: 'store', file: 'dist/store.js', note: 'without idb' },
  { name: 'civic', file: 'dist/civic.js', note: 'no Lit: parser, checks, tables' },
];

const RELATIVE_STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const RELATIVE_DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/**
 * The file and every relative module it imports statically (what loading it costs), and
 * with `dynamic` also what it may `import()` later.
 * @param {string} file absolute path
 * @param {{ dynamic?: boolean }} [options]
 * @returns {string[]} absolute paths
 */
export function staticClosure(file, { dynamic = false } = {}) {
  const seen = new Set();
  const queue = [file];
  while (queue.length) {
    const current = /** @type {string} */ (queue.pop());
    if (seen.has(current) || !existsSync(current)) continue;
    seen.add(current);
    const code = readFileSync(current, 'utf8');
    const imports = [...code.matchAll(RELATIVE_STATIC_IMPORT), ...(dynamic ? code.matchAll(RELATIVE_DYNAMIC_IMPORT) : [])];
    for (const match of imports) queue.push(resolve(dirname(current), match[1]));
  }
  return [...seen];
}

/** @param {Buffer | string} content */
export function gzipSize(content) {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * @param {string} root the package directory
 * @returns {{ name: string, file: string, note: string, bytes: number, gzip: number, files: string[] }[]}
 */
export function measureSizes(root) {
  return SIZE_TARGETS.map(({ dynamic, ...target }) => {
    const path = join(root, target.file);
    if (!existsSync(path)) throw new Error(`${target.file} is missing: run \`npm run build\` first.`);
    const files = staticClosure(path, { dynamic });
    // Concatenated before gzip: a browser fetches each file, but this keeps the figure stable.
    const content = Buffer.concat(files.map((f) => readFileSync(f)));
    return { ...target, bytes: content.length, gzip: gzipSize(content), files: files.map((f) => relative(root, f)) };
  });
}

/** @param {number} bytes */
export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB`;
}
