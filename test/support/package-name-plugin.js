// @ts-check
/**
 * Resolves `e911-location` and its sub-entries (`e911-location/sip`, …) to the build in
 * dist/, through package.json `exports`, the way an app that installed the package does:
 * the examples import the package by its name, and their tests run what was built.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** `e911-location/sip` → `/dist/sip.js`, from the `default` condition of `exports`. @param {string} source */
export function builtFileOf(source) {
  if (source !== pkg.name && !source.startsWith(`${pkg.name}/`)) return undefined;
  const entry = pkg.exports[`.${source.slice(pkg.name.length)}`];
  const target = typeof entry === 'string' ? entry : entry?.default;
  return typeof target === 'string' ? target.replace(/^\./, '') : undefined;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function packageNamePlugin() {
  return {
    name: 'e911-package-name',
    resolveImport({ source }) {
      return builtFileOf(source);
    },
  };
}
