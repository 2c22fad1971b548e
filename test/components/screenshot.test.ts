import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../src/localization.js';
import { expectNoSeriousViolations, shadow, until } from './helpers.js';
import { cleanupPrompts, formOf, mountPrompt, promptAttributes } from './prompt-helpers.js';

/** Ends the dialog's opening animation, so the picture shows the settled state (a background page never runs it). */
async function settledAnimations(root: ShadowRoot): Promise<void> {
  for (const animation of root.getAnimations()) animation.finish();
}

async function screenshot(name: string): Promise<void> {
  const result = await executeServerCommand<{ path: string }, { folder: string; name: string }>('demo-screenshot', { folder: 'prompt', name });
  expect(result?.path).to.contain(name);
}

describe('prompt screenshots (test-results/prompt/)', () => {
  afterEach(async () => {
    await cleanupPrompts();
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of ['en', 'es', 'fr-CA'] as const) {
    it(`shows the open prompt with validation messages in ${locale}`, async () => {
      await setLocale(locale);
      await setViewport({ width: 800, height: 1100 });
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      const form = await formOf(m.el);
      shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
      await until(() => Boolean(form.shadowRoot!.querySelector('[aria-invalid=true]')), 'errors shown');
      await settledAnimations(m.el.shadowRoot!);
      await screenshot(`prompt-${locale}`);
    });
  }

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const m = mountPrompt(promptAttributes('home'));
    await m.next('e911-prompt-open');
    await formOf(m.el);
    await settledAnimations(m.el.shadowRoot!);
    const dialog = shadow<HTMLDialogElement>(m.el, 'dialog');
    expect(dialog.getBoundingClientRect().width).to.be.at.most(320);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    await expectNoSeriousViolations(m.el, '320 px');
    await screenshot('prompt-320px');
  });
});
