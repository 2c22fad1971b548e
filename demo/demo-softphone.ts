/** `<demo-softphone>`: a softphone mock whose 911 key shows what an emergency call would carry. */
import { LitElement, css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { stateWord } from '../src/components/shared/situation-text.js';
import { stateIcon } from '../src/components/shared/state-icon.js';
import { STATE_COLORS, callState, iconFor, type LocationState } from '../src/status/situation.js';
import type { EmergencyCall, PromptElement } from './call.js';
import { prettyXml } from './pretty-xml.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
const EMERGENCY_NUMBER = '911';

/**
 * The softphone of the demo. Its header slots an `<e911-location-status>`; dialing 911
 * asks the prompt for `getEmergencyLocation()` — as a real client does at dial time —
 * and shows the SIP headers and PIDF-LO body the INVITE would carry.
 *
 * @slot status - The location badge (`<e911-location-status>`).
 * @event demo-emergency-call - `{ call: EmergencyCall }` when an emergency call is placed.
 */
export class DemoSoftphone extends LitElement {
  // No decorators and no initialized reactive fields: `npm start` compiles demo/ without
  // the package's tsconfig, so only plain `static properties` behave the same everywhere.
  static override properties = {
    prompt: { attribute: false },
    user: {},
    entity: {},
    _number: { state: true },
    _call: { state: true },
    _plainCall: { state: true },
    _busy: { state: true },
    _updatedDuringCall: { state: true },
  };

  static override styles = css`
    :host { display: block; }
    .bar {
      display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between;
      background: #1d2a3a; color: #fff; padding: 0.6rem 0.8rem; border-radius: 10px 10px 0 0;
    }
    .who { display: flex; flex-direction: column; min-width: 0; }
    .who strong { font-size: 1rem; }
    .who span { font-size: 0.8rem; opacity: 0.85; overflow-wrap: anywhere; }
    .status { flex: 1 1 100%; min-width: 0; display: flex; }
    ::slotted(e911-location-status) {
      --e911-status-background: #fff;
      --e911-status-color: #14202c;
      --e911-status-border: 0;
      --e911-status-radius: 8px;
    }
    .body { border: 1px solid #c9d2dc; border-top: 0; border-radius: 0 0 10px 10px; padding: 0.8rem; background: #fff; }
    .display {
      display: flex; gap: 0.5rem; align-items: center; margin-bottom: 0.6rem;
    }
    output {
      flex: 1; min-height: 2.4rem; font: 600 1.5rem/2.4rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      letter-spacing: 0.1em; border: 1px solid #c9d2dc; border-radius: 6px; padding: 0 0.6rem; background: #f6f8fa;
    }
    .keypad { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.4rem; max-width: 18rem; margin: 0 auto 0.6rem; }
    button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid #9aa7b4; background: #f6f8fa; color: #14202c; }
    button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
    .keypad button { font-size: 1.25rem; padding: 0.45rem 0; }
    .row { display: flex; gap: 0.5rem; justify-content: center; flex-wrap: wrap; }
    .call { background: #1e7b34; border-color: #1e7b34; color: #fff; padding: 0.5rem 1.2rem; }
    .emergency {
      background: #b3261e; border-color: #b3261e; color: #fff; font-weight: 700; font-size: 1.1rem; padding: 0.55rem 1.4rem;
    }
    .backspace { padding: 0.5rem 0.9rem; }
    .hint { font-size: 0.85rem; color: #4a5866; margin: 0.4rem 0 0; text-align: center; }
    .sent { margin-top: 1rem; border-top: 1px solid #e1e6eb; padding-top: 0.6rem; }
    h3 { font-size: 1rem; margin: 0 0 0.4rem; }
    h4 { font-size: 0.9rem; margin: 0.8rem 0 0.3rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; margin: 0; font-size: 0.9rem; }
    dt { color: #4a5866; }
    dd { margin: 0; overflow-wrap: anywhere; }
    pre:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
    pre {
      margin: 0; padding: 0.6rem; background: #0f1720; color: #e6edf3; border-radius: 6px; font-size: 0.78rem;
      overflow: auto; max-height: 22rem; white-space: pre;
    }
    .state { display: inline-flex; gap: 0.3rem; align-items: center; font-weight: 700; }
    .state.validated { color: var(--e911-state-validated, ${unsafeCSS(STATE_COLORS.validated)}); }
    .state.unvalidated { color: var(--e911-state-unvalidated, ${unsafeCSS(STATE_COLORS.unvalidated)}); }
    .state.missing { color: var(--e911-state-missing, ${unsafeCSS(STATE_COLORS.missing)}); }
    .state.local-pstn { color: var(--e911-state-local-pstn, ${unsafeCSS(STATE_COLORS['local-pstn'])}); }
    .updated {
      margin: 0 0 0.6rem; padding: 0.4rem 0.6rem; border-radius: 6px; border-inline-start: 4px solid #1a5fb4;
      background: #eef3fb; font-size: 0.9rem;
    }
    @media (forced-colors: active) { .state { color: CanvasText; } }
    .note { font-size: 0.9rem; margin: 0.3rem 0; }
    .muted { color: #4a5866; font-size: 0.9rem; }
  `;

  /** The prompt to ask at dial time. */
  declare prompt: PromptElement | null;
  /** Shown in the header: the user of this softphone. */
  declare user: string;
  /** The caller's SIP URI (also the PIDF-LO entity). */
  declare entity: string;

  declare private _number: string;
  declare private _call: EmergencyCall | null;
  declare private _plainCall: string;
  declare private _busy: boolean;
  /** Label of the location that changed during the call in progress, or null. */
  declare private _updatedDuringCall: string | null;

  constructor() {
    super();
    this.prompt = null;
    this.user = 'Alice';
    this.entity = 'sip:alice@example.com';
    this._number = '';
    this._call = null;
    this._plainCall = '';
    this._busy = false;
    this._updatedDuringCall = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('e911-location-change', this._onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('e911-location-change', this._onLocationChange);
  }

  /**
   * A location saved during the call: a real softphone sends it in a re-INVITE or UPDATE
   * (RFC 6442 allows a new Geolocation mid-dialog); here the call shows it and the
   * dispatcher's screen gets it.
   */
  private readonly _onLocationChange = async (event: Event): Promise<void> => {
    const call = this._call;
    const prompt = this.prompt;
    if (!call || !prompt || event.composedPath()[0] !== prompt) return;
    const result = await prompt.getEmergencyLocation();
    if (this._call !== call) return;
    const updated: EmergencyCall = { ...call, result, updatedAt: new Date() };
    this._call = updated;
    this._updatedDuringCall = result.location?.label ?? '';
    this.dispatchEvent(new CustomEvent('demo-emergency-call', { detail: { call: updated }, bubbles: true, composed: true }));
  };

  /** Forgets the last call (the network changed, so it no longer describes this place). */
  reset(): void {
    this._call = null;
    this._plainCall = '';
    this._number = '';
    this._updatedDuringCall = null;
  }

  /** Places a call to `number`; 911 goes through the emergency path. */
  async dial(number = this._number): Promise<EmergencyCall | null> {
    this._number = number;
    if (number !== EMERGENCY_NUMBER) {
      this._call = null;
      this._plainCall = number ? `Calling ${number} — an ordinary call carries no location.` : 'Enter a number first.';
      return null;
    }
    return this._dialEmergency();
  }

  private async _dialEmergency(): Promise<EmergencyCall | null> {
    const prompt = this.prompt;
    if (!prompt || typeof prompt.getEmergencyLocation !== 'function') {
      this._plainCall = 'The location prompt is not ready yet.';
      return null;
    }
    this._busy = true;
    this._plainCall = '';
    const started = performance.now();
    try {
      const result = await prompt.getEmergencyLocation();
      const call: EmergencyCall = {
        dialed: EMERGENCY_NUMBER,
        placedAt: new Date(),
        lookupMs: Math.round(performance.now() - started),
        entity: this.entity,
        result,
      };
      this._call = call;
      this._updatedDuringCall = null;
      this.dispatchEvent(new CustomEvent('demo-emergency-call', { detail: { call }, bubbles: true, composed: true }));
      return call;
    } finally {
      this._busy = false;
    }
  }

  override render(): TemplateResult {
    return html`
      <div class="bar" part="bar">
        <div class="who"><strong>${this.user}</strong><span>${this.entity}</span></div>
        <div class="status"><slot name="status"></slot></div>
      </div>
      <div class="body">
        <div class="display">
          <output id="number" aria-label="Number dialed" aria-live="polite">${this._number}</output>
          <button class="backspace" aria-label="Delete last digit" @click=${this._backspace}>⌫</button>
        </div>
        <div class="keypad" role="group" aria-label="Dial pad">
          ${KEYS.map((key) => html`<button type="button" @click=${() => this._press(key)}>${key}</button>`)}
        </div>
        <div class="row">
          <button type="button" class="call" @click=${() => this.dial()} ?disabled=${this._busy}>Call</button>
          <button type="button" class="emergency" part="emergency" @click=${() => this.dial(EMERGENCY_NUMBER)} ?disabled=${this._busy}>
            Dial 911
          </button>
        </div>
        <p class="hint">The 911 key asks the location prompt at dial time; it never waits on the network.</p>
        <section class="sent" aria-labelledby="sent-heading" aria-live="polite">
          <h3 id="sent-heading">What the call carries</h3>
          ${this._call ? this._renderCall(this._call) : html`<p class="muted">${this._plainCall || 'No emergency call placed yet.'}</p>`}
        </section>
      </div>
    `;
  }

  private _renderCall(call: EmergencyCall): TemplateResult {
    const { result } = call;
    const state = callState(result);
    const localPstn = result.routing === 'local-pstn';
    const attached = !localPstn && result.pidfLo;
    const headers = Object.entries(result.headers ?? {});
    return html`
      ${this._updatedDuringCall !== null
        ? html`<p class="updated" data-field="updated" role="status">
            Location updated during the call: <strong>${this._updatedDuringCall || 'none'}</strong>. A real softphone sends it
            in a re-INVITE or UPDATE.
          </p>`
        : nothing}
      <dl class="summary">
        <dt>State</dt>
        <dd data-field="state" data-state=${state}>${stateBadge(state)}</dd>
        <dt>Routing</dt>
        <dd data-field="routing">
          ${localPstn ? 'Local PSTN gateway: the local carrier locates the call' : 'E9-1-1 provider'}
        </dd>
        <dt>Location</dt>
        <dd data-field="location">${result.location?.label ?? 'none'}</dd>
        <dt>Validation</dt>
        <dd data-field="validation">${validationText(result.validation)}</dd>
        <dt>Placement</dt>
        <dd data-field="placement">${result.placement}</dd>
        <dt>Site</dt>
        <dd data-field="site">${result.site ?? '—'}</dd>
        <dt>Lookup</dt>
        <dd data-field="lookup">${call.lookupMs} ms at dial time</dd>
      </dl>
      ${localPstn
        ? html`<p class="note" data-field="no-pidf">
            No PIDF-LO is attached: from here emergency calls leave by the local PSTN gateway, and the local carrier
            locates the call.
          </p>`
        : nothing}
      <h4>SIP headers</h4>
      <pre data-field="headers" tabindex="0" aria-label="SIP headers">${attached && headers.length
        ? headers.map(([name, value]) => `${name}: ${value}`).join('\n')
        : '(no Geolocation headers)'}</pre>
      <h4>PIDF-LO body (application/pidf+xml)</h4>
      <pre data-field="pidf" tabindex="0" aria-label="PIDF-LO body">${attached ? prettyXml(result.pidfLo as string) : '(none attached)'}</pre>
    `;
  }

  private _press(key: string): void {
    if (this._number.length < 24) this._number += key;
  }

  private _backspace(): void {
    this._number = this._number.slice(0, -1);
  }
}

/** The call's state as the badge shows it: its icon, its word, its colour (the package's status module). */
function stateBadge(state: LocationState): TemplateResult {
  return html`<span class="state ${state}">${stateIcon(iconFor(state))}${stateWord(state)}</span>`;
}

function validationText(validation: EmergencyCall['result']['validation']): string {
  if (validation === 'validated') return 'validated (enterprise LIS)';
  if (validation === 'unvalidated') return 'unvalidated (typed by the user)';
  return 'no location';
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-softphone': DemoSoftphone;
  }
  interface HTMLElementEventMap {
    'demo-emergency-call': CustomEvent<{ call: EmergencyCall }>;
  }
}
