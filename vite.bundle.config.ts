/**
 * `dist/e911-location.bundle.js`: one self-contained, minified ES module for pages
 * without a bundler — Lit, @lit/localize, idb and every locale inlined.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates.js';

const root = fileURLToPath(new URL('.', import.meta.url));

const LICENSES =
  '/*! e911-location (MIT). Includes Lit, lit-html, lit-element, @lit/reactive-element, ' +
  '@lit/localize: Copyright Google LLC, BSD-3-Clause; idb: Copyright Jake Archibald, ISC. */';

export default defineConfig({
  root,
  publicDir: false,
  plugins: [minifyTemplates()],
  logLevel: 'warn',
  // The same class semantics as tsconfig.json (experimentalDecorators, useDefineForClassFields
  // false), set here because oxc only reads a tsconfig whose `include` covers the file.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: { entry: { 'e911-location.bundle': 'src/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        // Locales are loaded with import(); a single file must carry them all.
        codeSplitting: false,
        // Vite's ES library mode mangles but keeps whitespace unless asked for the full minifier.
        // Inside this single file, private members (`_name`) are renamed too. Never public
        // API, never Lit's cross-copy `_$…` fields.
        minify: { compress: true, mangle: true, codegen: { removeWhitespace: true }, mangleProps: { include: /^_[a-zA-Z]/ } },
        // Inlined code keeps its notices in one line instead of one per Lit module.
        postBanner: LICENSES,
      },
    },
  },
});
