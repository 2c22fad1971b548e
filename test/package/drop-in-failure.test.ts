/**
 * The drop-in when its chunks cannot be fetched (a copy without its chunk folder, a server
 * that lost them): the form says so and offers "Try again", the prompt still answers at
 * dial time. Real 404s from test/support/drop-in-middleware.js; `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { deleteDb, expectNoSeriousViolations, lis, uniqueDbName } from '../components/helpers.js';
import { expectBuilt } from './built.js';

const KEY = `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const FOLDER = `/__drop-in-flaky__/${KEY}`;

type FormElement = HTMLElement & { updateComplete: Promise<boolean>; submit(): boolean };
type Prompt = HTMLElement & {
  updateComplete: Promise<boolean>;
  show(): void;
  getEmergencyLocation(): Promise<{ location: unknown; validation: string }>;
};

const dbName = uniqueDbName();
const warnings: unknown[][] = [];
const originalWarn = console.warn;

describe('the drop-in without its chunks', function () {
  this.timeout(20_000);

  before(async () => {
    const url = `${FOLDER}/e911-location.bundle.js`;
    await expectBuilt(url);
    console.warn = (...args: unknown[]) => warnings.push(args);
    await import(url);
  });

  after(async () => {
    console.warn = originalWarn;
    await deleteDb(dbName);
  });

  it('says the form could not be loaded, offers "Try again" and shows no fields', async () => {
    const form = document.createElement('e911-address-form') as FormElement;
    document.body.append(form);
    try {
      await form.updateComplete;
      const alert = form.shadowRoot?.querySelector('[role="alert"]');
      expect(alert?.textContent).to.match(/could not be loaded/);
      expect(alert?.textContent).to.match(/Calls can still be placed/);
      expect(form.shadowRoot?.querySelector('[part="retry"]')?.textContent?.trim()).to.equal('Try again');
      expect(form.shadowRoot?.querySelector('input')).to.equal(null);
      expect(form.submit(), 'nothing to submit').to.equal(false);
      expect(warnings.some((args) => String(args[0]).includes('could not be loaded')), 'a warning for the administrator').to.equal(true);
      await expectNoSeriousViolations(form, 'form load failed');
    } finally {
      form.remove();
    }
  });

  it('still answers at dial time while the prompt shows the failure', async () => {
    const urls = lis('home');
    const prompt = document.createElement('e911-location-prompt') as Prompt;
    prompt.setAttribute('held-url', urls.heldUrl);
    prompt.setAttribute('ip-echo-url', urls.ipEchoUrl);
    prompt.setAttribute('db-name', dbName);
    prompt.setAttribute('location-required', 'no');
    document.body.append(prompt);
    try {
      prompt.show();
      await prompt.updateComplete;
      const form = prompt.shadowRoot?.querySelector('e911-address-form') as FormElement | null;
      expect(form, 'the form in the panel').to.not.equal(null);
      await form!.updateComplete;
      expect(form!.shadowRoot?.querySelector('[role="alert"]')).to.not.equal(null);
      // What a caller sees in the panel (looked at: test-results/drop-in/).
      for (const animation of prompt.shadowRoot?.getAnimations() ?? []) animation.finish();
      const shot = await executeServerCommand<{ path: string }, { folder: string; name: string }>('demo-screenshot', { folder: 'drop-in', name: 'form-load-failed' });
      expect(shot?.path).to.contain('form-load-failed');
      const answer = await prompt.getEmergencyLocation();
      expect(answer.location).to.equal(null);
    } finally {
      prompt.remove();
    }
  });

  it('loads the fields with "Try again" once the chunks are back, and focuses the street', async () => {
    const form = document.createElement('e911-address-form') as FormElement;
    document.body.append(form);
    try {
      await form.updateComplete;
      const retry = form.shadowRoot?.querySelector<HTMLButtonElement>('[part="retry"]');
      expect(retry, 'the retry button').to.not.equal(null);
      await fetch(`${FOLDER}/heal`, { method: 'POST' });
      retry!.click();
      await waitFor(() => form.shadowRoot?.querySelector('[name="street"]'), 'the fields did not load after "Try again"');
      await form.updateComplete;
      expect(form.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
      await waitFor(() => form.shadowRoot?.activeElement?.getAttribute('name') === 'street', 'the street field was not focused');
    } finally {
      form.remove();
    }
  });
});
