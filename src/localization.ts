/** Runtime localization: English source, Spanish and Canadian French, loaded on demand. */
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['es', 'fr-CA'] as const;
export type SupportedLocale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];
export const SUPPORTED_LOCALES: readonly SupportedLocale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

// Static imports per locale (not a template path) so that bundlers inline them.
const loaders: Record<(typeof TARGET_LOCALES)[number], () => Promise<LocaleModule>> = {
  es: () => import('./locales/es.js'),
  'fr-CA': () => import('./locales/fr-CA.js'),
};

type Localization = { getLocale: () => string; setLocale: (locale: string) => Promise<void> };

// @lit/localize may be configured only once per page; a second copy of this package
// (or a second import through another URL) reuses the first configuration.
const GLOBAL_KEY = Symbol.for('e911-location.localization');
type GlobalWithLocalization = typeof globalThis & { [GLOBAL_KEY]?: Localization };

function configure(): Localization {
  const global = globalThis as GlobalWithLocalization;
  const existing = global[GLOBAL_KEY];
  if (existing) return existing;
  let configured: Localization;
  try {
    configured = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
    });
  } catch (error) {
    // The page configured @lit/localize itself: keep its configuration, stay in English.
    console.warn('e911-location: @lit/localize is already configured by the page; setLocale() is unavailable.', error);
    configured = { getLocale: () => SOURCE_LOCALE, setLocale: () => Promise.resolve() };
  }
  global[GLOBAL_KEY] = configured;
  return configured;
}

const localization = configure();

/**
 * The supported locale for a BCP 47 language tag: `es-MX` → `es`, `fr` or `fr-FR` →
 * `fr-CA`, anything else → `undefined`.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale | undefined {
  const lower = (tag ?? '').trim().toLowerCase();
  if (!lower) return undefined;
  const language = lower.split(/[-_]/)[0];
  if (language === 'en') return 'en';
  if (language === 'es') return 'es';
  if (language === 'fr') return 'fr-CA';
  return undefined;
}

/** The active locale: `en`, `es` or `fr-CA`. */
export function getLocale(): SupportedLocale {
  return (matchLocale(localization.getLocale()) ?? SOURCE_LOCALE) as SupportedLocale;
}

/**
 * Switches every element of the package to `locale` (`en`, `es`, `fr-CA`, or a tag
 * they cover such as `es-MX` or `fr`). Resolves when the new strings are rendered-ready.
 * Throws a `RangeError` for a language the package does not ship.
 */
export function setLocale(locale: string): Promise<void> {
  const match = matchLocale(locale);
  if (!match) {
    return Promise.reject(new RangeError(`e911-location: unsupported locale "${locale}"; use one of ${SUPPORTED_LOCALES.join(', ')}.`));
  }
  return localization.setLocale(match);
}

// Default: the document's language, when the package speaks it.
const documentLocale = typeof document === 'undefined' ? undefined : matchLocale(document.documentElement.lang);
if (documentLocale && documentLocale !== getLocale()) {
  setLocale(documentLocale).catch((error: unknown) => console.warn('e911-location: could not load locale', documentLocale, error));
}
