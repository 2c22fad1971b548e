/** The status badge: where the client is and which emergency location is in use; activating it opens the prompt. */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { situationOf, type LocationState } from '../../status/situation.js';
import { DEFAULT_COUNTRIES } from '../config/prompt-config.js';
import type { E911LocationPrompt } from '../location-prompt/location-prompt.component.js';
import { situationShort, stateDetail, stateWord } from '../shared/situation-text.js';
import { stateIcon } from '../shared/state-icon.js';
import { sharedStyles } from '../shared/styles.js';
import { locationStatusStyles } from './location-status.styles.js';
import { statusText } from './messages.js';

const PROMPT_TAG = 'e911-location-prompt';
const FOLLOWED_EVENTS = ['e911-network-change', 'e911-location-change', 'e911-prompt-open', 'e911-prompt-close', 'e911-storage-change'] as const;

/**
 * A badge for the softphone header: the emergency location in use, and what it means for a
 * 911 call. It reflects one `state` word — `validated` (LIS location), `unvalidated`
 * (user-entered: "the dispatcher will confirm it"), `missing` (E9-1-1 applies and no
 * location is known), `local-pstn` (no E9-1-1 here: the local carrier), `checking` (first
 * detection still running) — shown as an icon of its own shape plus words, never colour
 * alone; green is for `validated` only. It says where the client seems to be (a named
 * site, VPN, away, offline). It is a real button: activating it opens its prompt. After
 * the user saves or chooses a place it announces "Emergency location: <label>".
 *
 * @summary Emergency-location badge that opens `<e911-location-prompt>`.
 *
 * @csspart button - The button.
 * @csspart icon - The state's icon (decorative: the state word says the same).
 * @csspart state - The state word ("Validated", "Unvalidated", "No location", "Local carrier", "Checking").
 * @csspart placement - Where the client seems to be (site name, "On VPN", "Away from the office", …).
 * @csspart label - The location's label.
 * @csspart detail - What the state means for a call, and a note when the location is kept only until the page is closed.
 *
 * @cssproperty --e911-status-background - Button background.
 * @cssproperty --e911-status-color - Button text colour.
 * @cssproperty --e911-status-border - Button border.
 * @cssproperty --e911-status-radius - Button corner radius.
 * @cssproperty --e911-state-validated - Colour of the `validated` icon and word (green; for validated only).
 * @cssproperty --e911-state-unvalidated - Colour of the `unvalidated` icon and word.
 * @cssproperty --e911-state-missing - Colour of the `missing` icon and word.
 * @cssproperty --e911-state-local-pstn - Colour of the `local-pstn` icon and word.
 * @cssproperty --e911-state-checking - Colour of the `checking` icon and word.
 * @cssproperty --e911-focus-ring-color - Colour of the focus outline.
 */
export class E911LocationStatus extends LitElement {
  static override styles = [sharedStyles, locationStatusStyles];

  // No decorators: the class must work whatever a bundler does with class fields.
  static override properties = {
    htmlFor: { attribute: 'for' },
    state: { reflect: true },
    _status: { state: true },
    _announcement: { state: true },
    _location: { state: true },
    _expanded: { state: true },
  };

  /** Id of the prompt to follow and open; empty: the first `<e911-location-prompt>` in the document. */
  declare htmlFor: string;
  /** The state word, reflected as the `state` attribute (read-only in practice: it follows the prompt). */
  declare state: LocationState;

  declare private _status: NetworkStatus | null;
  declare private _location: EmergencyLocation | null;
  declare private _expanded: boolean;
  declare private _announcement: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.htmlFor = '';
    this._status = null;
    this._location = null;
    this._expanded = false;
    this._announcement = '';
    this.state = 'checking';
  }

  /** The prompt this badge follows, if it is in the document. */
  get prompt(): E911LocationPrompt | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (this.htmlFor) {
      return (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as E911LocationPrompt | null;
    }
    return root.querySelector?.(PROMPT_TAG) ?? document.querySelector(PROMPT_TAG);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of FOLLOWED_EVENTS) document.addEventListener(name, this._onPromptEvent);
    this._sync();
    // The prompt may be defined after this badge.
    void customElements.whenDefined(PROMPT_TAG).then(() => this._sync());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of FOLLOWED_EVENTS) document.removeEventListener(name, this._onPromptEvent);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('htmlFor')) this._sync();
  }

  private _sync(): void {
    const prompt = this.prompt;
    if (!prompt) return;
    this._status = prompt.networkStatus ?? null;
    this._location = prompt.location ?? null;
    this._expanded = Boolean(prompt.open);
  }

  private readonly _onPromptEvent = (event: Event): void => {
    const prompt = this.prompt;
    if (!prompt || event.composedPath()[0] !== prompt) return;
    const detail = (event as CustomEvent<{ status?: NetworkStatus; location?: EmergencyLocation | null }>).detail;
    switch (event.type) {
      case 'e911-network-change':
        this._status = detail?.status ?? prompt.networkStatus ?? null;
        break;
      case 'e911-location-change':
        this._location = detail?.location ?? null;
        // An earlier confirmation no longer describes the location in use.
        this._announcement = '';
        break;
      case 'e911-prompt-open':
        this._expanded = true;
        this._announcement = '';
        break;
      case 'e911-prompt-close':
        this._expanded = false;
        // The short confirmation after saving or choosing a place.
        if ((detail as { reason?: string } | undefined)?.reason === 'saved' && this._location) this._announcement = statusText.announce(this._location.label);
        break;
      case 'e911-storage-change':
        // The note on the address (kept only until the page closes) is read from the prompt.
        this.requestUpdate();
        break;
    }
  };

  private _onClick(): void {
    this.prompt?.show();
  }

  private _situation() {
    const prompt = this.prompt;
    const countries = prompt?.countries?.trim() ? prompt.countries.toUpperCase().split(/[\s,]+/) : DEFAULT_COUNTRIES;
    return situationOf({ status: this._status, location: this._location, countries });
  }

  protected override willUpdate(): void {
    this.state = this._situation().state;
  }

  override render(): TemplateResult {
    const situation = this._situation();
    const location = this._location;
    let detail = stateDetail(situation);
    // Storage full or unusable: the address works for calls now but is forgotten with the page.
    if (location && this.prompt?.locationPersisted === false) detail = [detail, statusText.notPersistent()].filter(Boolean).join(' ');
    const placement = situationShort(situation);
    return html`
      <button
        type="button"
        part="button"
        aria-haspopup="dialog"
        aria-expanded=${this._expanded ? 'true' : 'false'}
        aria-describedby="action"
        @click=${this._onClick}
      >
        <span class="icon" part="icon">${stateIcon(situation.icon)}</span>
        <span class="text">
          <span class="headline"
            ><span class="visually-hidden">${statusText.prefix()} </span><span class="state" part="state">${stateWord(situation.state)}</span>${situation.kind !== 'checking' && placement
              ? html`<span class="separator" aria-hidden="true"> · </span><span class="placement" part="placement">${placement}</span>`
              : nothing}</span
          >
          ${location ? html`<span class="label" part="label">${location.label}</span>` : nothing}
          ${detail ? html`<span class="detail" part="detail">${detail}</span>` : nothing}
        </span>
      </button>
      <span id="action" class="visually-hidden">${statusText.action()}</span>
      <span class="visually-hidden" role="status">${this._announcement}</span>
    `;
  }
}
