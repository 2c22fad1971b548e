/** Defines `<e911-location-prompt>` (and the form it uses), once however often this module is evaluated. */
import '../../localization.js';
import '../address-form/address-form.js';
import { E911LocationPrompt } from './location-prompt.component.js';

export { E911LocationPrompt };
export type { EmergencyCallLocation } from './location-prompt.component.js';
export const LOCATION_PROMPT_TAG = 'e911-location-prompt';

if (!customElements.get(LOCATION_PROMPT_TAG)) customElements.define(LOCATION_PROMPT_TAG, E911LocationPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'e911-location-prompt': E911LocationPrompt;
  }
}
