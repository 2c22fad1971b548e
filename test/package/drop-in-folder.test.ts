/**
 * The drop-in as a folder copied somewhere else (entry + e911-location-chunks/), loaded
 * from a path that has nothing to do with dist/: its chunks come from beside it.
 * Served by test/support/drop-in-middleware.js; `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';

const FOLDER = '/__drop-in__/vendor/e911/v1';

type FormElement = HTMLElement & { updateComplete: Promise<boolean> };

function chunkRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/e911-location-chunks/'));
}

describe('the drop-in folder served from another path', () => {
  before(async () => {
    const url = `${FOLDER}/e911-location.bundle.js`;
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${url} is missing (HTTP ${response.status}): run \`npm run build\` before the browser tests.`);
    await import(url);
  });

  it('loads only the startup chunks with the entry, from beside it', () => {
    const loaded = chunkRequests();
    expect(loaded.length, 'startup chunks').to.be.greaterThan(0);
    for (const path of loaded) expect(path.startsWith(`${FOLDER}/e911-location-chunks/`), path).to.equal(true);
    expect(loaded.some((path) => path.includes('address-form.body')), 'the form waits until it is needed').to.equal(false);
  });

  it('loads the address form from its chunk beside the entry when a form is shown', async () => {
    const form = document.createElement('e911-address-form') as FormElement;
    document.body.append(form);
    try {
      await form.updateComplete;
      for (const name of ['label', 'country', 'street', 'LOC', 'A3', 'A1', 'PC']) {
        expect(form.shadowRoot?.querySelector(`[name="${name}"]`), name).to.not.equal(null);
      }
      const body = chunkRequests().filter((path) => path.includes('address-form.body'));
      expect(body).to.have.length(1);
      expect(body[0].startsWith(`${FOLDER}/e911-location-chunks/`), body[0]).to.equal(true);
    } finally {
      form.remove();
    }
  });

  it('loads another language from beside the entry', async () => {
    const api = (await import(`${FOLDER}/e911-location.bundle.js`)) as { setLocale(locale: string): Promise<void> };
    try {
      await api.setLocale('fr-CA');
      await waitUntil(() => chunkRequests().some((path) => /\/fr-CA-[\w-]+\.js$/.test(path)), 'the fr-CA chunk was not requested');
      expect(chunkRequests().filter((path) => path.includes('fr-CA')).every((path) => path.startsWith(`${FOLDER}/`))).to.equal(true);
    } finally {
      await api.setLocale('en');
    }
  });
});
