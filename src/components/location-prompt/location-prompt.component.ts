/** The emergency-location prompt: detects the network, reuses or asks for a civic address, answers the softphone at dial time. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { toFormValues } from '../../civic/form-values.js';
import type { NetworkStatus, Site } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { withUserInvariant } from '../../location.js';
import { getLocale } from '../../localization.js';
import { situationOf } from '../../status/situation.js';
import type { E911AddressForm } from '../address-form/address-form.component.js';
import { LocationStoreController } from '../controllers/location-store.js';
import { PromptConfigController } from '../controllers/prompt-config.js';
import { NetworkDetectionController } from '../controllers/network-detection.js';
import { NetworkWatchController } from '../controllers/network-watch.js';
import { PromptPanelController } from '../controllers/prompt-panel.js';
import { emit } from '../shared/emit.js';
import { sharedStyles } from '../shared/styles.js';
import { markAsked } from './asked-networks.js';
import { likelyOption, placeOptions, type PlaceOption } from './chooser.js';
import { briefWait, emergencyCallLocation, type EmergencyCallLocation } from './dial-location.js';
import { decideLocation, locationKey, needsSavedLocation, networkKey, statusKey } from './location-decision.js';
import { locationPromptStyles } from './location-prompt.styles.js';
import { viewHeading, viewTemplate, type PromptView, type ViewInput } from './location-prompt.views.js';
import { promptNotes, promptText } from './messages.js';
import { PlaceActions } from './place-actions.js';

export type { EmergencyCallLocation } from './dial-location.js';

/**
 * Keeps the emergency location of a browser-based client. On connect it loads the saved
 * locations and detects the network; again on `online`/`offline`, a connection change,
 * the page shown again after the refresh interval, and every refresh interval. On the
 * enterprise network with a LIS location, that validated location is used. Elsewhere the
 * location saved for this network is reused; if there is none, a panel asks for one (per
 * `location-required`, at most once per network in a page session).
 *
 * The panel is a non-modal dialog: the page stays usable (nothing inert, no backdrop, no
 * focus trap), Escape inside it dismisses it, focus returns where it came from. By default
 * it is docked to the bottom corner of the window; set `--e911-prompt-position: static` to
 * place it in the flow where the element is, or move it with the inset properties.
 *
 * @summary Emergency-location prompt and dial-time location source for softphones.
 *
 * @slot disclaimer - The administrator's disclaimer, shown when the user dismisses the
 *   prompt and `location-required="disclaimer"` (else the `disclaimer` attribute's text).
 *
 * @event {CustomEvent<{ status: NetworkStatus }>} e911-network-change - The detected network status changed.
 * @event {CustomEvent<{ location: EmergencyLocation | null }>} e911-location-change - The location in use changed (also during a call: send it in the call's update).
 * @event {CustomEvent} e911-prompt-open - The prompt opened.
 * @event {CustomEvent<{ reason: 'saved' | 'dismissed' | 'disclaimer-acknowledged' }>} e911-prompt-close - The prompt closed.
 * @event {CustomEvent<{ message: string }>} e911-config-error - An attribute or property has a bad entry; the message names it. The rest is used.
 *
 * @csspart dialog - The panel (`role="dialog"`, not modal).
 * @csspart header - The panel's top row: heading and close button (it stays in view when the panel scrolls).
 * @csspart heading - The panel's heading (it names the view: "Where are you now?", …).
 * @csspart close-button - The × button: the same as "Not now" (absent on the disclaimer).
 * @csspart calm - "In an emergency, call 911 now — you can finish this later."
 * @csspart notes - The notes (the situation, unvalidated, storage).
 * @csspart note - One note.
 * @csspart saved-list - The places to choose from (a radio group).
 * @csspart saved-item - One place (its radio button and address).
 * @csspart use-button - "Use this address", the chooser's primary action.
 * @csspart new-button - "Enter a new address".
 * @csspart manage-button - "Manage saved places".
 * @csspart managed-list - The saved places in the manage view.
 * @csspart managed-item - One saved place in the manage view.
 * @csspart delete-button - The button that deletes one saved place.
 * @csspart delete-all-button - The button that deletes every saved place.
 * @csspart undo - The "… was deleted. Undo" bar.
 * @csspart done-button - "Done", leaving the manage view.
 * @csspart back-button - "Choose a saved address", from the form back to the places.
 * @csspart form - The `<e911-address-form>` (its own parts are exported as `form-*`, e.g. `form-field`, `form-error`).
 * @csspart disclaimer - The disclaimer text.
 * @csspart actions - A row of buttons.
 * @csspart dismiss-button - "Not now".
 * @csspart acknowledge-button - "I understand".
 *
 * @cssproperty --e911-prompt-position - `fixed` (default: docked to a corner of the window) or `static` (in the flow where the element is).
 * @cssproperty --e911-prompt-inset-block-end - Distance from the bottom of the window (default 1rem).
 * @cssproperty --e911-prompt-inset-inline-end - Distance from the end side of the window (default 1rem).
 * @cssproperty --e911-prompt-inset-block-start - Distance from the top of the window (default auto).
 * @cssproperty --e911-prompt-inset-inline-start - Distance from the start side of the window (default auto).
 * @cssproperty --e911-prompt-max-height - Height beyond which the panel scrolls (default 100dvh − 2rem; 50dvh on screens under 30rem, where the panel is a bottom sheet).
 * @cssproperty --e911-prompt-z-index - Stacking order of the docked panel (default 1000).
 * @cssproperty --e911-dialog-width - Width of the panel (default 25rem, never wider than the window).
 * @cssproperty --e911-dialog-background - Panel background.
 * @cssproperty --e911-dialog-color - Panel text colour.
 * @cssproperty --e911-dialog-radius - Panel corner radius.
 * @cssproperty --e911-dialog-padding - Panel padding.
 * @cssproperty --e911-accent - Colour of primary buttons and note borders.
 * @cssproperty --e911-accent-contrast - Text colour on the accent colour.
 * @cssproperty --e911-note-background - Background of notes.
 * @cssproperty --e911-danger - Colour of delete buttons.
 * @cssproperty --e911-focus-ring-color - Colour of the focus outline.
 */
