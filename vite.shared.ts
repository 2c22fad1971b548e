/** What the per-entry build and the bundle build share: class semantics, template minification, output basics. */
import type { UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './scripts/minify-templates.js';

export const libraryBase = {
  root: fileURLToPath(new URL('.', import.meta.url)),
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
} satisfies UserConfig;

export const libraryBuild = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2022',
  sourcemap: true,
  // Library mode leaves minification off; softphone pages pay for every byte.
  // Source maps carry the readable code.
  minify: true,
} satisfies UserConfig['build'];
