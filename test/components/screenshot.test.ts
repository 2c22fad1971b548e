import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../src/localization.js';
import { openLocationStore } from '../../src/store/index.js';
import { expectNoSeriousViolations, shadow, textOf, until } from './helpers.js';
import { cleanupPrompts, formOf, mount, mountPrompt, panelOf, promptAttributes, type Mounted } from './prompt-helpers.js';

const LOCALES = ['en', 'es', 'fr-CA'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
] as const;
const BRANCH_SITES = JSON.stringify([
  { name: 'Springfield branch', subnets: ['10.2.0.0/16'], e911: 'enabled', address: { country: 'US', HNO: '400', PRD: 'E', RD: 'Adams', STS: 'St', A3: 'Springfield', A1: 'IL', PC: '62701' } },
]);
const LONDON_SITES = JSON.stringify([{ name: 'London office', subnets: ['10.44.0.0/16'], e911: 'local-pstn', country: 'GB' }]);

/** Ends the panel's opening animation, so the picture shows the settled state (a background page never runs it). */
function settledAnimations(root: ShadowRoot): void {
  for (const animation of root.getAnimations()) animation.finish();
}

async function screenshot(name: string): Promise<void> {
  const result = await executeServerCommand<{ path: string }, { folder: string; name: string }>('demo-screenshot', { folder: 'prompt', name });
  expect(result?.path).to.contain(name);
}

/** A host page behind the prompt: a header with the call controls, some content. */
function hostPage(): void {
  document.body.style.font = '16px/1.5 system-ui, sans-serif';
  const page = document.createElement('div');
  const header = document.createElement('header');
  header.style.cssText = 'display:flex;gap:8px;align-items:center;padding:12px 16px;background:#1d2a3a;color:#fff;font:16px system-ui';
  const name = document.createElement('strong');
  name.textContent = 'Softphone';
  const dial = document.createElement('button');
  dial.textContent = 'Dial 911';
  dial.style.cssText = 'background:#b3261e;color:#fff;border:0;border-radius:8px;padding:8px 16px;font-weight:700';
  header.append(name, dial);
  const main = document.createElement('p');
  main.style.cssText = 'padding:0 16px;font:16px/1.5 system-ui;max-width:40rem';
  main.textContent = 'Recent calls, contacts and voicemail of the host application stay usable while the location panel is open.';
  page.append(header, main);
  mount(page);
}

async function saveTwoPlaces(dbName: string): Promise<void> {
  const store = await openLocationStore({ dbName });
  await store.save({ label: 'Cabin', civic: { country: 'US', HNO: '9', RD: 'Lake', STS: 'Rd', A3: 'Ely', A1: 'MN', PC: '55731' } });
  await store.save({ label: 'Home', civic: { country: 'US', HNO: '123', PRD: 'N', RD: 'Main', STS: 'St', LOC: 'Apt 4', A3: 'Springfield', A1: 'IL', PC: '62704' } });
  store.close();
}

/** Each prompt state, reached the way a user reaches it. */
const STATES: Record<string, () => Promise<Mounted>> = {
  async form() {
    const m = mountPrompt(promptAttributes('home'));
    await m.next('e911-prompt-open');
    await formOf(m.el);
    return m;
  },
  async 'form-errors'() {
    const m = await STATES.form!();
    const form = await formOf(m.el);
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await until(() => Boolean(form.shadowRoot!.querySelector('[aria-invalid=true]')), 'errors shown');
    return m;
  },
  async choose() {
    const attributes = promptAttributes('hotel');
    await saveTwoPlaces(attributes['db-name']!);
    const m = mountPrompt(attributes);
    await m.next('e911-prompt-open');
    await until(() => m.el.shadowRoot!.querySelectorAll('input[name=place]').length === 2, 'places listed');
    return m;
  },
  async 'manage-undo'() {
    const m = await STATES.choose!();
    shadow<HTMLButtonElement>(m.el, '[part=manage-button]').click();
    await until(() => Boolean(m.el.shadowRoot!.querySelector('[part=delete-button]')), 'manage view');
    shadow<HTMLButtonElement>(m.el, '[part=delete-button]').click();
    await until(() => Boolean(m.el.shadowRoot!.querySelector('[part=undo]')), 'undo offered');
    return m;
  },
  async disclaimer() {
    const m = mountPrompt(promptAttributes('home', { 'location-required': 'disclaimer', disclaimer: 'Without a location, 911 may not find you. Tell the call-taker where you are. — IT' }));
    await m.next('e911-prompt-open');
    shadow<HTMLButtonElement>(m.el, '[part=dismiss-button]').click();
    await until(() => Boolean(m.el.shadowRoot!.querySelector('[part=acknowledge-button]')), 'disclaimer shown');
    return m;
  },
  async 'branch-choose'() {
    const m = mountPrompt(promptAttributes('branch-wan-outage', { timeout: '1500', sites: BRANCH_SITES }));
    await m.next('e911-prompt-open');
    await until(() => Boolean(m.el.shadowRoot!.querySelector('input[name=place]')), 'site offered');
    return m;
  },
  async 'branch-confirm'() {
    const m = await STATES['branch-choose']!();
    shadow<HTMLButtonElement>(m.el, '[part=use-button]').click();
    await until(() => Boolean(m.el.shadowRoot!.querySelector('e911-address-form')), 'confirm view');
    await until(() => /400 E Adams/.test((shadow(m.el, 'e911-address-form') as HTMLElement & { values: { street: string } }).values.street), 'prefilled');
    return m;
  },
  async 'local-pstn-site'() {
    const m = mountPrompt(promptAttributes('london-office', { sites: LONDON_SITES }));
    await m.next('e911-network-change');
    await m.el.detect();
    m.el.show();
    await m.next('e911-prompt-open');
    await until(() => textOf(m.el).includes('London office'), 'the local-pstn note names the site');
    return m;
  },
};

describe('prompt states: axe in every locale, screenshots at 1280 and 320 px (test-results/prompt/)', function () {
  this.timeout(30_000);

  afterEach(async () => {
    await cleanupPrompts();
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
    document.body.style.font = '';
  });

  for (const locale of LOCALES) {
    for (const [state, reach] of Object.entries(STATES)) {
      it(`${state} in ${locale}: no serious accessibility violation${locale === 'en' ? ', screenshots' : ''}`, async () => {
        await setLocale(locale);
        if (locale === 'en') hostPage();
        const m = await reach();
        await m.el.updateComplete;
        settledAnimations(m.el.shadowRoot!);
        expect(shadow(m.el, '[part=calm]').textContent!.trim()).not.to.equal('');
        await expectNoSeriousViolations(m.el, `${state}, ${locale}`);
        if (locale !== 'en') return;
        for (const { width, height } of SIZES) {
          await setViewport({ width, height });
          await m.el.updateComplete;
          const panel = panelOf(m.el)!;
          expect(panel.scrollWidth, `${state} at ${width} px: no horizontal scrolling`).to.be.at.most(panel.clientWidth);
          expect(panel.getBoundingClientRect().width).to.be.at.most(width);
          await screenshot(`${state}-${width}px`);
        }
      });
    }
  }

  it('says the calm line in every locale', async () => {
    const lines: string[] = [];
    for (const locale of LOCALES) {
      await setLocale(locale);
      const m = await STATES.form!();
      lines.push(shadow(m.el, '[part=calm]').textContent!.trim());
      await cleanupPrompts();
    }
    expect(lines[0]).to.equal('In an emergency, call 911 now — you can finish this later.');
    expect(new Set(lines).size, 'translated').to.equal(3);
  });
});
