/**
 * The drop-in as a folder copied somewhere else (entry + e911-location-chunks/), loaded
 * from a path that has nothing to do with dist/: its chunks come from beside it.
 * Served by test/support/drop-in-middleware.js; `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { deleteDb, lis, uniqueDbName } from '../components/helpers.js';
import { expectBuilt } from './built.js';

const FOLDER = '/__drop-in__/vendor/e911/v1';

type FormElement = HTMLElement & { updateComplete: Promise<boolean> };
type Prompt = HTMLElement & { open: boolean; location: unknown };

const databases: string[] = [];

/** A prompt that never opens by itself (policy "no"), on a LIS simulator scenario. */
function mountPrompt(scenario: string): Prompt {
  const urls = lis(scenario);
  const prompt = document.createElement('e911-location-prompt') as Prompt;
  const dbName = uniqueDbName();
  databases.push(dbName);
  for (const [name, value] of Object.entries({ 'held-url': urls.heldUrl, 'ip-echo-url': urls.ipEchoUrl, 'db-name': dbName, 'location-required': 'no' })) {
    prompt.setAttribute(name, value);
  }
  document.body.append(prompt);
  return prompt;
}

/** The next idle period (WebKit has no requestIdleCallback: the next task after a frame). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

function chunkRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/e911-location-chunks/'));
}

describe('the drop-in folder served from another path', () => {
  before(async () => {
    const url = `${FOLDER}/e911-location.bundle.js`;
    await expectBuilt(url);
    await import(url);
  });

  after(() => Promise.all(databases.map((name) => deleteDb(name))));

  it('loads only the startup chunks with the entry, from beside it', () => {
    const loaded = chunkRequests();
    expect(loaded.length, 'startup chunks').to.be.greaterThan(0);
    for (const path of loaded) expect(path.startsWith(`${FOLDER}/e911-location-chunks/`), path).to.equal(true);
    expect(loaded.some((path) => path.includes('address-form.body')), 'the form waits until it is needed').to.equal(false);
    expect(loaded.some((path) => path.includes('prompt-views.body')), 'the panel\'s views wait until it opens').to.equal(false);
  });

  it('does not fetch the form at headquarters, where the LIS gives the location', async () => {
    const prompt = mountPrompt('headquarters');
    try {
      await waitUntil(() => prompt.location !== null, 'the LIS location was not used', { timeout: 8000 });
      await idle();
      await idle();
      expect(chunkRequests().filter((path) => path.includes('address-form.body'))).to.deep.equal([]);
    } finally {
      prompt.remove();
    }
  });

  it('fetches the form while idle when nothing saved fits the network, before anyone opens it', async () => {
    const prompt = mountPrompt('home');
    try {
      await waitUntil(() => chunkRequests().some((path) => path.includes('address-form.body')), 'the form chunk was not preloaded', { timeout: 8000 });
      expect(prompt.open, 'policy "no": the prompt stayed closed').to.equal(false);
    } finally {
      prompt.remove();
    }
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
      await waitFor(() => chunkRequests().some((path) => /\/fr-CA-[\w-]+\.js$/.test(path)), 'the fr-CA chunk was not requested');
      expect(chunkRequests().filter((path) => path.includes('fr-CA')).every((path) => path.startsWith(`${FOLDER}/`))).to.equal(true);
    } finally {
      await api.setLocale('en');
    }
  });
});
