/** The emergency-location prompt: detects the network, reuses or asks for a civic address, answers the softphone at dial time. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { formatCivicAddress } from '../../civic/format.js';
import type { NetworkStatus, Site } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { withUserInvariant } from '../../location.js';
import { getLocale } from '../../localization.js';
import type { E911AddressForm } from '../address-form/address-form.component.js';
import type { PromptConfig } from '../config/prompt-config.js';
import { LocationStoreController, type SavedChange } from '../controllers/location-store.js';
import { PromptConfigController } from '../controllers/prompt-config.js';
import { NetworkDetectionController } from '../controllers/network-detection.js';
import { NetworkWatchController } from '../controllers/network-watch.js';
import { emit } from '../shared/emit.js';
import type { AddressSubmitDetail, PromptCloseReason } from '../shared/events.js';
import { sharedStyles } from '../shared/styles.js';
import { forgetAsked, markAsked } from './asked-networks.js';
import { emergencyCallLocation } from './dial-location.js';
import type { EmergencyCallLocation } from './dial-location.js';
import { decideLocation, needsSavedLocation, networkKey } from './location-decision.js';
import { locationPromptStyles } from './location-prompt.styles.js';
import { promptNotes, promptText } from './messages.js';
import { chooserTemplate, disclaimerTemplate, type ChooserView } from './location-prompt.views.js';

export type { EmergencyCallLocation } from './dial-location.js';

type View = 'list' | 'form' | 'disclaimer';

/**
 * `getEmergencyLocation()` waits at most this long for a first decision still in progress.
 * A LIS on the LAN answers in tens of ms; the rest of the 250 ms promise is headroom for a
 * busy page, whose timers fire late (200 ms gave answers at 300 ms under load in Firefox).
 */
const DIAL_WAIT_MS = 100;

function statusKey(status: NetworkStatus | null): string {
  if (!status) return '';
  const lis = status.lisLocation ? formatCivicAddress(status.lisLocation.civic) : '';
  return [status.placement, status.reason, status.networkId, status.site?.name, status.site?.e911, lis].join('\u0000');
}

