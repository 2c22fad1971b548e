// @ts-check
/**
 * Vite plugin for the drop-in: renames the private members of src/ (`_name`: TypeScript
 * `private` fields and methods, by this project's convention) to short names, the same
 * name in every chunk. The minifier's own property mangling cannot do this: it runs per
 * chunk, so a chunk would not know the names another chunk gave them (rolldown refuses it
 * with more than one chunk).
 *
 * The map is made before the build from every file of src/, most frequent names first, so
 * that the output is the same from one build to the next. Only names in property position
 * are renamed (`a._x`, `{ _x: … }`, class members, destructuring keys), never local
 * variables or text. Never Lit's cross-copy `_$…` fields: they do not match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { RolldownMagicString } from 'rolldown';

const PRIVATE = /^_[a-zA-Z]\w*$/;
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NEXT = `${FIRST}0123456789`;

/**
 * `$a`, `$b`, … `$Z`, `$aa`, …: no property of Lit, idb, the DOM or src/ starts with a bare `$`.
 * @param {number} index
 */
export function shortName(index) {
  let name = FIRST[index % FIRST.length];
  let rest = Math.floor(index / FIRST.length);
  while (rest > 0) {
    rest -= 1;
    name += NEXT[rest % NEXT.length];
    rest = Math.floor(rest / NEXT.length);
  }
  return `$${name}`;
}

/**
 * Each private name in property position in `code`: where it is, and whether it stands for
 * a variable too (`{ _x }` in an object or a pattern), which then keeps its own name.
 * @param {string} code @param {string} fileName
 * @returns {{ start: number, end: number, name: string, shorthand: boolean }[]}
 */
export function privateNames(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, name: string, shorthand: boolean }[]} */
  const found = [];
  /** @param {ts.Node | undefined} node @param {boolean} [shorthand] */
  const add = (node, shorthand = false) => {
    if (node && ts.isIdentifier(node) && PRIVATE.test(node.text)) {
      found.push({ start: node.getStart(source), end: node.end, name: node.text, shorthand });
    }
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node)) add(node.name);
    else if (ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) add(node.name);
    else if (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isPropertySignature(node) || ts.isMethodSignature(node)) add(node.name);
    else if (ts.isShorthandPropertyAssignment(node)) add(node.name, true);
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && !node.dotDotDotToken) {
      if (node.propertyName) add(node.propertyName);
      else add(node.name, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The map for every private name of `srcDir`, most frequent first.
 * @param {string} srcDir @returns {Map<string, string>}
 */
export function privateNameMap(srcDir) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const file of sourceFiles(srcDir)) {
    for (const { name } of privateNames(readFileSync(file, 'utf8'), file)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  return new Map(names.map((name, index) => [name, shortName(index)]));
}

/**
 * @param {string} srcDir absolute path of src/
 * @returns {import('vite').Plugin}
 */
export function manglePrivateNames(srcDir) {
  /** @type {Map<string, string>} */
  let map = new Map();
  return {
    name: 'e911-mangle-private-names',
    enforce: 'pre',
    buildStart() {
      map = privateNameMap(srcDir);
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b_[a-zA-Z]/.test(code)) return null;
      const found = privateNames(code, id);
      if (found.length === 0) return null;
      const ms = new RolldownMagicString(code);
      for (const { start, end, name, shorthand } of found) {
        const short = map.get(name);
        if (!short) throw new Error(`mangle-private-names: ${id} has "${name}", which the scan of src/ did not find.`);
        ms.overwrite(start, end, shorthand ? `${short}: ${name}` : short);
      }
      return { code: /** @type {any} */ (ms) };
    },
  };
}
