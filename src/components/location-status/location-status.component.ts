/** The status badge: where the client is and which emergency location is in use; activating it opens the prompt. */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { NetworkStatus } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { noE911Message } from '../address-form/messages.js';
import { DEFAULT_COUNTRIES } from '../config/prompt-config.js';
import type { E911LocationPrompt } from '../location-prompt/location-prompt.component.js';
import { promptText } from '../location-prompt/messages.js';
import { sharedStyles } from '../shared/styles.js';
import { locationStatusStyles } from './location-status.styles.js';
import { statusText } from './messages.js';

const PROMPT_TAG = 'e911-location-prompt';
const FOLLOWED_EVENTS = ['e911-network-change', 'e911-location-change', 'e911-prompt-open', 'e911-prompt-close', 'e911-storage-change'] as const;

/**
 * A badge for the softphone header: the placement (at the office, away, unknown), the
 * emergency location in use, and whether it is validated. A user-entered location reads
 * as unvalidated ("the dispatcher will confirm it"). It is a real button: activating it
 * opens its prompt. It follows the prompt through the prompt's events.
 *
 * @summary Emergency-location badge that opens `<e911-location-prompt>`.
 *
 * @csspart button - The button.
 * @csspart indicator - The coloured dot (placement; decorative).
 * @csspart placement - The placement text.
 * @csspart label - The location's label.
 * @csspart detail - Validation or routing text, and a note when the location is kept only until the page is closed.
 *
 * @cssproperty --e911-status-background - Button background.
 * @cssproperty --e911-status-color - Button text colour.
 * @cssproperty --e911-status-border - Button border.
 * @cssproperty --e911-status-radius - Button corner radius.
 * @cssproperty --e911-status-on-premises - Dot colour on the enterprise network.
 * @cssproperty --e911-status-off-premises - Dot colour away from it.
 * @cssproperty --e911-status-unknown - Dot colour while unknown.
 * @cssproperty --e911-status-local-pstn - Dot colour at a site without E9-1-1.
 * @cssproperty --e911-focus-ring-color - Colour of the focus outline.
 */
export class E911LocationStatus extends LitElement {
  static override styles = [sharedStyles, locationStatusStyles];

  // No decorators: the class must work whatever a bundler does with class fields.
  static override properties = {
    htmlFor: { attribute: 'for' },
    _status: { state: true },
    _location: { state: true },
    _expanded: { state: true },
  };

  /** Id of the prompt to follow and open; empty: the first `<e911-location-prompt>` in the document. */
  declare htmlFor: string;

  declare private _status: NetworkStatus | null;
  declare private _location: EmergencyLocation | null;
  declare private _expanded: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.htmlFor = '';
    this._status = null;
    this._location = null;
    this._expanded = false;
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
        break;
      case 'e911-prompt-open':
        this._expanded = true;
        break;
      case 'e911-prompt-close':
        this._expanded = false;
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

  override render(): TemplateResult {
    const status = this._status;
    const location = this._location;
    const localPstnSite = status?.site?.e911 === 'local-pstn' ? status.site.name : null;
    const indicator = localPstnSite ? 'local-pstn' : (status?.placement ?? 'unknown');
    const countries = this.prompt?.countries?.trim() ? this.prompt.countries.toUpperCase().split(/[\s,]+/) : DEFAULT_COUNTRIES;
    let detail: string | undefined;
    if (localPstnSite) detail = promptText.localPstnSite(localPstnSite);
    else if (location && !countries.includes(location.civic.country)) detail = noE911Message(location.civic.country);
    else if (location) detail = location.validation === 'validated' ? statusText.validated() : statusText.unvalidated();
    // Storage full or unusable: the address works for calls now but is forgotten with the page.
    if (location && this.prompt?.locationPersisted === false) detail = `${detail} ${promptText.notPersistent()}`;
    return html`
      <button
        type="button"
        part="button"
        aria-haspopup="dialog"
        aria-expanded=${this._expanded ? 'true' : 'false'}
        aria-describedby="action"
        @click=${this._onClick}
      >
        <span class="indicator ${indicator}" part="indicator" aria-hidden="true"></span>
        <span class="text">
          <span class="placement" part="placement"
            ><span class="visually-hidden">${statusText.prefix()} </span>${status ? statusText.placement(status) : statusText.checking()}</span
          >
          <span class="label" part="label">${location ? location.label : statusText.noLocation()}</span>
          ${detail ? html`<span class="detail" part="detail">${detail}</span>` : nothing}
        </span>
      </button>
      <span id="action" class="visually-hidden">${statusText.action()}</span>
    `;
  }
}
