/** The prompt panel's views as templates of plain inputs: choose a place, type an address, manage saved places, the disclaimer. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatCivicAddress } from '../../civic/format.js';
import type { EmergencyLocation } from '../../location.js';
import { noE911Message } from '../shared/country-name.js';
import type { AddressSubmitDetail } from '../shared/events.js';
import type { AssistState } from '../../assist/device-position.js';
import { assistTemplate } from './assist-view.js';
import type { PlaceOption } from './chooser.js';
import { promptText } from './messages.js';

export type PromptView = 'choose' | 'form' | 'manage' | 'disclaimer';

export type ViewInput = {
  view: PromptView;
  notes: string[];
  options: PlaceOption[];
  selected: string | null;
  /** Id of the location in use. */
  currentId: string | null;
  networkId: string | null;
  saved: EmergencyLocation[];
  /** Places just deleted, offered back with "Undo". */
  undo: EmergencyLocation[];
  countries: readonly string[];
  defaultCountry: string;
  disclaimer: string;
  /** Location assist's state, or null when it is off (no control at all). */
  assist: AssistState | null;
  on: {
    locate(): void;
    select(id: string): void;
    use(): void;
    remove(location: EmergencyLocation): void;
    clear(): void;
    undo(): void;
    show(view: PromptView): void;
    submit(event: CustomEvent<AddressSubmitDetail>): void;
    dismiss(): void;
    acknowledge(): void;
  };
};

export function viewHeading(input: ViewInput, confirmingSite: boolean): string {
  switch (input.view) {
    case 'choose':
      return promptText.chooseHeading();
    case 'manage':
      return promptText.manage();
    case 'disclaimer':
      return promptText.disclaimerHeading();
    case 'form':
      return confirmingSite ? promptText.confirmHeading() : promptText.heading();
  }
}

function notesTemplate(notes: string[]): TemplateResult {
  return html`<div class="notes" part="notes">${notes.map((note) => html`<p class="note" part="note">${note}</p>`)}</div>`;
}

function optionTags(option: PlaceOption, input: ViewInput): TemplateResult[] {
  const tags: TemplateResult[] = [];
  if (option.kind === 'site') tags.push(html`<span class="tag">${promptText.siteOption()}</span>`);
  if (option.kind === 'saved' && option.id === input.currentId) tags.push(html`<span class="tag">${promptText.current()}</span>`);
  if (!input.countries.includes(option.civic.country)) tags.push(html`<span class="tag">${noE911Message(option.civic.country)}</span>`);
  return tags;
}

function chooseView(input: ViewInput): TemplateResult {
  return html`
    ${notesTemplate(input.notes)} ${assistTemplate(input.assist, input.on.locate)}
    <div class="places" part="saved-list" role="radiogroup" aria-labelledby="heading">
      ${input.options.map(
        (option) => html`
          <label class="place" part="saved-item">
            <input
              type="radio"
              name="place"
              .value=${option.id}
              .checked=${option.id === input.selected}
              @change=${() => input.on.select(option.id)}
            />
            <span class="place-text">
              <strong>${option.label}</strong>
              <span>${formatCivicAddress(option.civic)}</span>
              ${optionTags(option, input)}
            </span>
          </label>
        `,
      )}
    </div>
    <div class="actions" part="actions">
      <button type="button" class="primary" part="use-button" @click=${input.on.use}>${promptText.use()}</button>
      <button type="button" class="secondary" part="new-button" @click=${() => input.on.show('form')}>${promptText.useNew()}</button>
    </div>
    <div class="actions minor">
      ${input.saved.length > 0
        ? html`<button type="button" class="link" part="manage-button" @click=${() => input.on.show('manage')}>${promptText.manage()}</button>`
        : nothing}
      <button type="button" class="link" part="dismiss-button" @click=${input.on.dismiss}>${promptText.dismiss()}</button>
    </div>
  `;
}

function formView(input: ViewInput): TemplateResult {
  return html`
    <p class="intro">${promptText.intro()}</p>
    ${notesTemplate(input.notes)} ${assistTemplate(input.assist, input.on.locate)}
    <e911-address-form
      part="form"
      exportparts="form:form-form, field:form-field, label:form-label, input:form-input, hint:form-hint, error:form-error, note:form-note, submit:form-submit"
      default-country=${input.defaultCountry}
      submit-label=${promptText.saveAndUse()}
      .countries=${input.countries}
      @e911-address-submit=${input.on.submit}
    ></e911-address-form>
    <div class="actions minor">
      ${input.options.length > 0
        ? html`<button type="button" class="link" part="back-button" @click=${() => input.on.show('choose')}>${promptText.backToSaved()}</button>`
        : nothing}
      <button type="button" class="link" part="dismiss-button" @click=${input.on.dismiss}>${promptText.dismiss()}</button>
    </div>
  `;
}

function undoBar(input: ViewInput): TemplateResult | typeof nothing {
  const [first] = input.undo;
  if (!first) return nothing;
  const text = input.undo.length === 1 ? promptText.deleted(first.label) : promptText.allDeleted();
  return html`
    <p class="undo" part="undo">
      <span>${text}</span>
      <button type="button" class="secondary" aria-label=${input.undo.length === 1 ? promptText.undoLabel(first.label) : promptText.undo()} @click=${input.on.undo}>
        ${promptText.undo()}
      </button>
    </p>
  `;
}

function manageView(input: ViewInput): TemplateResult {
  return html`
    ${undoBar(input)}
    <ul class="managed" part="managed-list">
      ${input.saved.map(
        (location) => html`
          <li part="managed-item">
            <span class="place-text">
              <strong>${location.label}</strong>
              <span>${formatCivicAddress(location.civic)}</span>
            </span>
            <button type="button" class="delete" part="delete-button" aria-label=${promptText.deleteLabel(location.label)} @click=${() => input.on.remove(location)}>
              ${promptText.deleteOne()}
            </button>
          </li>
        `,
      )}
    </ul>
    <div class="actions" part="actions">
      <button type="button" class="primary" part="done-button" @click=${() => input.on.show(input.options.length > 0 ? 'choose' : 'form')}>${promptText.done()}</button>
      ${input.saved.length > 1 ? html`<button type="button" class="delete" part="delete-all-button" @click=${input.on.clear}>${promptText.deleteAll()}</button>` : nothing}
    </div>
  `;
}

/** The administrator's disclaimer (slotted, else the attribute's text) and its one acknowledgement. */
function disclaimerView(input: ViewInput): TemplateResult {
  return html`
    <div class="disclaimer" part="disclaimer"><slot name="disclaimer">${(input.disclaimer || promptText.defaultDisclaimer()).trim()}</slot></div>
    <div class="actions" part="actions">
      <button type="button" class="primary" part="acknowledge-button" @click=${input.on.acknowledge}>${promptText.acknowledge()}</button>
    </div>
  `;
}

/** The body of the view shown. */
export function viewTemplate(input: ViewInput): TemplateResult {
  switch (input.view) {
    case 'choose':
      return chooseView(input);
    case 'manage':
      return manageView(input);
    case 'disclaimer':
      return disclaimerView(input);
    case 'form':
      return formView(input);
  }
}
