/** Internal barrel of the civic-address API used by the elements (not a public entry point). */
export type { CivicAddress, CivicElement } from './civic-address.js';
export { CIVIC_ELEMENTS } from './civic-address.js';
export type { CountryProfile, Region } from './country-profile.js';
export { COUNTRY_CODES, countryProfile } from './country-profile.js';
export type { ParsedStreetLine, StreetParts } from './street-line.js';
export { parseStreetLine } from './street-line.js';
export type { AddressField, AddressFormValues, AddressValidation, FieldError, ValidationCode } from './validate.js';
export { ADDRESS_FIELDS, MAX_LENGTHS, validateAddress } from './validate.js';
export { toFormValues } from './form-values.js';
export { formatCivicAddress, formatStreetLine } from './format.js';
