/** The civic address form: one address in, validated `{ civic, label }` out. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { countryProfile, MAX_LENGTHS } from '../../civic/index.js';
import type { AddressField, AddressFormValues, CountryProfile, FieldError } from '../../civic/index.js';
import { hasRefusedCharacters } from '../../civic/text.js';
import { getLocale } from '../../localization.js';
import { emit } from '../shared/emit.js';
import type { AddressSubmitDetail } from '../shared/events.js';
import { sharedStyles } from '../shared/styles.js';
import { addressFormStyles } from './address-form.styles.js';
import { countriesByName, normalizeCountry, startingCountry } from './address-form.country.js';
import { counterText, errorMessage, errorSummary, fieldHint, fieldLabel, limitHint, noE911Message, suggestedNames, suggestionsLabel } from './messages.js';
import { renderPreview } from './address-form.preview.js';
import { type Corrections, type PartName, validateWithCorrections } from './street-parts.js';

/** Fields counted near their limit. */
const COUNTED: readonly AddressField[] = ['label', 'street', 'LOC', 'A3'];
/** Fields whose limit is said in the hint from the start: where people do run into it. */
const LIMIT_SAID: readonly AddressField[] = ['street', 'LOC'];
/** The counter appears when this many characters or fewer are left. */
const COUNTER_FROM_LEFT = 10;

const FIELDS: readonly AddressField[] = ['label', 'country', 'street', 'LOC', 'A3', 'A1', 'PC'];

const AUTOCOMPLETE: Record<AddressField, string> = {
  label: 'off',
  country: 'country',
  street: 'address-line1',
  LOC: 'address-line2',
  A3: 'address-level2',
  A1: 'address-level1',
  PC: 'postal-code',
};

function emptyValues(country: string): AddressFormValues {
  return { label: '', country, street: '', LOC: '', A3: '', A1: '', PC: '' };
}

/**
 * A form for one civic address, with per-country labels, lists and rules (US states
 * and ZIP codes, Canadian provinces and postal codes, free text elsewhere). The street
 * comes first; under it a live preview says what the dispatcher will read and shows the
 * parts (number, direction, name, type, unit), which the user may correct before saving.
 *
 * @summary Civic address form used inside `<e911-location-prompt>` and usable alone.
 *
 * @event {CustomEvent<{ civic: CivicAddress; label: string }>} e911-address-submit - A valid address was submitted.
 *   Nothing is emitted while a field is invalid: each invalid field shows its message, is
 *   marked `aria-invalid`, the errors are announced and the first invalid field is focused.
 *
 * @csspart form - The `<form>`.
 * @csspart field - The wrapper of one label, control, hint and message.
 * @csspart label - A field's label.
 * @csspart input - A text input or select.
 * @csspart hint - A field's hint.
 * @csspart error - A field's validation message.
 * @csspart note - A note about the chosen country (no E9-1-1 service there).
 * @csspart preview - The live preview under the street address.
 * @csspart suggestion - A one-tap name (Home, Hotel, Office).
 * @csspart submit - The submit button.
 *
 * @cssproperty --e911-field-gap - Space between fields.
 * @cssproperty --e911-input-border - Border of inputs and selects.
 * @cssproperty --e911-input-radius - Corner radius of inputs and buttons.
 * @cssproperty --e911-error-color - Colour of validation messages and invalid borders.
 * @cssproperty --e911-hint-color - Colour of hints.
 * @cssproperty --e911-accent - Background of the submit button.
 * @cssproperty --e911-accent-contrast - Text colour of the submit button.
 * @cssproperty --e911-focus-ring-color - Colour of the focus outline.
 */
export class E911AddressForm extends LitElement {
  static override styles = [sharedStyles, addressFormStyles];

  // No decorators: the class must work whatever a bundler does with class fields.
  static override properties = {
    defaultCountry: { attribute: 'default-country' },
    submitLabel: { attribute: 'submit-label' },
    countries: { attribute: false },
    _values: { state: true },
    _errors: { state: true },
    _announcement: { state: true },
    _corrections: { state: true },
    _editingParts: { state: true },
  };

  /** Country selected when the form starts empty (ISO 3166-1 alpha-2). */
  declare defaultCountry: string;

  /** Text of the submit button; defaults to a localized "Save address". */
  declare submitLabel: string;

  /**
   * Countries where E9-1-1 serves calls; for another country the form says that calls go
   * through the local carrier. `null`: the countries the package knows to have E9-1-1.
   */
  declare countries: readonly string[] | null;

