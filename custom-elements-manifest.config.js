// @ts-check
/** Custom Elements Manifest (`custom-elements.json`), generated from the elements' class JSDoc. */

/**
 * The elements are defined as `customElements.define(LOCATION_PROMPT_TAG, …)`; the analyzer
 * records the constant's name as the tag. This resolves string constants to their values.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function resolveTagConstants() {
  /** @type {Map<string, string>} */
  const constants = new Map();
  return {
    name: 'e911-resolve-tag-constants',
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteral(node.initializer)) {
        constants.set(node.name.text, node.initializer.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of /** @type {any[]} */ (module.declarations ?? [])) {
          if (declaration.tagName && constants.has(declaration.tagName)) declaration.tagName = constants.get(declaration.tagName);
        }
        for (const exported of /** @type {any[]} */ (module.exports ?? [])) {
          if (exported.kind === 'custom-element-definition' && constants.has(exported.name)) exported.name = constants.get(exported.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**', 'src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json `customElements` is kept by hand; the analyzer would rewrite the file.
  packagejson: false,
  plugins: [resolveTagConstants()],
};
