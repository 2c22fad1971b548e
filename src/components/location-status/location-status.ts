/** Defines `<e911-location-status>` (once, however often this module is evaluated). */
import '../../localization.js';
import { E911LocationStatus } from './location-status.component.js';

export { E911LocationStatus };
export const LOCATION_STATUS_TAG = 'e911-location-status';

if (!customElements.get(LOCATION_STATUS_TAG)) customElements.define(LOCATION_STATUS_TAG, E911LocationStatus);

declare global {
  interface HTMLElementTagNameMap {
    'e911-location-status': E911LocationStatus;
  }
}
