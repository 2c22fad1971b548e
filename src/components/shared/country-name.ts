/** Country names from the platform, and the one country sentence the prompt and the badge also need at startup. */
import { msg, str } from '@lit/localize';
import { getLocale } from '../../localization.js';

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * The country's name in the active locale, e.g. "Canada" or "Mexique": the platform's
 * own names (Intl.DisplayNames), so the package ships no table of them. One formatter
 * per locale: building one per name cost more than the whole form's first render.
 */
export function countryName(code: string): string {
  const locale = getLocale();
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Said when E9-1-1 does not serve the chosen country. */
export function noE911Message(country: string): string {
  const name = countryName(country);
  return msg(str`Enhanced 911 is not available in ${name}. Emergency calls go through the local carrier.`, {
    id: 'common.no-e911-country',
  });
}
