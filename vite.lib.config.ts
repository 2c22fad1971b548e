/**
 * Per-entry ES modules for bundler users: one file per `exports` entry, shared code in
 * chunks, runtime dependencies (Lit, @lit/localize, idb) left as imports so an app that
 * already has Lit loads it once.
 */
import { defineConfig } from 'vite';
import { libraryBase, libraryBuild } from './vite.shared.js';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Peers (React and @lit/react, for `e911-location/react`) are the app's own copies, never bundled.
const runtimeDependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** `lit`, `lit/decorators.js`, `@lit/localize`, `idb/with-async-ittr` … stay imports. */
export function isRuntimeDependency(id: string): boolean {
  return runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

export const entries = {
  index: 'src/index.ts',
  detect: 'src/detect/index.ts',
  pidf: 'src/pidf/index.ts',
  store: 'src/store/index.ts',
  civic: 'src/civic/public.ts',
  sip: 'src/sip/index.ts',
  react: 'src/react/index.ts',
};

export default defineConfig({
  ...libraryBase,
  build: {
    ...libraryBuild,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: isRuntimeDependency,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite's ES library mode mangles but keeps whitespace unless asked for the full minifier.
        minify: true,
      },
    },
  },
});
