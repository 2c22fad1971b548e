/** The language an address's text is written in (its xml:lang), from where it is, not from the UI. */
import type { CivicAddress } from './civic-address.js';

const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * BCP 47 tag for the civic address text: Quebec addresses are French ("fr-CA"), the rest
 * of Canada English ("en-CA"), Puerto Rico Spanish ("es-PR"), the rest of the US English
 * ("en-US"). Elsewhere `stated` is kept only when its region is the address's country
 * ("de-DE" for an address in DE); otherwise undefined, since a wrong tag is worse than none.
 */
export function addressLanguage(civic: Pick<CivicAddress, 'country' | 'A1'>, stated?: string): string | undefined {
  const country = String(civic?.country ?? '').toUpperCase();
  const region = String(civic?.A1 ?? '').toUpperCase();
  if (country === 'CA') return region === 'QC' ? 'fr-CA' : 'en-CA';
  if (country === 'US') return region === 'PR' ? 'es-PR' : 'en-US';
  if (typeof stated !== 'string' || !BCP47.test(stated)) return undefined;
  const statedRegion = stated.split('-').find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return statedRegion?.toUpperCase() === country ? stated : undefined;
}