export class E911LocationPrompt extends LitElement {
  static override styles = [sharedStyles, locationPromptStyles];

  // No decorators: the class must work whatever a bundler does with class fields.
  static override properties = {
    heldUrl: { attribute: 'held-url' },
    ipEchoUrl: { attribute: 'ip-echo-url' },
    trustedIps: { attribute: 'trusted-ips' },
    vpnIps: { attribute: 'vpn-ips' },
    locationRequired: { attribute: 'location-required' },
    disclaimer: {},
    refreshInterval: { attribute: 'refresh-interval' },
    timeout: {},
    userId: { attribute: 'user-id' },
    dbName: { attribute: 'db-name' },
    entity: {},
    countries: {},
    defaultCountry: { attribute: 'default-country' },
    open: { type: Boolean, reflect: true },
    networkStatus: { attribute: false },
    location: { attribute: false },
    _view: { state: true },
    _selected: { state: true },
    _announcement: { state: true },
  };

  // The `sites` attribute is JSON and the `sites` property a list: both feed one configuration.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'sites'];
  }

  /** HELD endpoint of the enterprise LIS. */
  declare heldUrl: string;
  /** IP echo endpoint (`{"ip": …, "networkId"?: …}`). */
  declare ipEchoUrl: string;
  /** Trusted (on-premises) CIDRs, separated by spaces or commas. */
  declare trustedIps: string;
  /** VPN pool CIDRs, separated by spaces or commas. */
  declare vpnIps: string;
  /** `no` | `yes` | `disclaimer`. */
  declare locationRequired: string;
  /** The administrator's disclaimer text (not translated by the package). */
  declare disclaimer: string;
  /** Hours between checks, 1–12. */
  declare refreshInterval: number | string;
  /** Bound on one detection, in ms (default 3000). */
  declare timeout: number | string;
  /** Whose saved locations these are. */
  declare userId: string;
  /** IndexedDB database name (default `e911-location`). */
  declare dbName: string;
  /** PIDF-LO entity, e.g. `sip:alice@example.com` (default `sip:anonymous@anonymous.invalid`). */
  declare entity: string;
  /** Countries served by E9-1-1, e.g. `"US CA"` (the default). */
  declare countries: string;
  /** Country preselected in the address form. */
  declare defaultCountry: string;
  /** Whether the panel is open. Setting it opens it (as a user action) or closes it (as dismissed). */
  declare open: boolean;
  /** The last detection result, or null before the first one. */
  declare networkStatus: NetworkStatus | null;
  /** The location in use, or null. */
  declare location: EmergencyLocation | null;

  declare private _view: PromptView;
  declare private _selected: string | null;
  declare private _announcement: string;
  private _sitesInput: { json: string } | { value: unknown } = { value: [] };
  private _firstDecision: Promise<unknown> | null = null;
  /** Form values to start from (the site's address during a branch outage). */
  private _prefill: PlaceOption | null = null;

  private readonly _configs = new PromptConfigController(this, () => ({
    heldUrl: this.heldUrl,
    ipEchoUrl: this.ipEchoUrl,
    trustedIps: this.trustedIps,
    vpnIps: this.vpnIps,
    sites: this._sitesInput,
    locationRequired: this.locationRequired,
    refreshInterval: this.refreshInterval,
    timeout: this.timeout,
    countries: this.countries,
    defaultCountry: this.defaultCountry,
    entity: this.entity,
  }));

  private readonly _store = new LocationStoreController(
    this,
    () => ({ dbName: this.dbName || undefined, userId: this.userId || undefined }),
    (locations) => this._onSavedChange(locations),
  );

  private readonly _detection = new NetworkDetectionController(this, {
    detectOptions: () => this._configs.current.detect,
    apply: (status, isCurrent) => this._apply(status, isCurrent),
    lastKnown: () => this.networkStatus,
  });

  private readonly _watch = new NetworkWatchController(this, {
    onTrigger: () => void this.detect(),
    intervalMs: () => this._configs.current.refreshIntervalMs,
    lastCheckedAt: () => this._detection.lastCheckedAt,
  });

  private readonly _panel = new PromptPanelController(this, {
    beforeOpen: () => {
      this._view = this._options().length > 0 ? 'choose' : 'form';
      this._selected = likelyOption(this._options(), this.networkStatus?.networkId ?? null);
      this._prefill = null;
      this._actions.forgetUndo();
      this._formElement()?.reset();
    },
    focusTarget: () => this._focusTarget(),
    escape: () => (this._view === 'disclaimer' ? this._panel.finish('dismissed') : this._dismiss()),
    announce: (text) => this._announce(text),
    openedText: () => promptText.opened(),
  });

  private readonly _actions = new PlaceActions(this, this._store, {
    networkId: () => this.networkStatus?.networkId ?? null,
    current: () => this.location,
    setLocation: (location) => this._setLocation(location),
    saved: () => this._panel.finish('saved'),
    announce: (text) => this._announce(text),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    Object.assign(this, { heldUrl: '', ipEchoUrl: '', trustedIps: '', vpnIps: '', locationRequired: 'yes', disclaimer: '' });
    Object.assign(this, { refreshInterval: 4, timeout: '', userId: '', dbName: '', entity: '', countries: '', defaultCountry: '' });
    this.open = false;
    this.networkStatus = null;
    this.location = null;
    this._view = 'form';
    this._selected = null;
    this._announcement = '';
  }

  /**
   * false while the user-entered location in use is kept only until the page is closed:
   * browser storage is unusable, was full when it was saved, or was taken over by a newer
   * version in another tab. The location is still used for calls.
   */
  get locationPersisted(): boolean {
    const location = this.location;
    return !location || location.source !== 'user' || !this._store.keptInMemoryOnly(location.id);
  }

  /** The configured sites (valid entries only). Set a list, or the `sites` attribute as JSON. */
  get sites(): Site[] {
    return this._configs.current.sites;
  }
  set sites(value: Site[]) {
    this._sitesInput = { value };
    this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'sites') return super.attributeChangedCallback(name, old, value);
    this._sitesInput = { json: value ?? '' };
    this.requestUpdate();
  }

  override connectedCallback(): void {
    // Detection starts in a microtask queued before Lit's first update, so the LIS and echo
    // requests go out while the store opens (hostConnected) and the first render runs —
    // and still after the script that connected the element has set its attributes.
    this._firstDecision = Promise.resolve().then(() => (this.isConnected ? this.detect() : null));
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('dbName') || changed.has('userId')) && this.isConnected && this.hasUpdated) this._store.retarget();
  }

  protected override updated(): void {
    if (this.isConnected) this._watch.restartTimer();
  }

  /** Detects the network now and applies the result. Resolves with the newest status; never rejects. */
  detect(): Promise<NetworkStatus> {
    return this._detection.run();
  }

  private async _apply(status: NetworkStatus, isCurrent: () => boolean): Promise<void> {
    const changed = statusKey(status) !== statusKey(this.networkStatus);
    this.networkStatus = status;
    if (changed) emit(this, 'e911-network-change', { status });
    const saved = needsSavedLocation(status) ? await this._store.findForNetwork(status.networkId!) : undefined;
    if (!isCurrent()) return;
    const decision = decideLocation({ status, saved, current: this.location, locationRequired: this._configs.current.locationRequired });
    if (decision.location !== 'keep') this._setLocation(decision.location);
    if (!decision.ask || this.open) return;
    if (markAsked({ dbName: this.dbName, userId: this.userId }, networkKey(status))) this._panel.open('auto');
  }

  private _setLocation(location: EmergencyLocation | null): void {
    const next = location ? withUserInvariant(location) : null;
    const changed = locationKey(next) !== locationKey(this.location);
    this.location = next;
    if (changed) emit(this, 'e911-location-change', { location: next });
  }

  private _onSavedChange(locations: EmergencyLocation[]): void {
    // The location in use was deleted (here or in another tab).
    const current = this.location;
    if (current?.source === 'user' && !locations.some((location) => location.id === current.id)) this._setLocation(null);
  }

  /**
   * The location to send with an emergency call, for the softphone at dial time. Resolves
   * within 250 ms and never rejects: it answers from memory, never waits on the network,
   * and answers the same whether the panel is open or not.
   */
  async getEmergencyLocation(): Promise<EmergencyCallLocation> {
    await briefWait(this._firstDecision).catch(() => undefined);
    const { entity, countries } = this._configs.current;
    return emergencyCallLocation(this.networkStatus, this.location, { entity, countries });
  }

  /** Opens the panel, as a user action: focus moves to the first thing to fill. */
  show(): void {
    this._panel.open('user');
  }

  /** Closes the panel (reason `dismissed`). */
  close(): void {
    this._panel.finish('dismissed');
  }

  /** "Not now" or Escape: the policy decides whether the disclaimer comes first. */
  private _dismiss(): void {
    if (this._configs.current.locationRequired === 'disclaimer') this._setView('disclaimer');
    else this._panel.finish('dismissed');
  }

  private _setView(view: PromptView): void {
    this._view = view;
    void this._panel.focusView();
  }

  private _announce(text: string): void {
    // Cleared first, so that the same words said twice are announced twice.
    this._announcement = '';
    void this.updateComplete.then(() => {
      this._announcement = text;
    });
  }

  private _options(): PlaceOption[] {
    const situation = situationOf({ status: this.networkStatus, location: this.location, countries: this._configs.current.countries });
    const site = situation.siteAddress && situation.site ? { name: situation.site, address: situation.siteAddress } : null;
    return placeOptions(this._store.locations, site);
  }

  private _formElement(): E911AddressForm | null {
    return this.renderRoot?.querySelector('e911-address-form') ?? null;
  }

  private async _focusTarget(): Promise<HTMLElement | null> {
    await this.updateComplete;
    const root = this.renderRoot;
    if (this._view === 'choose') return root.querySelector<HTMLElement>('input[name=place]:checked') ?? root.querySelector<HTMLElement>('input[name=place]');
    if (this._view === 'manage') return root.querySelector<HTMLElement>('[part=done-button]');
    if (this._view === 'disclaimer') return root.querySelector<HTMLElement>('[part=acknowledge-button]');
    const form = this._formElement();
    if (!form) return null;
    if (this._prefill) form.values = toFormValues(this._prefill.civic, this._prefill.label);
    await form.updateComplete;
    // The first thing to fill: the street, or floor/room under an address offered to confirm.
    return form.renderRoot.querySelector<HTMLElement>(this._prefill ? '[name=LOC]' : '[name=street]') ?? form;
  }

  private async _focusUndo(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=undo] button')?.focus();
  }

  private _useSelected(): void {
    const option = this._options().find((candidate) => candidate.id === this._selected);
    if (!option) return;
    if (option.kind === 'saved') {
      void this._actions.use(option.location);
      return;
    }
    // The site's address is the administrator's: the user confirms and completes it, and it becomes theirs.
    this._prefill = option;
    this._setView('form');
  }

  override render(): TemplateResult {
    const input = this.open ? this._viewInput() : null;
    return html`
      ${input
        ? html`<section part="dialog" class="panel" role="dialog" aria-labelledby="heading">
            <div class="header" part="header">
              <h2 id="heading" part="heading" tabindex="-1">${viewHeading(input, this._prefill !== null)}</h2>
              ${input.view === 'disclaimer'
                ? nothing
                : html`<button type="button" class="close" part="close-button" aria-label=${promptText.dismiss()} @click=${this._handlers.dismiss}>
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /></svg>
                  </button>`}
            </div>
            <p class="calm" part="calm">${promptText.calm()}</p>
            ${viewTemplate(input)}
          </section>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  private _viewInput(): ViewInput {
    const config = this._configs.current;
    return {
      view: this._view,
      notes: promptNotes({ status: this.networkStatus, location: this.location, countries: config.countries, persistent: this._store.persistent }),
      options: this._options(),
      selected: this._selected,
      currentId: this.location?.id ?? null,
      networkId: this.networkStatus?.networkId ?? null,
      saved: this._store.locations,
      undo: this._actions.undoable,
      countries: config.countries,
      defaultCountry: config.defaultCountry,
      disclaimer: this.disclaimer,
      on: this._handlers,
    };
  }

  private readonly _handlers: ViewInput['on'] = {
    select: (id) => (this._selected = id),
    use: () => this._useSelected(),
    // The button pressed is gone: focus goes to "Undo", the next thing a user may want.
    remove: (location) => void this._actions.remove(location).then(() => this._focusUndo()),
    clear: () => void this._actions.clear().then(() => this._focusUndo()),
    undo: () => void this._actions.undo(),
    show: (view) => {
      if (view === 'choose') this._prefill = null;
      this._setView(view);
    },
    submit: (event) => {
      event.stopPropagation();
      void this._actions.submit(event.detail, getLocale());
    },
    dismiss: () => this._dismiss(),
    acknowledge: () => this._panel.finish('disclaimer-acknowledged'),
  };
}
