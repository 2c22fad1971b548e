/** The civic address form: one address in, validated `{ civic, label }` out. Its working part loads on demand. */
import { LitElement, adoptStyles, css, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { AddressFormValues } from '../../civic/validate.js';
import { sharedStyles } from '../shared/styles.js';
import type { AddressFormBody } from './address-form.body.js';
import { loadFormBody } from './load-body.js';

type BodyState = 'idle' | 'loading' | 'ready' | 'failed';

/** The loading and failure states: calm, in the page's own text colour, inside the form's box. */
const shellStyles = css`
  :host {
    display: block;
  }
  .pending {
    min-height: 12rem;
    padding: 0.5rem 0;
  }
  /* "Loading" only when it lasts: a preloaded or cached form never flashes it. */
  .pending[aria-busy='true'] p {
    animation: appear 0s 300ms both;
  }
  @keyframes appear {
    from {
      visibility: hidden;
    }
  }
  .pending button {
    padding: 0.5rem 1rem;
    border: var(--e911-input-border, 1px solid #6b6b6b);
    border-radius: var(--e911-input-radius, 4px);
    background: transparent;
    color: inherit;
  }
`;

const EMPTY: AddressFormValues = { label: '', country: '', street: '', LOC: '', A3: '', A1: '', PC: '' };

/**
 * A form for one civic address, with per-country labels, lists and rules (US states
 * and ZIP codes, Canadian provinces and postal codes, free text elsewhere). The street
 * comes first; under it a live preview says what the dispatcher will read and shows the
 * parts (number, direction, name, type, unit), which the user may correct before saving.
 *
 * The element is defined at startup; its fields, rules and street parser load from a
 * chunk of their own when it is first connected (or earlier, when a prompt preloads them).
 * Meanwhile it shows a calm busy state (`aria-busy`); if the chunk cannot be loaded it
 * says so with a "Try again" button. `updateComplete` resolves once the fields are there
 * (or the failure is shown).
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
 * @csspart pending - The loading or load-failure message shown until the fields are there.
 * @csspart retry - The "Try again" button after a failed load.
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
  static override styles = [sharedStyles, shellStyles];

  // No decorators: the class must work whatever a bundler does with class fields.
  static override properties = {
    defaultCountry: { attribute: 'default-country' },
    submitLabel: { attribute: 'submit-label' },
    countries: { attribute: false },
    _state: { state: true },
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

  declare private _state: BodyState;
  private _body: AddressFormBody | null = null;
  private _loading: Promise<void> | null = null;
  /** Values given before the body arrived, handed to it when it does. */
  private _pending: Partial<AddressFormValues> | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.defaultCountry = '';
    this.submitLabel = '';
    this.countries = null;
    this._state = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._state === 'idle') void this._load();
  }

  /** The current field values (a copy). Setting it fills the form and clears messages. */
  get values(): AddressFormValues {
    if (this._body) return this._body.values;
    const country = (this._pending?.country ?? this.defaultCountry).toUpperCase() || 'US';
    return { ...EMPTY, ...this._pending, country };
  }
  set values(values: Partial<AddressFormValues>) {
    if (this._body) this._body.values = values;
    else this._pending = { ...values };
  }

  /** Empties the form (back to the default country) and clears messages. */
  reset(): void {
    if (this._body) this._body.reset();
    else this._pending = null;
  }

  /**
   * Validates and, when valid, emits `e911-address-submit`. Returns whether it was valid.
   * The same as activating the submit button. `false` while the fields are still loading.
   */
  submit(): boolean {
    return this._body?.submit() ?? false;
  }

  /** Focuses the street address (or the first invalid field; "Try again" after a failed load). */
  override focus(options?: FocusOptions): void {
    if (this._body) this._body.focus(options);
    else this.renderRoot?.querySelector<HTMLElement>('button')?.focus(options);
  }

  /** Also waits for the fields: a caller that awaits this can fill and focus them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._loading) {
      await this._loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultCountry')) this._body?.defaultCountryChanged();
  }

  private _load(): Promise<void> {
    this._state = 'loading';
    this._loading ??= loadFormBody().then(
      ({ AddressFormBody, bodyStyles }) => {
        const own = (this.constructor as typeof LitElement).elementStyles;
        adoptStyles(this.renderRoot as ShadowRoot, [...own, ...bodyStyles]);
        this._body = new AddressFormBody(this, this._pending);
        this._pending = null;
        this._state = 'ready';
        this._loading = null;
      },
      (error: unknown) => {
        console.warn('e911-location: the address form could not be loaded; it offers "Try again".', error);
        this._state = 'failed';
        this._loading = null;
      },
    );
    return this._loading;
  }

  private readonly _retry = async (): Promise<void> => {
    await this._load();
    await this.updateComplete;
    this.focus();
  };

  override render(): TemplateResult {
    if (this._body) return this._body.render();
    if (this._state === 'failed') {
      return html`<div class="pending" part="pending" role="alert">
        <p>${msg('The address form could not be loaded. Check the connection and try again. Calls can still be placed.', { id: 'form.load-failed' })}</p>
        <button type="button" part="retry" @click=${this._retry}>${msg('Try again', { id: 'form.retry' })}</button>
      </div>`;
    }
    return html`<div class="pending" part="pending" aria-busy="true"><p>${msg('Loading the address form…', { id: 'form.loading' })}</p></div>`;
  }
}
