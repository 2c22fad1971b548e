// @ts-check
/** Custom Elements Manifest (`custom-elements.json`), generated from the elements' class JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**', 'src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json `customElements` is kept by hand; the analyzer would rewrite the file.
  packagejson: false,
};