  declare private _values: AddressFormValues;
  declare private _errors: FieldError[];
  declare private _announcement: string;
  declare private _corrections: Corrections;
  declare private _editingParts: boolean;
  private _touchedCountry = false;
  private _focusFirstError = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.defaultCountry = '';
    this.submitLabel = '';
    this.countries = null;
    this._values = emptyValues('US');
    this._errors = [];
    this._announcement = '';
    this._corrections = {};
    this._editingParts = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this._touchedCountry) this._values = { ...this._values, country: startingCountry(this, this.defaultCountry) };
  }

  /** The current field values (a copy). Setting it fills the form and clears messages. */
  get values(): AddressFormValues {
    return { ...this._values };
  }
  set values(values: Partial<AddressFormValues>) {
    const country = normalizeCountry(values.country ?? this._values.country);
    this._values = { ...emptyValues(country), ...values, country };
    this._touchedCountry = true;
    this._corrections = {};
    this._errors = [];
    this._announcement = '';
  }

  /** Empties the form (back to the default country) and clears messages. */
  reset(): void {
    this._values = emptyValues(startingCountry(this, this.defaultCountry));
    this._touchedCountry = false;
    this._corrections = {};
    this._editingParts = false;
    this._errors = [];
    this._announcement = '';
  }

  /**
   * Validates and, when valid, emits `e911-address-submit`. Returns whether it was valid.
   * The same as activating the submit button.
   */
  submit(): boolean {
    const result = validateWithCorrections(this._values, this._corrections);
    if (!result.ok) {
      this._errors = result.errors;
      this._focusFirstError = true;
      // Re-announce even when the text is unchanged: clear first, set after the update.
      this._announcement = '';
      void this.updateComplete.then(() => {
        this._announcement = errorSummary(result.errors.length);
      });
      return false;
    }
    this._errors = [];
    this._announcement = '';
    emit<AddressSubmitDetail>(this, 'e911-address-submit', { civic: result.civic, label: result.label });
    return true;
  }

  /** Focuses the street address (or the first invalid field). */
  override focus(options?: FocusOptions): void {
    const name = this._errors[0]?.field ?? 'street';
    this._control(name)?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultCountry') && !this._touchedCountry && this.isConnected) {
      this._values = { ...this._values, country: startingCountry(this, this.defaultCountry) };
    }
  }

  protected override updated(): void {
    if (this._focusFirstError && this._errors.length > 0) {
      this._focusFirstError = false;
      this._control(this._errors[0].field)?.focus();
    }
  }

  private _control(field: AddressField): HTMLInputElement | HTMLSelectElement | null {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${field}"]`);
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit();
  }

  private _onInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const field = control.name as AddressField;
    if (!FIELDS.includes(field)) return;
    const next = { ...this._values, [field]: control.value };
    // A new street line is parsed afresh: corrections of the old one no longer apply.
    if (field === 'street' || field === 'country') this._corrections = {};
    if (field === 'country') {
      this._touchedCountry = true;
      const regions = countryProfile(control.value).regions;
      if (regions && !regions.some((region) => region.code === next.A1)) next.A1 = '';
      this._errors = this._errors.filter((error) => error.field !== 'A1' && error.field !== 'PC');
    }
    this._values = next;
    // A corrected field stops shouting; the others keep their messages until the next submit.
    // An emoji or control character is refused as soon as it is typed, not at the submit.
    const others = this._errors.filter((error) => error.field !== field);
    this._errors = hasRefusedCharacters(control.value) ? [...others, { field, code: 'invalid-characters' }] : others;
  }

  private _onPartInput(part: PartName, value: string): void {
    this._corrections = { ...this._corrections, [part]: value };
  }

  private _suggest(name: string): void {
    this._values = { ...this._values, label: name };
    this._errors = this._errors.filter((error) => error.field !== 'label');
  }

  override render(): TemplateResult {
    const profile = countryProfile(this._values.country);
    const e911Countries = this.countries ?? null;
    const noE911 = e911Countries ? !e911Countries.includes(this._values.country) : !profile.e911;
    return html`
      <form part="form" novalidate @submit=${this._onSubmit} @input=${this._onInput} @change=${this._onInput}>
        ${this._textField('street', profile)}
        ${renderPreview({
          values: this._values,
          corrections: this._corrections,
          editing: this._editingParts,
          onToggle: () => (this._editingParts = !this._editingParts),
          onPartInput: (part, value) => this._onPartInput(part, value),
        })}
        ${this._textField('LOC', profile)}
        <div class="row">${this._textField('A3', profile)} ${this._regionField(profile)} ${this._textField('PC', profile)}</div>
        ${this._countryField(profile)}
        ${noE911 ? html`<p class="note" part="note" id="country-note">${noE911Message(this._values.country)}</p>` : nothing}
        ${this._textField('label', profile)}
        <div class="suggestions" role="group" aria-label=${suggestionsLabel()}>
          ${suggestedNames().map((name) => html`<button type="button" part="suggestion" aria-pressed=${this._values.label === name ? 'true' : 'false'}
            @click=${() => this._suggest(name)}>${name}</button>`)}
        </div>
        <button type="submit" part="submit">${this.submitLabel || msg('Save address', { id: 'form.submit' })}</button>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </form>
    `;
  }

  private _error(field: AddressField): FieldError | undefined {
    return this._errors.find((error) => error.field === field);
  }

  /**
   * Label, control, hint and message of one field, always in four rows (empty ones too) so
   * that fields side by side keep their inputs in line whatever hint or error they show.
   */
  private _field(field: AddressField, profile: CountryProfile, control: (aria: { invalid: boolean; describedBy: string }) => TemplateResult): TemplateResult {
    const error = this._error(field);
    const max = MAX_LENGTHS[field];
    const counted = COUNTED.includes(field);
    const left = max - this._values[field].length;
    const hint = [fieldHint(field, profile), LIMIT_SAID.includes(field) ? limitHint(max) : ''].filter(Boolean).join(' ');
    const counter = counted && left <= COUNTER_FROM_LEFT ? counterText(this._values[field].length, max) : '';
    const describedBy = [error ? `${field}-error` : '', hint ? `${field}-hint` : '', counter ? `${field}-counter` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field" part="field">
        <label for="${field}-control" part="label">${fieldLabel(field, profile)}</label>
        ${control({ invalid: Boolean(error), describedBy })}
        <p class="hint" part="hint" id="${field}-hint">${hint}${counter ? html` <span class="counter" id="${field}-counter">${counter}</span>` : nothing}</p>
        <p class="error" part="error" id="${field}-error">${error ? errorMessage(error, profile) : ''}</p>
      </div>
    `;
  }

  private _textField(field: AddressField, profile: CountryProfile): TemplateResult {
    const required =
      field === 'street' || field === 'A3' || (field === 'A1' && profile.regionRequired) || (field === 'PC' && Boolean(profile.postalCode?.required));
    return this._field(
      field,
      profile,
      ({ invalid, describedBy }) => html`
        <input
          id="${field}-control"
          part="input"
          name=${field}
          type="text"
          .value=${this._values[field]}
          autocomplete=${AUTOCOMPLETE[field]}
          maxlength=${MAX_LENGTHS[field]}
          ?required=${required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          spellcheck=${field === 'PC' ? 'false' : nothing}
        />
      `,
    );
  }

  private _countryField(profile: CountryProfile): TemplateResult {
    const countries = countriesByName(getLocale());
    const selected = this._values.country;
    return this._field(
      'country',
      profile,
      ({ invalid, describedBy }) => html`
        <select
          id="country-control"
          part="input"
          name="country"
          autocomplete="country"
          required
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${[describedBy, 'country-note'].filter(Boolean).join(' ') || nothing}
        >
          ${countries.map(({ code, name }) => html`<option value=${code} ?selected=${code === selected}>${name}</option>`)}
        </select>
      `,
    );
  }

  private _regionField(profile: CountryProfile): TemplateResult {
    const regions = profile.regions;
    if (!regions) return this._textField('A1', profile);
    const french = getLocale() === 'fr-CA';
    const selected = this._values.A1;
    return this._field(
      'A1',
      profile,
      ({ invalid, describedBy }) => html`
        <select
          id="A1-control"
          part="input"
          name="A1"
          autocomplete="address-level1"
          ?required=${profile.regionRequired}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
        >
          <option value="" ?selected=${selected === ''}>${msg('Choose…', { id: 'form.region.choose' })}</option>
          ${regions.map(
            (region) => html`<option value=${region.code} ?selected=${region.code === selected}>${french && region.frenchName ? region.frenchName : region.name}</option>`,
          )}
        </select>
      `,
    );
  }
}
