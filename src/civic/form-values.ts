/** Turns a saved civic address back into the address form's values (for editing). */
import type { CivicAddress } from './civic-address.js';
import { formatStreetLine } from './format.js';
import type { AddressFormValues } from './validate.js';

/** The form values for a civic address; the street line is rebuilt with `formatStreetLine`. */
export function toFormValues(civic: CivicAddress, label: string): AddressFormValues {
  return {
    label: label ?? '',
    country: civic.country ?? '',
    street: formatStreetLine(civic),
    LOC: civic.LOC ?? '',
    A3: civic.A3 ?? '',
    A1: civic.A1 ?? '',
    PC: civic.PC ?? '',
  };
}