function locationKey(location: EmergencyLocation | null): string {
  return location ? [location.id, location.updatedAt, location.label, location.networkId].join('\u0000') : '';
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Keeps the emergency location of a browser-based client. On connect it loads the saved
 * locations and detects the network; again on `online`/`offline`, a connection change,
 * the page shown again after the refresh interval, and every refresh interval. On the
 * enterprise network with a LIS location, that validated location is used. Elsewhere the
 * location saved for this network is reused; if there is none, a modal prompt asks for
 * one (per `location-required`, at most once per network in a page session).
 *
 * @summary Emergency-location prompt and dial-time location source for softphones.
 *
 * @slot disclaimer - The administrator's disclaimer, shown when the user dismisses the
 *   prompt and `location-required="disclaimer"` (else the `disclaimer` attribute's text).
 *
 * @event {CustomEvent<{ status: NetworkStatus }>} e911-network-change - The detected network status changed.
 * @event {CustomEvent<{ location: EmergencyLocation | null }>} e911-location-change - The location in use changed.
 * @event {CustomEvent} e911-prompt-open - The prompt opened.
 * @event {CustomEvent<{ reason: 'saved' | 'dismissed' | 'disclaimer-acknowledged' }>} e911-prompt-close - The prompt closed.
 * @event {CustomEvent<{ locationPersisted: boolean; storagePersistence: StoragePersistence }>} e911-storage-change - Whether the location in use is saved, or the browser's answer to keeping storage, changed (the badge follows it).
 * @event {CustomEvent<{ message: string }>} e911-config-error - An attribute or property has a bad entry; the message names it. The rest is used.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The dialog's heading.
 * @csspart notes - The notes under the heading (unvalidated, storage, routing).
 * @csspart note - One note.
 * @csspart saved-list - The list of saved addresses.
 * @csspart saved-item - One saved address (its use and delete buttons).
 * @csspart use-button - The button that uses a saved address.
 * @csspart delete-button - The button that deletes a saved address.
 * @csspart form - The `<e911-address-form>` (its own parts are exported as `form-*`, e.g. `form-field`, `form-error`).
 * @csspart disclaimer - The disclaimer text.
 * @csspart actions - The row of dialog buttons.
 * @csspart dismiss-button - "Not now".
 * @csspart acknowledge-button - "I understand".
 *
 * @cssproperty --e911-dialog-width - Width of the dialog on wide screens.
 * @cssproperty --e911-dialog-background - Dialog background.
 * @cssproperty --e911-dialog-color - Dialog text colour.
 * @cssproperty --e911-dialog-radius - Dialog corner radius.
 * @cssproperty --e911-dialog-padding - Dialog padding.
 * @cssproperty --e911-backdrop - Colour of the backdrop behind the dialog.
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

  /** Whether the prompt is open. Setting it opens or closes it (closing counts as dismissed). */
  declare open: boolean;
  /** The last detection result, or null before the first one. */
  declare networkStatus: NetworkStatus | null;
  /** The location in use, or null. */
  declare location: EmergencyLocation | null;

  declare private _view: View;
  declare private _announcement: string;

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private _sitesInput: { json: string } | { value: unknown } = { value: [] };
  private _firstDecision: Promise<unknown> | null = null;
  private _closeReason: PromptCloseReason = 'dismissed';
  private _returnFocus: HTMLElement | null = null;
  private _focusOnRender: 'view' | null = null;
  private _storageKey = '';

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
    (locations, cause) => this._onSavedChange(locations, cause),
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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.heldUrl = '';
    this.ipEchoUrl = '';
    this.trustedIps = '';
    this.vpnIps = '';
    this.locationRequired = 'yes';
    this.disclaimer = '';
    this.refreshInterval = 4;
    this.timeout = '';
    this.userId = '';
    this.dbName = '';
    this.entity = '';
    this.countries = '';
    this.defaultCountry = '';
    this.open = false;
    this.networkStatus = null;
    this.location = null;
    this._view = 'form';
    this._announcement = '';
  }

  /**
   * false while the user-entered location in use is kept only until the page is closed:
   * browser storage is unusable, was full when it was saved, was taken over by a newer
   * version in another tab, or the database was deleted under the page (another tab,
   * "clear site data"). The location is still used for calls.
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
    if (name === 'sites') {
      this._sitesInput = { json: value ?? '' };
      this.requestUpdate();
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    // Detection starts in a microtask queued before Lit's first update, so the LIS and echo
    // requests go out while the store opens (hostConnected) and the first render runs —
    // and still after the script that connected the element has set its attributes.
    this._firstDecision = Promise.resolve().then(() => (this.isConnected ? this.detect() : null));
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._dialog?.open) this._dialog.close();
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && changed.get('open') !== true) {
      this._view = this._store.locations.length > 0 ? 'list' : 'form';
      this._announcement = '';
    }
    if (changed.has('dbName') || changed.has('userId')) {
      if (this.isConnected && this.hasUpdated) this._store.retarget();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.isConnected) this._watch.restartTimer();
    if (changed.has('open')) this._syncDialog(changed.get('open') === true);
    if (this._focusOnRender && this.open) {
      this._focusOnRender = null;
      void this._focusView();
    }
  }

  // ---- detection and decision ----

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
    const { locationRequired } = this._configs.current;
    const decision = decideLocation({ status, saved, current: this.location, locationRequired });
    if (decision.location !== 'keep') this._setLocation(decision.location);
    if (!decision.ask || this.open) return;
    if (markAsked({ dbName: this.dbName, userId: this.userId }, networkKey(status))) this.show();
  }

  private _setLocation(location: EmergencyLocation | null): void {
    const next = location ? withUserInvariant(location) : null;
    const changed = locationKey(next) !== locationKey(this.location);
    this.location = next;
    if (changed) emit(this, 'e911-location-change', { location: next });
    this._emitStorageChange();
  }

  private _onSavedChange(locations: EmergencyLocation[], cause: SavedChange): void {
    const current = this.location;
    if (cause === 'database-deleted') {
      // Storage was cleared under the page: the location in use still serves this call,
      // but is no longer saved (the badge says so), and the user is asked again next time.
      forgetAsked({ dbName: this.dbName, userId: this.userId });
    } else if (current?.source === 'user' && !locations.some((location) => location.id === current.id)) {
      // The location in use was deleted (here or in another tab).
      this._setLocation(null);
    }
    this._emitStorageChange();
  }

  /** Tells the badge (and the host) when whether the location in use is saved, or the browser's persistence answer, changed. */
  private _emitStorageChange(): void {
    const detail = { locationPersisted: this.locationPersisted, storagePersistence: this._store.storagePersistence };
    const key = `${detail.locationPersisted}:${detail.storagePersistence}`;
    if (key === this._storageKey) return;
    this._storageKey = key;
    emit(this, 'e911-storage-change', detail);
  }

  // ---- dial time ----

  /**
   * The location to send with an emergency call, for the softphone at dial time. Resolves
   * within 250 ms and never rejects: it answers from memory, never waits on the network.
   */
  async getEmergencyLocation(): Promise<EmergencyCallLocation> {
    try {
      if (this._firstDecision && typeof document !== 'undefined' && !document.hidden) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const wait = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, DIAL_WAIT_MS);
        });
        await Promise.race([this._firstDecision.then(() => undefined, () => undefined), wait]);
        clearTimeout(timer);
      }
    } catch {
      // Waiting is only a courtesy to a decision in progress.
    }
    return this._callLocation();
  }

  private _callLocation(): EmergencyCallLocation {
    const { entity, countries } = this._configs.current;
    return emergencyCallLocation(this.networkStatus, this.location, { entity, countries });
  }

  // ---- opening and closing ----

  /** Opens the prompt. */
  show(): void {
    this.open = true;
  }

  /** Closes the prompt (reason `dismissed`). */
  close(): void {
    this._finish('dismissed');
  }

  private _finish(reason: PromptCloseReason): void {
    if (!this.open) return;
    this._closeReason = reason;
    this.open = false;
  }

  private _syncDialog(wasOpen: boolean): void {
    const dialog = this._dialog;
    if (this.open && !wasOpen) {
      if (!dialog || !this.isConnected) {
        this.open = false;
        return;
      }
      this._returnFocus = deepActiveElement();
      this._closeReason = 'dismissed';
      this._formElement()?.reset();
      if (!dialog.open) dialog.showModal();
      void this._focusView();
      emit(this, 'e911-prompt-open', {});
    } else if (!this.open && wasOpen) {
      if (dialog?.open) dialog.close();
      const returnTo = this._returnFocus;
      this._returnFocus = null;
      if (returnTo?.isConnected) returnTo.focus();
      emit(this, 'e911-prompt-close', { reason: this._closeReason });
    }
  }

  private _formElement(): E911AddressForm | null {
    return this.renderRoot?.querySelector('e911-address-form') ?? null;
  }

  private async _focusView(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    if (this._view === 'form') {
      const form = this._formElement();
      await form?.updateComplete;
      form?.focus();
    } else if (this._view === 'list') {
      root.querySelector<HTMLElement>('.use')?.focus();
    } else {
      root.querySelector<HTMLElement>('[part="acknowledge-button"]')?.focus();
    }
  }

  private _setView(view: View): void {
    this._view = view;
    this._announcement = '';
    this._focusOnRender = 'view';
  }

  /** The user asked to leave (Escape or "Not now"): the policy decides what happens. */
  private _dismiss(): void {
    if (this._view === 'disclaimer') {
      this._finish('disclaimer-acknowledged');
    } else if (this._configs.current.locationRequired === 'disclaimer') {
      this._setView('disclaimer');
    } else {
      this._finish('dismissed');
    }
  }

  private _onCancel(event: Event): void {
    // Without user activation since opening, Chrome makes `cancel` non-cancelable and
    // closes the dialog anyway (close-watcher abuse protection): `close` handles that.
    if (!event.cancelable) return;
    // Escape: handled per policy rather than by the browser.
    event.preventDefault();
    this._dismiss();
  }

  private _onDialogClose(): void {
    const dialog = this._dialog;
    // `close` is queued: when the prompt was reopened meanwhile, this one belongs to the
    // earlier close and must not dismiss the new opening.
    if (!this.open || dialog?.open) return;
    // The browser closed the dialog itself (a repeated Escape is not cancelable).
    if (this._view !== 'disclaimer' && this._configs.current.locationRequired === 'disclaimer' && dialog && this.isConnected) {
      this._setView('disclaimer');
      dialog.showModal();
      return;
    }
    this._finish(this._view === 'disclaimer' ? 'disclaimer-acknowledged' : 'dismissed');
  }

  // ---- choosing, saving, deleting ----

  private async _use(location: EmergencyLocation): Promise<void> {
    const networkId = this.networkStatus?.networkId;
    const input = { id: location.id, label: location.label, civic: location.civic, ...(location.lang ? { lang: location.lang } : {}) };
    const saved = await this._store.save(networkId ? { ...input, networkId } : input);
    this._setLocation(saved);
    this._finish('saved');
  }

  private async _onAddressSubmit(event: CustomEvent<AddressSubmitDetail>): Promise<void> {
    event.stopPropagation();
    const { civic, label } = event.detail;
    const saved = await this._store.save({ label, civic, lang: getLocale(), networkId: this.networkStatus?.networkId ?? null });
    this._setLocation(saved);
    this._finish('saved');
  }

  private async _remove(location: EmergencyLocation): Promise<void> {
    await this._store.remove(location.id);
    if (this.location?.id === location.id) this._setLocation(null);
    this._announcement = promptText.deleted(location.label);
    if (this._store.locations.length === 0) this._setView('form');
    else this.renderRoot.querySelector<HTMLElement>('.use')?.focus();
  }

  private async _clear(): Promise<void> {
    await this._store.clear();
    if (this.location?.source === 'user') this._setLocation(null);
    this._setView('form');
    this._announcement = promptText.allDeleted();
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const config = this._configs.current;
    const disclaimerView = this._view === 'disclaimer';
    // The body (with its address form) is rendered only while open: a closed modal shows
    // nothing, and the form would cost the first render several milliseconds.
    return html`
      <dialog part="dialog" aria-labelledby="heading" @cancel=${this._onCancel} @close=${this._onDialogClose}>
        <h2 id="heading" part="heading" tabindex="-1">${disclaimerView ? promptText.disclaimerHeading() : promptText.heading()}</h2>
        ${!this.open ? nothing : disclaimerView ? disclaimerTemplate(this.disclaimer, () => this._finish('disclaimer-acknowledged')) : chooserTemplate(this._chooserView(config))}
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      </dialog>
    `;
  }

  private _chooserView(config: PromptConfig): ChooserView {
    return {
      notes: promptNotes({ status: this.networkStatus, location: this.location, countries: config.countries, persistent: this._store.persistent, storagePersistence: this._store.storagePersistence }),
      saved: this._store.locations,
      showList: this._view === 'list',
      currentId: this.location?.id ?? null,
      countries: config.countries,
      defaultCountry: config.defaultCountry,
      on: this._chooserHandlers,
    };
  }

  private readonly _chooserHandlers: ChooserView['on'] = {
    use: (location) => void this._use(location),
    remove: (location) => void this._remove(location),
    clear: () => void this._clear(),
    showForm: () => this._setView('form'),
    showList: () => this._setView('list'),
    submit: (event) => void this._onAddressSubmit(event),
    dismiss: () => this._dismiss(),
  };
}
