// @ts-check
/**
 * React, react-dom and JsSIP ship CommonJS only (JsSIP with circular requires), and the
 * test server serves ES modules file by file. This plugin bundles each group once with
 * esbuild into one ES module, and answers each bare import of them with a small module
 * that re-exports its names, so React and react-dom share one copy of React.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/** Bundle → the packages it holds; every specifier of a bundle shares its module instances. */
const GROUPS = {
  react: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'],
  jssip: ['jssip'],
};
/** @type {Map<string, keyof typeof GROUPS>} */
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([group, specifiers]) => specifiers.map((s) => [s, /** @type {keyof typeof GROUPS} */ (group)])));
const PREFIX = '/__prebundled/';

/** @param {string} specifier */
const slot = (specifier) => specifier.replace(/[^A-Za-z0-9]/g, '_');

/** @type {Map<string, Promise<string>>} */
const bundles = new Map();

/** @param {keyof typeof GROUPS} group */
function bundle(group) {
  let pending = bundles.get(group);
  if (!pending) {
    const contents = GROUPS[group].map((specifier) => `export * as ${slot(specifier)} from ${JSON.stringify(specifier)};`).join('\n');
    pending = build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);
    bundles.set(group, pending);
  }
  return pending;
}

/** @type {Map<string, string[]>} */
const names = new Map();

/**
 * The names a CommonJS package exports, read in a Node process of its own: loading React
 * here would write through the test runner's patched console, which React's dev build trips.
 * @param {string} specifier
 */
function exportNames(specifier) {
  let list = names.get(specifier);
  if (!list) {
    const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
    list = /** @type {string[]} */ (JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' })));
    names.set(specifier, list);
  }
  return list;
}

/** A module re-exporting `specifier` from its group's bundle: default plus every name CommonJS gives. @param {string} specifier */
function wrapper(specifier) {
  const group = /** @type {keyof typeof GROUPS} */ (GROUP_OF.get(specifier));
  const exported = exportNames(specifier).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  const ns = slot(specifier);
  return [
    `import { ${ns} as ns } from '${PREFIX}${group}.js';`,
    // esbuild exposes a CommonJS module's exports as the namespace's default.
    `const value = ns.default ?? ns;`,
    `export default value;`,
    ...(exported.length ? [`export const { ${exported.join(', ')} } = value;`] : []),
  ].join('\n');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function prebundlePlugin() {
  return {
    name: 'e911-prebundle-commonjs',
    serverStart() {
      // Built while the browsers start, so no test's first page waits for esbuild.
      for (const group of /** @type {(keyof typeof GROUPS)[]} */ (Object.keys(GROUPS))) void bundle(group);
    },
    resolveImport({ source }) {
      return GROUP_OF.has(source) ? `${PREFIX}wrap/${encodeURIComponent(source)}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const rest = context.path.slice(PREFIX.length);
      if (rest.startsWith('wrap/')) {
        const specifier = decodeURIComponent(rest.slice('wrap/'.length, -'.js'.length));
        if (GROUP_OF.has(specifier)) return { body: wrapper(specifier), type: 'js' };
      }
      const group = rest.slice(0, -'.js'.length);
      if (group in GROUPS) return { body: await bundle(/** @type {keyof typeof GROUPS} */ (group)), type: 'js' };
      return undefined;
    },
  };
}
