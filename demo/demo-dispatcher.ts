/** `<demo-dispatcher>`: the emergency call as the PSAP call-taker would see it. */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { parsePidfLo, type NotUnderstood, type PidfLocation } from '../src/index.js';
import { callState } from '../src/status/situation.js';
import type { EmergencyCall } from './call.js';
import { devicePositionTemplate } from './device-position-view.js';
import { describeLocation, describeNotUnderstood } from './location-summary.js';
import { CIVIC_FIELD_NAMES } from './rfc5139.js';

type Reading =
  | { kind: 'waiting' }
  | { kind: 'local-pstn' }
  | { kind: 'no-location' }
  | { kind: 'site-only'; site: string }
  | { kind: 'unreadable'; message: string }
  | {
      kind: 'located'; validated: boolean; civic: Record<string, string | undefined>; method: string; note?: string; entity?: string;
      locations: PidfLocation[]; notUnderstood: NotUnderstood[];
    };

/**
 * The dispatcher panel: reads the PIDF-LO body back (as the PSAP does, with
 * `parsePidfLo`), lists the civic address one RFC 5139 field per line, and says
 * whether the location was validated by the enterprise LIS or must be confirmed
 * verbally.
 */
export class DemoDispatcher extends LitElement {
  // Plain `static properties` (no decorators): see demo-softphone.ts.
  static override properties = { call: { attribute: false } };

  static override styles = css`
    :host { display: block; }
    .screen { border: 1px solid #2d3742; border-radius: 10px; background: #101820; color: #e6edf3; padding: 0.8rem; }
    .banner { border-radius: 6px; padding: 0.6rem 0.8rem; font-weight: 700; margin: 0 0 0.7rem; font-size: 1rem; }
    .banner small { display: block; font-weight: 400; font-size: 0.85rem; margin-top: 0.2rem; }
    .validated { background: #1e7b34; color: #fff; }
    .unvalidated { background: #ffb000; color: #1a1100; font-size: 1.15rem; letter-spacing: 0.02em; }
    .local-pstn { background: #3a4a5c; color: #fff; }
    .no-location, .unreadable { background: #b3261e; color: #fff; }
    .waiting { color: #a9b6c3; margin: 0; }
    dl { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0.25rem 0.8rem; margin: 0; }
    dt { color: #a9b6c3; font-size: 0.85rem; }
    dt code { color: #e6edf3; font-size: 0.8rem; background: #24313e; border-radius: 3px; padding: 0 0.25rem; margin-right: 0.3rem; }
    dl.how { grid-template-columns: max-content minmax(0, 1fr); }
    dd { margin: 0; font-weight: 600; overflow-wrap: break-word; min-width: 0; }
    h3 { font-size: 0.95rem; margin: 0.8rem 0 0.4rem; color: #cfd8e1; }
    .meta { font-size: 0.85rem; color: #cfd8e1; margin: 0 0 0.4rem; }
    .note { font-size: 0.85rem; color: #cfd8e1; font-style: italic; }
    ol.locations { margin: 0; padding-left: 1.3rem; font-size: 0.9rem; }
    ol.locations li { margin: 0 0 0.3rem; overflow-wrap: anywhere; }
    .device { border-left: 4px solid #5aa9e6; padding-left: 0.6rem; margin-top: 0.6rem; }
    .not-understood { font-size: 0.85rem; color: #ffcf66; margin: 0.4rem 0 0; overflow-wrap: anywhere; }
  `;

  /** The call on the dispatcher's screen; `null` while waiting. */
  declare call: EmergencyCall | null;

  constructor() {
    super();
    this.call = null;
  }

  override render(): TemplateResult {
    const reading = readCall(this.call);
    return html`<div class="screen" aria-live="polite">${this._renderReading(reading)}</div>`;
  }

