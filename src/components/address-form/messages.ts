/** Localized labels, hints and validation messages of the address form, keyed by field and reason code. */
import { msg, str } from '@lit/localize';
import type { AddressField, CountryProfile, FieldError } from '../../civic/index.js';

export { countryName, noE911Message } from '../shared/country-name.js';

export function fieldLabel(field: AddressField, profile: CountryProfile): string {
  switch (field) {
    case 'label':
      return msg('Name for this place (optional)', { id: 'form.label.label' });
    case 'country':
      return msg('Country', { id: 'form.country.label' });
    case 'street':
      return msg('Street address', { id: 'form.street.label' });
    case 'LOC':
      return msg('Apartment, suite or floor (optional)', { id: 'form.loc.label' });
    case 'A3':
      return msg('City', { id: 'form.city.label' });
    case 'A1':
      return regionLabel(profile);
    case 'PC':
      return postalLabel(profile);
  }
}

function regionLabel(profile: CountryProfile): string {
  const label =
    profile.regionKind === 'state'
      ? msg('State', { id: 'form.region.state' })
      : profile.regionKind === 'province'
        ? msg('Province or territory', { id: 'form.region.province' })
        : msg('State, province or region', { id: 'form.region.region' });
  return profile.regionRequired ? label : msg(str`${label} (optional)`, { id: 'form.optional' });
}

function postalLabel(profile: CountryProfile): string {
  const label = profile.postalKind === 'zip' ? msg('ZIP code', { id: 'form.postal.zip' }) : msg('Postal code', { id: 'form.postal.postal' });
  return profile.postalCode?.required ? label : msg(str`${label} (optional)`, { id: 'form.optional' });
}

export function fieldHint(field: AddressField, profile: CountryProfile): string | undefined {
  switch (field) {
    case 'label':
      return msg('For example Home or Hotel. Without a name, the street address is shown.', { id: 'form.label.hint' });
    case 'street':
      return msg('House number and street, for example 123 N Main St.', { id: 'form.street.hint' });
    case 'PC': {
      const example = profile.postalCode?.example;
      return example ? msg(str`For example ${example}.`, { id: 'form.postal.hint' }) : undefined;
    }
    default:
      return undefined;
  }
}

function requiredMessage(field: AddressField, profile: CountryProfile): string {
  switch (field) {
    case 'label':
      return msg('Enter a name for this place.', { id: 'form.error.required.label' });
    case 'country':
      return msg('Choose a country.', { id: 'form.error.required.country' });
    case 'street':
      return msg('Enter the street address.', { id: 'form.error.required.street' });
    case 'LOC':
      return msg('Enter the apartment, suite or floor.', { id: 'form.error.required.loc' });
    case 'A3':
      return msg('Enter the city.', { id: 'form.error.required.city' });
    case 'A1':
      return profile.regionKind === 'state'
        ? msg('Choose a state.', { id: 'form.error.required.state' })
        : profile.regionKind === 'province'
          ? msg('Choose a province or territory.', { id: 'form.error.required.province' })
          : msg('Enter the state, province or region.', { id: 'form.error.required.region' });
    case 'PC':
      return profile.postalKind === 'zip'
        ? msg('Enter the ZIP code.', { id: 'form.error.required.zip' })
        : msg('Enter the postal code.', { id: 'form.error.required.postal' });
  }
}

/** The message shown under a field for one validation error. */
export function errorMessage(error: FieldError, profile: CountryProfile): string {
  switch (error.code) {
    case 'required':
      return requiredMessage(error.field, profile);
    case 'too-long': {
      const max = String(error.max ?? '');
      return msg(str`Use ${max} characters or fewer.`, { id: 'form.error.too-long' });
    }
    case 'format': {
      const example = error.example ?? profile.postalCode?.example ?? '';
      if (error.field === 'PC') {
        return profile.postalKind === 'zip'
          ? msg(str`Enter a ZIP code like ${example}.`, { id: 'form.error.format.zip' })
          : msg(str`Enter a postal code like ${example}.`, { id: 'form.error.format.postal' });
      }
      return msg('Check the format of this field.', { id: 'form.error.format' });
    }
    case 'unknown-region':
      return profile.regionKind === 'state'
        ? msg('Choose a state from the list.', { id: 'form.error.unknown-region.state' })
        : profile.regionKind === 'province'
          ? msg('Choose a province or territory from the list.', { id: 'form.error.unknown-region.province' })
          : msg('Enter a known state, province or region.', { id: 'form.error.unknown-region.region' });
    case 'unknown-country':
      return msg('Choose a country from the list.', { id: 'form.error.unknown-country' });
    case 'no-house-number':
      return msg('Include the house or building number, for example 123 Main St.', { id: 'form.error.no-house-number' });
    case 'invalid-characters':
      return refusedCharactersMessage();
  }
}

/** Announced when a submit is refused. */
export function errorSummary(count: number): string {
  return count === 1
    ? msg('The address was not saved: one field needs your attention.', { id: 'form.error.summary.one' })
    : msg(str`The address was not saved: ${count} fields need your attention.`, { id: 'form.error.summary.many' });
}

/** Names of the street parts in the preview. */
export function partLabel(part: string): string {
  switch (part) {
    case 'HNO': return msg('Number', { id: 'form.part.number' });
    case 'HNS': return msg('Number suffix', { id: 'form.part.number-suffix' });
    case 'PRD': return msg('Direction before', { id: 'form.part.direction-before' });
    case 'RD': return msg('Street name', { id: 'form.part.street' });
    case 'STS': return msg('Street type', { id: 'form.part.type' });
    case 'POD': return msg('Direction after', { id: 'form.part.direction-after' });
    default: return msg('Unit', { id: 'form.part.unit' });
  }
}

export const previewLead = (): string => msg('The dispatcher will read:', { id: 'form.preview.lead' });
export const correctPartsLabel = (): string => msg('Correct the parts', { id: 'form.preview.correct' });
export const suggestionsLabel = (): string => msg('Suggested names', { id: 'form.label.suggestions' });

/** One-tap names for a place. */
export function suggestedNames(): string[] {
  return [
    msg('Home', { id: 'form.label.suggest.home' }),
    msg('Hotel', { id: 'form.label.suggest.hotel' }),
    msg('Office', { id: 'form.label.suggest.office' }),
  ];
}

/** The limit said in words, before the user reaches it. */
export function limitHint(max: number): string {
  return msg(str`Up to ${max} characters.`, { id: 'form.limit' });
}

/** Shown near the limit. */
export function counterText(used: number, max: number): string {
  return msg(str`${used} of ${max} characters used.`, { id: 'form.counter' });
}

/** Shown as soon as an emoji or a control character is typed. */
export function refusedCharactersMessage(): string {
  return msg('Emoji and control characters cannot be part of an address. Remove them.', { id: 'form.error.refused-characters' });
}
