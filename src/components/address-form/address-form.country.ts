/** Which country the address form starts with, and the country list it offers. */
import { COUNTRY_CODES } from '../../civic/index.js';
import { defaultCountry } from './default-country.js';
import { countryName } from './messages.js';

/** A known ISO 3166-1 alpha-2 code in upper case, else "US". */
export function normalizeCountry(code: string | null | undefined): string {
  const upper = (code ?? '').trim().toUpperCase();
  return COUNTRY_CODES.includes(upper) ? upper : 'US';
}

/** The nearest `lang` around the element, through the shadow roots it sits in (inside the prompt). */
function pageLanguage(element: Element): string {
  for (let node: Element | null = element; node;) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

/** `default-country`, else the page's or the browser's language region, else the US. */
export function startingCountry(host: HTMLElement, attribute: string): string {
  const browser = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return defaultCountry(attribute, [pageLanguage(host), ...browser], COUNTRY_CODES);
}

const countryLists = new Map<string, { code: string; name: string }[]>();

/** Every country, sorted by its name in `locale`; computed once per locale, not per render. */
export function countriesByName(locale: string): { code: string; name: string }[] {
  let list = countryLists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(locale, list);
  }
  return list;
}
