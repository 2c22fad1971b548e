/** The emergency-location prompt: detects the network, reuses or asks for a civic address, answers the softphone at dial time. */
import { LitElement } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { NetworkStatus, Site } from '../../detect/types.js';
import type { EmergencyLocation } from '../../location.js';
import { withUserInvariant } from '../../location.js';
import { DevicePositionController } from '../../assist/device-position.js';
import { LocationStoreController, type SavedChange } from '../controllers/location-store.js';
import { PromptConfigController } from '../controllers/prompt-config.js';
import { NetworkDetectionController } from '../controllers/network-detection.js';
import { NetworkWatchController } from '../controllers/network-watch.js';
import { emit } from '../shared/emit.js';
import { preloadAddressForm } from '../address-form/load-body.js';
import { sharedStyles } from '../shared/styles.js';
import { forgetAsked, markAsked } from './asked-networks.js';
import { briefWait, emergencyCallLocation, type EmergencyCallLocation } from './dial-location.js';
import { decideLocation, locationKey, needsSavedLocation, networkKey, statusKey } from './location-decision.js';
import { locationPromptStyles } from './location-prompt.styles.js';
import { PromptViewsController, preloadPromptViews } from './prompt-views.js';

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
 * @event {CustomEvent<{ locationPersisted: boolean; storagePersistence: StoragePersistence }>} e911-storage-change - Whether the location in use is saved, or the browser's answer to keeping storage, changed (the badge follows it).
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
    locationAssist: { attribute: 'location-assist' },
    open: { type: Boolean, reflect: true },
    networkStatus: { attribute: false },
    location: { attribute: false },
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
  /** `off` (default: no Geolocation call at all) | `device`: the device's position helps the address (README "Location assist"). */
  declare locationAssist: string;
  /** Whether the panel is open. Setting it opens it (as a user action) or closes it (as dismissed). */
  declare open: boolean;
  /** The last detection result, or null before the first one. */
  declare networkStatus: NetworkStatus | null;
  /** The location in use, or null. */
  declare location: EmergencyLocation | null;

  private _sitesInput: { json: string } | { value: unknown } = { value: [] };
  private _firstDecision: Promise<unknown> | null = null;
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
    locationAssist: this.locationAssist,
  }));

  private readonly _assist = new DevicePositionController(this, () => this._configs.current.locationAssist === 'device');

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

  private readonly _views = new PromptViewsController(this, {
    config: () => this._configs.current,
    store: this._store,
    assist: this._assist,
    setLocation: (location) => this._setLocation(location),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    Object.assign(this, { heldUrl: '', ipEchoUrl: '', trustedIps: '', vpnIps: '', locationRequired: 'yes', disclaimer: '' });
    Object.assign(this, { refreshInterval: 4, timeout: '', userId: '', dbName: '', entity: '', countries: '', defaultCountry: '', locationAssist: '' });
    this.open = false;
    this.networkStatus = null;
    this.location = null;
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
    // Location assist, when permission was granted: a fresh position for the chooser and the next call (never waited for).
    void this._assist.refresh();
    const saved = needsSavedLocation(status) ? await this._store.findForNetwork(status.networkId!) : undefined;
    if (!isCurrent()) return;
    const decision = decideLocation({ status, saved, current: this.location, locationRequired: this._configs.current.locationRequired });
    // Nothing known fits this network: the form is what the user will likely open next.
    if (decision.location === null || (decision.location === 'keep' && !this.location)) {
      preloadPromptViews();
      preloadAddressForm();
    }
    if (decision.location !== 'keep') this._setLocation(decision.location);
    if (!decision.ask || this.open) return;
    if (markAsked({ dbName: this.dbName, userId: this.userId }, networkKey(status))) this._views.panel.open('auto');
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
    const missing = current?.source === 'user' && !locations.some((location) => location.id === current.id);
    // The deletion can be reported with one list and the emptied list come with the next
    // (a persistence answer in between), so a missing location is also checked against it.
    if (cause === 'database-deleted' || (missing && current !== null && this._store.deletedSince(current))) {
      // Storage was cleared under the page: the location in use still serves this call,
      // but is no longer saved (the badge says so), and the user is asked again next time.
      forgetAsked({ dbName: this.dbName, userId: this.userId });
    } else if (missing) {
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

  /**
   * The location to send with an emergency call, for the softphone at dial time. Resolves
   * within 250 ms and never rejects: it answers from memory, never waits on the network,
   * and answers the same whether the panel is open or not.
   */
  async getEmergencyLocation(): Promise<EmergencyCallLocation> {
    await briefWait(this._firstDecision).catch(() => undefined);
    const { entity, countries, locationAssist } = this._configs.current;
    // The most recent position held, never one waited for.
    const device = locationAssist === 'device' ? { device: this._assist.latest } : {};
    return emergencyCallLocation(this.networkStatus, this.location, { entity, countries, ...device });
  }

  /** Opens the panel, as a user action: focus moves to the first thing to fill. */
  show(): void {
    this._views.panel.open('user');
  }

  /** Closes the panel (reason `dismissed`). */
  close(): void {
    this._views.panel.finish('dismissed');
  }

  /** Also waits for the panel's views while they load: a caller that awaits this finds them rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._views.loading) {
      await this._views.loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override render(): TemplateResult {
    return this._views.render();
  }
}
