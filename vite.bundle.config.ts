/**
 * `dist/e911-location.bundle.js`: one self-contained, minified ES module for pages
 * without a bundler — Lit, @lit/localize, idb and every locale inlined.
 */
import { defineConfig } from 'vite';
import { libraryBase, libraryBuild } from './vite.shared.js';

const LICENSES =
  '/*! e911-location (MIT). Includes Lit, lit-html, lit-element, @lit/reactive-element, ' +
  '@lit/localize: Copyright Google LLC, BSD-3-Clause; idb: Copyright Jake Archibald, ISC. */';

export default defineConfig({
  ...libraryBase,
  build: {
    ...libraryBuild,
    lib: { entry: { 'e911-location.bundle': 'src/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'e911-location-chunks/[name]-[hash].js',
        minify: true,
        // Inlined code keeps its notices in one line instead of one per Lit module.
        postBanner: LICENSES,
      },
    },
  },
});