  private _renderReading(reading: Reading): TemplateResult {
    const call = this.call;
    const meta = call
      ? html`<p class="meta" data-field="caller">Incoming 911 from ${call.entity} at ${call.placedAt.toLocaleTimeString()}</p>`
      : nothing;
    switch (reading.kind) {
      case 'waiting':
        return html`<p class="waiting">Waiting for a call. Dial 911 on the softphone.</p>`;
      case 'local-pstn':
        return html`${meta}
          <p class="banner local-pstn" data-banner="local-pstn" role="status">
            This call leaves by the local PSTN gateway; no PIDF-LO is sent to the E9-1-1 provider
            <small>The local emergency service answers it, and the local carrier provides what it knows about the line.</small>
          </p>`;
      case 'no-location':
        return html`${meta}
          <p class="banner no-location" data-banner="no-location" role="status">
            NO LOCATION RECEIVED — ask the caller where they are
            <small>The client had neither a LIS location nor an address typed by the user.</small>
          </p>`;
      case 'site-only':
        return html`${meta}
          <p class="banner no-location" data-banner="site-only" role="status">
            NO ADDRESS IN THE CALL — confirm location verbally
            <small>
              The client is on the ${reading.site} network, but the LIS did not answer and the user gave no address: only
              the site’s number range identifies the caller, and the call carries no PIDF-LO.
            </small>
          </p>`;
      case 'unreadable':
        return html`${meta}
          <p class="banner unreadable" data-banner="unreadable" role="status">
            LOCATION UNREADABLE — ask the caller where they are <small>${reading.message}</small>
          </p>`;
      case 'located':
        return html`${meta}
          ${reading.validated
            ? html`<p class="banner validated" data-banner="validated" role="status">
                Validated by the enterprise LIS <small>The address comes from the enterprise's location database.</small>
              </p>`
            : html`<p class="banner unvalidated" data-banner="unvalidated" role="status">
                UNVALIDATED — confirm location verbally
                <small>The caller typed this address; it was never checked against the MSAG.</small>
              </p>`}
          <h3>Civic address (RFC 5139)</h3>
          <dl data-field="civic">
            ${CIVIC_FIELD_NAMES.filter(([name]) => reading.civic[name]).map(
              ([name, meaning]) => html`<dt><code>${name}</code>${meaning}</dt><dd data-civic=${name}>${reading.civic[name]}</dd>`,
            )}
          </dl>
          ${call ? devicePositionTemplate(reading.locations, call.placedAt) : nothing}
          <h3>Every location in the PIDF-LO (${reading.locations.length})</h3>
          <ol class="locations" data-field="locations">
            ${reading.locations.map((location) => html`<li data-location=${location.kind}>${describeLocation(location)}</li>`)}
          </ol>
          ${reading.notUnderstood.length
            ? html`<p class="not-understood" data-field="not-understood">
                Not understood by the reader (shown as received, confirm with the caller): ${describeNotUnderstood(reading.notUnderstood)}
              </p>`
            : nothing}
          <h3>How it was determined</h3>
          <dl class="how">
            <dt>Method</dt>
            <dd data-field="method">${reading.method}${reading.method === 'Manual' ? ' — typed by the caller' : ' — from the enterprise LIS'}</dd>
            ${reading.entity ? html`<dt>Entity</dt><dd>${reading.entity}</dd>` : nothing}
          </dl>
          ${reading.note ? html`<p class="note" data-field="note">Note in the location: ${reading.note}</p>` : nothing}`;
    }
  }
}

/** What the PSAP can read from a call: only what the call carried. */
function readCall(call: EmergencyCall | null): Reading {
  if (!call) return { kind: 'waiting' };
  const { result } = call;
  // The same state word as the caller's badge and softphone (src/status/situation.ts).
  const state = callState(result);
  if (state === 'local-pstn') return { kind: 'local-pstn' };
  if (!result.pidfLo && result.placement === 'on-premises' && result.site) return { kind: 'site-only', site: result.site };
  if (!result.pidfLo) return { kind: 'no-location' };
  try {
    const parsed = parsePidfLo(result.pidfLo);
    if (!parsed.civic) {
      // Still show what it did carry (a geodetic shape, an address without a country): nothing is dropped.
      const carried = parsed.locations.map(describeLocation).join('; ');
      return { kind: 'unreadable', message: `The PIDF-LO body holds no civic address${carried ? `; it carries: ${carried}` : ''}.` };
    }
    const method = parsed.method ?? '(not stated)';
    // A user-entered location says so twice (method Manual, validation unvalidated); either is enough to warn.
    const validated = method !== 'Manual' && state === 'validated';
    return {
      kind: 'located', validated, civic: parsed.civic, method, note: parsed.note, entity: parsed.entity,
      locations: parsed.locations, notUnderstood: parsed.notUnderstood,
    };
  } catch (error) {
    return { kind: 'unreadable', message: error instanceof Error ? error.message : String(error) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-dispatcher': DemoDispatcher;
  }
}
