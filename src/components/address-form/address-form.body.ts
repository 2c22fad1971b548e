/**
 * The address form's working part, loaded on demand by `<e911-address-form>`: fields,
 * per-country rules, the street parser's preview and validation. Kept out of the
 * startup code because most page views never show the form.
 */
import { html, nothing } from 'lit';
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { countryProfile, MAX_LENGTHS } from '../../civic/index.js';
import type { AddressField, AddressFormValues, CountryProfile, FieldError } from '../../civic/index.js';
import { hasRefusedCharacters } from '../../civic/text.js';
import { getLocale } from '../../localization.js';
import { emit } from '../shared/emit.js';
import type { AddressSubmitDetail } from '../shared/events.js';
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
 * Work the first render would do, done ahead (the prompt calls it while the page is idle):
 * the sorted country list for the active language. The platform's first country names
 * and collation load locale data, which took longer than fetching the chunk.
 */
export function warmUp(): void {
  countriesByName(getLocale());
}

/** The styles the body's markup needs, adopted by the element when the body arrives. */
export const bodyStyles: readonly CSSResultOrNative[] = [addressFormStyles];

/** What the body reads from and renders into: the `<e911-address-form>` element. */
export type FormHost = ReactiveControllerHost &
  HTMLElement & {
    readonly defaultCountry: string;
    readonly submitLabel: string;
    readonly countries: readonly string[] | null;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

/**
 * The form's state and markup, as a controller of its element: every change asks the
 * element to render again, as reactive properties would.
 */
export class AddressFormBody implements ReactiveController {
  private _values: AddressFormValues = emptyValues('US');
  private _errors: FieldError[] = [];
  private _announcement = '';
  private _corrections: Corrections = {};
  private _editingParts = false;
  private _touchedCountry = false;
  private _focusFirstError = false;
  private readonly _host: FormHost;

  /** `values`: what the element was given before the body arrived. */
  constructor(host: FormHost, values: Partial<AddressFormValues> | null) {
    this._host = host;
    host.addController(this);
    if (values) this.values = values;
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    if (!this._touchedCountry) this._startFrom(this._host.defaultCountry);
  }

  /** The element's `default-country` changed. */
  defaultCountryChanged(): void {
    if (!this._touchedCountry && this._host.isConnected) this._startFrom(this._host.defaultCountry);
  }

  private _startFrom(attribute: string): void {
    this._values = { ...this._values, country: startingCountry(this._host, attribute) };
    this._host.requestUpdate();
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
    this._host.requestUpdate();
  }

  /** Empties the form (back to the default country) and clears messages. */
  reset(): void {
    this._values = emptyValues(startingCountry(this._host, this._host.defaultCountry));
    this._touchedCountry = false;
    this._corrections = {};
    this._editingParts = false;
    this._errors = [];
    this._announcement = '';
    this._host.requestUpdate();
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
      this._host.requestUpdate();
      void this._host.updateComplete.then(() => {
        this._announcement = errorSummary(result.errors.length);
        this._host.requestUpdate();
      });
      return false;
    }
    this._errors = [];
    this._announcement = '';
    this._host.requestUpdate();
    emit<AddressSubmitDetail>(this._host, 'e911-address-submit', { civic: result.civic, label: result.label });
    return true;
  }

  /** Focuses the street address (or the first invalid field). */
  focus(options?: FocusOptions): void {
    const name = this._errors[0]?.field ?? 'street';
    this._control(name)?.focus(options);
  }

  hostUpdated(): void {
    if (this._focusFirstError && this._errors.length > 0) {
      this._focusFirstError = false;
      this._control(this._errors[0].field)?.focus();
    }
  }

  private _control(field: AddressField): HTMLInputElement | HTMLSelectElement | null {
    return this._host.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${field}"]`);
  }

  // Arrow functions: Lit calls template listeners with the element as `this`, not the body.
  private readonly _onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submit();
  };

  private readonly _onInput = (event: Event): void => {
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
    this._host.requestUpdate();
  };

  private _onPartInput(part: PartName, value: string): void {
    this._corrections = { ...this._corrections, [part]: value };
    this._host.requestUpdate();
  }

  private _suggest(name: string): void {
    this._values = { ...this._values, label: name };
    this._errors = this._errors.filter((error) => error.field !== 'label');
    this._host.requestUpdate();
  }

  render(): TemplateResult {
    const profile = countryProfile(this._values.country);
    const e911Countries = this._host.countries ?? null;
    const noE911 = e911Countries ? !e911Countries.includes(this._values.country) : !profile.e911;
    return html`
      <form part="form" novalidate @submit=${this._onSubmit} @input=${this._onInput} @change=${this._onInput}>
        ${this._textField('street', profile)}
        ${renderPreview({
          values: this._values,
          corrections: this._corrections,
          editing: this._editingParts,
          onToggle: () => {
            this._editingParts = !this._editingParts;
            this._host.requestUpdate();
          },
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
        <button type="submit" part="submit">${this._host.submitLabel || msg('Save address', { id: 'form.submit' })}</button>
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
