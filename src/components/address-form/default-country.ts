/** The country the address form starts with when the host does not say. */

/**
 * `default-country` when it is a known code; else the region of the first language tag that
 * has one (the page's `lang`, then the browser's languages: "fr-CA" → CA); else "US".
 */
export function defaultCountry(attribute: string | null | undefined, languages: readonly (string | null | undefined)[], known: readonly string[]): string {
  const stated = (attribute ?? '').trim().toUpperCase();
  if (known.includes(stated)) return stated;
  for (const tag of languages) {
    let region: string | undefined;
    try {
      // Only a region that is written counts: a bare "fr" says nothing about where the user is.
      region = tag ? new Intl.Locale(tag).region : undefined;
    } catch {
      region = undefined;
    }
    if (region && known.includes(region.toUpperCase())) return region.toUpperCase();
  }
  return 'US';
}
