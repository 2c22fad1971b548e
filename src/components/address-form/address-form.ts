/** Defines `<e911-address-form>` (once, however often this module is evaluated). */
import '../../localization.js';
import { E911AddressForm } from './address-form.component.js';

export { E911AddressForm };
export const ADDRESS_FORM_TAG = 'e911-address-form';

if (!customElements.get(ADDRESS_FORM_TAG)) customElements.define(ADDRESS_FORM_TAG, E911AddressForm);

declare global {
  interface HTMLElementTagNameMap {
    'e911-address-form': E911AddressForm;
  }
}
