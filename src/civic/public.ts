/** `e911-location/civic`: the address parser, checks and one-line rendering, without Lit. */
export type { CivicAddress } from './civic-address.js';
export type { ParsedStreetLine, StreetParts } from './street-line.js';
export { parseStreetLine } from './street-line.js';
export type { AddressField, AddressFormValues, AddressValidation, FieldError, ValidationCode } from './validate.js';
export { validateAddress } from './validate.js';
export { formatCivicAddress } from './format.js';
export { addressLanguage } from './address-language.js';
