/**
 * The built `dist/e911-location.bundle.js`, as a page without a bundler loads it.
 * `npm test` builds first; run `npm run build` before `npm run test:browser` alone.
 */
import { expect } from '@open-wc/testing';
import { expectBuilt } from './built.js';

const BUNDLE = '/dist/e911-location.bundle.js';

type Api = Record<string, unknown>;

async function importBundle(query = ''): Promise<Api> {
  await expectBuilt(BUNDLE);
  // A variable specifier: the file exists only after the build, so tsc must not resolve it.
  const url = `${BUNDLE}${query}`;
  return (await import(url)) as Api;
}

describe('e911-location.bundle.js', () => {
  it('exports the same functions as the root entry', async () => {
    const api = await importBundle();
    for (const name of ['detectNetwork', 'openLocationStore', 'toPidfLo', 'parsePidfLo', 'emergencyCallParts', 'setLocale']) {
      expect(typeof api[name], name).to.equal('function');
    }
  });

  it('registers every element', async () => {
    await importBundle();
    for (const tag of ['e911-location-prompt', 'e911-address-form', 'e911-location-status']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('loads a second copy without throwing', async () => {
    await importBundle();
    // A different URL is a second module instance: it must not define the tags again.
    await importBundle('?second-copy');
    expect(customElements.get('e911-address-form')).to.be.a('function');
  });

  it('imports only its own chunks, by relative URL from beside it: Lit and idb are inlined', async () => {
    const code = await (await fetch(BUNDLE)).text();
    const imports = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);
    expect(imports.length, 'chunks').to.be.greaterThan(0);
    for (const specifier of imports) expect(specifier, specifier).to.match(/^\.\/e911-location-chunks\/[\w.-]+\.js$/);
  });

  it('renders the address form with its named fields (decorators and class fields survive minifying)', async () => {
    await importBundle();
    const form = document.createElement('e911-address-form') as HTMLElement & { updateComplete?: Promise<unknown> };
    document.body.append(form);
    try {
      await form.updateComplete;
      const root = form.shadowRoot;
      expect(root, 'shadow root').to.not.equal(null);
      for (const name of ['label', 'country', 'street', 'LOC', 'A3', 'A1', 'PC']) {
        expect(root?.querySelector(`[name="${name}"]`), name).to.not.equal(null);
      }
      expect(root?.querySelector('button[type="submit"]'), 'submit button').to.not.equal(null);
    } finally {
      form.remove();
    }
  });
});
