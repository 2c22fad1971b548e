/**
 * The drop-in when the prompt's views cannot be fetched (prompt-views.body, loaded when the
 * panel first opens): the panel says so with "Try again" and "Not now", never blank; the
 * saved place stays saved and is still sent at dial time; once the chunk is back, "Try
 * again" shows the places. Real 404s from test/support/drop-in-middleware.js; `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deleteDb, expectNoSeriousViolations, lis, uniqueDbName } from '../components/helpers.js';
import { expectBuilt } from './built.js';

const KEY = `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const FOLDER = `/__drop-in-flaky__/${KEY}/lose-prompt-views.body`;
const NETWORK = `views-${KEY}`;
const HOME = { country: 'US', A1: 'IL', A3: 'Springfield', RD: 'Main', STS: 'St', HNO: '123', PC: '62701' };

type Store = {
  save(input: { label: string; civic: typeof HOME; networkId: string }): Promise<{ id: string }>;
  list(): Promise<{ id: string; label: string }[]>;
  close(): void;
};
type Prompt = HTMLElement & {
  open: boolean;
  location: { id: string } | null;
  updateComplete: Promise<boolean>;
  detect(): Promise<unknown>;
  show(): void;
  getEmergencyLocation(): Promise<{ location: { id: string } | null; pidfLo: string | null }>;
};
type DropIn = { openLocationStore(options: { dbName: string }): Promise<Store> };

const dbName = uniqueDbName();
const warnings: unknown[][] = [];
const originalWarn = console.warn;
let dropIn: DropIn;
let savedId = '';

function mountPrompt(): Prompt {
  const urls = lis('home', { networkId: NETWORK });
  const prompt = document.createElement('e911-location-prompt') as Prompt;
  for (const [name, value] of Object.entries({ 'held-url': urls.heldUrl, 'ip-echo-url': urls.ipEchoUrl, 'db-name': dbName, 'location-required': 'yes' })) {
    prompt.setAttribute(name, value);
  }
  document.body.append(prompt);
  return prompt;
}

describe('the drop-in without the prompt’s views', function () {
  this.timeout(20_000);

  before(async () => {
    const url = `${FOLDER}/e911-location.bundle.js`;
    await expectBuilt(url);
    console.warn = (...args: unknown[]) => warnings.push(args);
    dropIn = (await import(url)) as DropIn;
    const store = await dropIn.openLocationStore({ dbName });
    savedId = (await store.save({ label: 'Home', civic: HOME, networkId: NETWORK })).id;
    store.close();
  });

  after(async () => {
    console.warn = originalWarn;
    await deleteDb(dbName);
  });

  it('says the panel could not be loaded, offers "Try again" and "Not now", and still sends the saved place', async () => {
    const prompt = mountPrompt();
    try {
      await prompt.detect();
      await waitUntil(() => prompt.location?.id === savedId, 'the saved place was not reused');
      prompt.show();
      await prompt.updateComplete;
      const root = prompt.shadowRoot!;
      const alert = root.querySelector('[part="dialog"] [role="alert"]');
      expect(alert?.textContent).to.match(/could not be loaded/);
      expect(alert?.textContent).to.match(/Calls can still be placed/);
      expect(root.querySelector('[part="heading"]')?.textContent?.trim(), 'a heading, not a blank panel').to.equal('Your location for emergency calls');
      expect(root.querySelector('[part="retry"]')?.textContent?.trim()).to.equal('Try again');
      expect(root.querySelector('[part="dismiss-button"]')?.textContent?.trim()).to.equal('Not now');
      await waitUntil(() => root.activeElement === root.querySelector('[part="retry"]'), '"Try again" was not focused');
      expect(warnings.some((args) => String(args[0]).includes('views could not be loaded')), 'a warning for the administrator').to.equal(true);
      await expectNoSeriousViolations(prompt, 'prompt views load failed');
      // What a caller sees (looked at: test-results/drop-in/prompt-views-load-failed.png).
      for (const animation of root.getAnimations()) animation.finish();
      const shot = await executeServerCommand<{ path: string }, { folder: string; name: string }>('demo-screenshot', { folder: 'drop-in', name: 'prompt-views-load-failed' });
      expect(shot?.path).to.contain('prompt-views-load-failed');

      const answer = await prompt.getEmergencyLocation();
      expect(answer.location?.id, 'the saved place goes with the call').to.equal(savedId);
      expect(answer.pidfLo).to.contain('<ca:HNO>123</ca:HNO>');
      const store = await dropIn.openLocationStore({ dbName });
      try {
        expect((await store.list()).map((location) => location.id), 'nothing saved is lost').to.deep.equal([savedId]);
      } finally {
        store.close();
      }
    } finally {
      prompt.remove();
    }
  });

  it('closes with "Not now" while the views are missing', async () => {
    const prompt = mountPrompt();
    try {
      await prompt.detect();
      prompt.show();
      await prompt.updateComplete;
      const closed = new Promise<CustomEvent<{ reason: string }>>((resolve) =>
        prompt.addEventListener('e911-prompt-close', (event) => resolve(event as CustomEvent<{ reason: string }>), { once: true }),
      );
      prompt.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss-button"]')!.click();
      expect((await closed).detail.reason).to.equal('dismissed');
      expect(prompt.open).to.equal(false);
    } finally {
      prompt.remove();
    }
  });

  it('shows the saved places with "Try again" once the chunk is back', async () => {
    const prompt = mountPrompt();
    try {
      await prompt.detect();
      prompt.show();
      await prompt.updateComplete;
      const root = prompt.shadowRoot!;
      expect(root.querySelector('[part="retry"]'), 'still failing before the heal').to.not.equal(null);
      await fetch(`${FOLDER}/heal`, { method: 'POST' });
      root.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => root.querySelector('[part="saved-item"]'), 'the places did not load after "Try again"');
      expect(root.querySelector('[role="alert"]')).to.equal(null);
      expect(root.querySelector('[part="saved-item"]')?.textContent).to.contain('Home');
      await waitUntil(() => root.activeElement?.getAttribute('name') === 'place', 'the place was not focused');
    } finally {
      prompt.remove();
    }
  });
});
