/** The elements, each defined once, and their public types. */
export { E911AddressForm } from './address-form/address-form.js';
export { E911LocationPrompt } from './location-prompt/location-prompt.js';
export type { EmergencyCallLocation } from './location-prompt/location-prompt.js';
export { E911LocationStatus } from './location-status/location-status.js';
export type {
  AddressSubmitDetail,
  ConfigErrorDetail,
  LocationChangeDetail,
  NetworkChangeDetail,
  PromptCloseDetail,
  PromptCloseReason,
} from './shared/events.js';
