/** The prompt's dialog bodies as templates of plain inputs: the chooser (notes, saved list, form) and the disclaimer. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatCivicAddress } from '../../civic/format.js';
import type { EmergencyLocation } from '../../location.js';
import { noE911Message } from '../address-form/messages.js';
import type { AddressSubmitDetail } from '../shared/events.js';
import { promptText } from './messages.js';

export type ChooserView = {
  notes: string[];
  saved: EmergencyLocation[];
  /** Show the saved list (else the form). */
  showList: boolean;
  /** Id of the location in use. */
  currentId: string | null;
  countries: readonly string[];
  defaultCountry: string;
  on: {
    use(location: EmergencyLocation): void;
    remove(location: EmergencyLocation): void;
    clear(): void;
    showForm(): void;
    showList(): void;
    submit(event: CustomEvent<AddressSubmitDetail>): void;
    dismiss(): void;
  };
};

function savedItem(location: EmergencyLocation, view: ChooserView): TemplateResult {
  const current = view.currentId === location.id;
  const outside = !view.countries.includes(location.civic.country);
  return html`
    <li part="saved-item">
      <button type="button" class="use" part="use-button" aria-current=${current ? 'true' : nothing} @click=${() => view.on.use(location)}>
        <strong>${location.label}</strong>
        <span>${formatCivicAddress(location.civic)}</span>
        ${current ? html`<span class="tag">${promptText.current()}</span>` : nothing}
        ${outside ? html`<span class="tag">${noE911Message(location.civic.country)}</span>` : nothing}
      </button>
      <button type="button" class="delete" part="delete-button" aria-label=${promptText.deleteLabel(location.label)} @click=${() => view.on.remove(location)}>
        ${promptText.deleteOne()}
      </button>
    </li>
  `;
}

function savedList(view: ChooserView): TemplateResult {
  return html`
    <h3 id="saved-heading">${promptText.savedHeading()}</h3>
    <ul part="saved-list" aria-labelledby="saved-heading">
      ${view.saved.map((location) => savedItem(location, view))}
    </ul>
    <div class="list-actions">
      <button type="button" class="secondary" @click=${view.on.showForm}>${promptText.useNew()}</button>
      <button type="button" class="delete" @click=${view.on.clear}>${promptText.deleteAll()}</button>
    </div>
  `;
}

function addressForm(view: ChooserView): TemplateResult {
  return html`
    ${view.saved.length > 0
      ? html`<p><button type="button" class="secondary" @click=${view.on.showList}>${promptText.backToSaved()}</button></p>`
      : nothing}
    <e911-address-form
      part="form"
      exportparts="form:form-form, field:form-field, label:form-label, input:form-input, hint:form-hint, error:form-error, note:form-note, submit:form-submit"
      default-country=${view.defaultCountry}
      submit-label=${promptText.saveAndUse()}
      .countries=${view.countries}
      @e911-address-submit=${view.on.submit}
    ></e911-address-form>
  `;
}

/** Why and how to give a location: the notes, then the saved list or the address form. */
export function chooserTemplate(view: ChooserView): TemplateResult {
  return html`
    <p>${promptText.intro()}</p>
    <div class="notes" part="notes">${view.notes.map((note) => html`<p class="note" part="note">${note}</p>`)}</div>
    ${view.showList && view.saved.length > 0 ? savedList(view) : addressForm(view)}
    <div class="actions" part="actions">
      <button type="button" class="secondary" part="dismiss-button" @click=${view.on.dismiss}>${promptText.dismiss()}</button>
    </div>
  `;
}

/** The administrator's disclaimer (slotted, else the attribute's text) and its acknowledgement. */
export function disclaimerTemplate(text: string, acknowledge: () => void): TemplateResult {
  return html`
    <div class="disclaimer" part="disclaimer">
      <slot name="disclaimer">${text || promptText.defaultDisclaimer()}</slot>
    </div>
    <div class="actions" part="actions">
      <button type="button" class="primary" part="acknowledge-button" @click=${acknowledge}>${promptText.acknowledge()}</button>
    </div>
  `;
}
