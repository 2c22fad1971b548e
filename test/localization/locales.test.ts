import { expect } from '@open-wc/testing';
import { disabledIndexedDbOpen, patcher } from '../support/patch.js';
import { getLocale, matchLocale, setLocale } from '../../src/localization.js';
import { openLocationStore } from '../../src/store/index.js';
import { expectNoSeriousViolations, fillForm, shadow, textOf, until } from '../components/helpers.js';
import { cleanupPrompts, formOf, mount, mountPrompt, promptAttributes, settled } from '../components/prompt-helpers.js';

const EXPECTED = {
  en: { heading: 'Your location for emergency calls', acknowledge: 'I understand', notPersistent: 'kept only until you close this page', mexico: 'Enhanced 911 is not available in Mexico' },
  es: { heading: 'Su ubicación para llamadas de emergencia', acknowledge: 'Entiendo', notPersistent: 'solo hasta que cierre esta página', mexico: 'El servicio 911 mejorado no está disponible en México' },
  'fr-CA': { heading: 'Votre emplacement pour les appels d’urgence', acknowledge: 'Je comprends', notPersistent: 'seulement jusqu’à la fermeture de cette page', mexico: 'Le service 9-1-1 évolué n’est pas offert dans ce pays (Mexique)' },
} as const;

describe('localization', () => {
  afterEach(async () => {
    await cleanupPrompts();
    await setLocale('en');
  });

  it('matches language tags to the shipped locales', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('fr')).to.equal('fr-CA');
    expect(matchLocale('fr-FR')).to.equal('fr-CA');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('de')).to.equal(undefined);
  });

  it('rejects an unsupported locale with a helpful error', async () => {
    let error: unknown;
    await setLocale('de').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/unsupported locale "de".*en, es, fr-CA/);
    expect(getLocale()).to.equal('en');
  });

  for (const locale of ['en', 'es', 'fr-CA'] as const) {
    describe(locale, () => {
      beforeEach(() => setLocale(locale));

      it('renders every prompt state in the language without serious accessibility violations', async () => {
        const attributes = promptAttributes('home', { 'location-required': 'disclaimer' });
        const status = document.createElement('e911-location-status');
        mount(status);
        const m = mountPrompt(attributes);
        await expectNoSeriousViolations(document.body, 'closed');

        await m.next('e911-prompt-open');
        expect(shadow(m.el, '#heading').textContent).to.equal(EXPECTED[locale].heading);
        await expectNoSeriousViolations(m.el, 'open');

        const form = await formOf(m.el);
        shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
        await until(() => Boolean(form.shadowRoot!.querySelector('[aria-invalid=true]')), 'errors shown');
        await expectNoSeriousViolations(m.el, 'errors');

        await fillForm(form, { country: 'MX' });
        expect(textOf(m.el)).to.contain(EXPECTED[locale].mexico);

        shadow<HTMLButtonElement>(m.el, '[part=dismiss-button]').click();
        await until(() => Boolean(m.el.shadowRoot!.querySelector('[part=acknowledge-button]')), 'disclaimer shown');
        expect(shadow(m.el, '[part=acknowledge-button]').textContent!.trim()).to.equal(EXPECTED[locale].acknowledge);
        await expectNoSeriousViolations(m.el, 'disclaimer');
        shadow<HTMLButtonElement>(m.el, '[part=acknowledge-button]').click();
        await m.next('e911-prompt-close');
        await expectNoSeriousViolations(status, 'status');
      });

      it('lists saved locations in the language without serious accessibility violations', async () => {
        const attributes = promptAttributes('home', { 'location-required': 'no' });
        const store = await openLocationStore({ dbName: attributes['db-name'] });
        await store.save({ label: 'Casa', civic: { country: 'US', HNO: '9', RD: 'Lake', STS: 'Rd', A3: 'Ely', A1: 'MN' } });
        store.close();
        const m = mountPrompt(attributes);
        await settled(m);
        m.el.show();
        await m.next('e911-prompt-open');
        await until(() => Boolean(m.el.shadowRoot!.querySelector('[part=use-button]')), 'saved list shown');
        await expectNoSeriousViolations(m.el, 'saved list');
      });
    });
  }

  it('says in each language that the address is kept only for this page when storage is not persistent', async () => {
    const { patch, restoreAll } = patcher();
    patch(IDBFactory.prototype, 'open', disabledIndexedDbOpen());
    try {
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      for (const locale of ['en', 'es', 'fr-CA'] as const) {
        await setLocale(locale);
        await until(() => textOf(m.el).includes(EXPECTED[locale].notPersistent), `${locale} not-persistent note`);
      }
    } finally {
      restoreAll();
    }
  });
});
