/**
 * The prompt panel's views and how the user moves through them (choose a place, type an
 * address, manage saved places, the disclaimer): loaded on demand by prompt-views.ts,
 * which keeps the panel's lifecycle and its loading and failure states.
 */
import type { TemplateResult } from 'lit';
import { toFormValues } from '../../civic/form-values.js';
import type { NetworkStatus } from '../../detect/types.js';
import type { DevicePositionController } from '../../assist/device-position.js';
import type { EmergencyLocation } from '../../location.js';
import { getLocale } from '../../localization.js';
import { situationOf } from '../../status/situation.js';
import type { E911AddressForm } from '../address-form/address-form.component.js';
import type { PromptConfig } from '../config/prompt-config.js';
import type { LocationStoreController } from '../controllers/location-store.js';
import type { PanelHost, PromptPanelController } from '../controllers/prompt-panel.js';
import { likelyOption, placeOptions, type PlaceOption } from './chooser.js';
import { viewHeading, viewTemplate, type PromptView, type ViewInput } from './location-prompt.views.js';
import { promptNotes } from './messages.js';
import { PlaceActions } from './place-actions.js';

export { promptViewsStyles } from './prompt-views.styles.js';

export type ViewsHost = PanelHost & {
  readonly networkStatus: NetworkStatus | null;
  readonly location: EmergencyLocation | null;
  readonly disclaimer: string;
  readonly updateComplete: Promise<boolean>;
};

export type ViewsOptions = {
  config(): PromptConfig;
  /** Says something through the host's polite live region. */
  announce(text: string): void;
  store: LocationStoreController;
  /** Location assist (its `enabled` follows the `location-assist` attribute). */
  assist: DevicePositionController;
  setLocation(location: EmergencyLocation | null): void;
};

export class PromptViewsBody {
  private readonly _host: ViewsHost;
  private readonly _options: ViewsOptions;
  private readonly _panel: PromptPanelController;
  private readonly _actions: PlaceActions;
  private _view: PromptView = 'form';
  private _selected: string | null = null;
  /** Whether the user picked a place since the panel opened (then it is never moved under them). */
  private _picked = false;
  /** The site's address to confirm and complete, while the form starts from it. */
  private _prefill: PlaceOption | null = null;

  constructor(host: ViewsHost, options: ViewsOptions, panel: PromptPanelController) {
    this._host = host;
    this._options = options;
    this._panel = panel;
    this._actions = new PlaceActions(host, options.store, {
      networkId: () => host.networkStatus?.networkId ?? null,
      current: () => host.location,
      setLocation: (location) => options.setLocation(location),
      saved: () => panel.finish('saved'),
      announce: (text) => options.announce(text),
      position: () => (options.assist.enabled ? options.assist.latest : null),
      refreshPosition: () => void options.assist.refresh(),
    });
  }

  /** Until the user picks a place, the preselection follows what is known (a device position arriving moves it to the nearest place). */
  hostUpdate(): void {
    if (this._host.open && this._view === 'choose' && !this._picked) {
      this._selected = likelyOption(this._placeOptions(), this._host.networkStatus?.networkId ?? null, this._here());
    }
  }

  /** The view's heading, whether it has a close button (the disclaimer has none), and its body. */
  view(): { heading: string; closable: boolean; content: TemplateResult } {
    const input = this._input();
    return { heading: viewHeading(input, this._prefill !== null), closable: input.view !== 'disclaimer', content: viewTemplate(input) };
  }

  /** Escape: on the disclaimer it dismisses, elsewhere the policy decides. */
  escape(): void {
    if (this._view === 'disclaimer') this._panel.finish('dismissed');
    else this._dismiss();
  }

  /** The × button: the same as "Not now". */
  dismiss(): void {
    this._dismiss();
  }

  /** Before the panel shows: the view that fits, the likely place preselected, the form emptied. */
  reset(): void {
    const options = this._placeOptions();
    this._view = options.length > 0 ? 'choose' : 'form';
    this._selected = likelyOption(options, this._host.networkStatus?.networkId ?? null, this._here());
    this._prefill = null;
    this._picked = false;
    this._actions.forgetUndo();
    this._form()?.reset();
  }

  /** "Not now", × or Escape: the policy decides whether the disclaimer comes first. */
  private _dismiss(): void {
    if (this._options.config().locationRequired === 'disclaimer') this._show('disclaimer');
    else this._panel.finish('dismissed');
  }

  private _show(view: PromptView): void {
    if (view === 'choose') this._prefill = null;
    this._view = view;
    this._host.requestUpdate();
    void this._panel.focusView();
  }

  private _placeOptions(): PlaceOption[] {
    const { networkStatus: status, location } = this._host;
    const situation = situationOf({ status, location, countries: this._options.config().countries });
    const site = situation.siteAddress && situation.site ? { name: situation.site, address: situation.siteAddress } : null;
    return placeOptions(this._options.store.locations, site, this._here());
  }

  /** The device's position when location assist is on and holds one. */
  private _here(): EmergencyLocation['position'] | null {
    return this._options.assist.enabled ? this._options.assist.latest : null;
  }

  /** "Use this device's position": asks (the only place permission is asked), then preselects the nearest place. */
  private async _locate(): Promise<void> {
    // The controller asks the host to update when it answers; the preselection follows (hostUpdate).
    await this._options.assist.request();
  }

  private _form(): E911AddressForm | null {
    return this._host.renderRoot.querySelector('e911-address-form');
  }

  /** The first thing to fill in the view shown. */
  async focusTarget(): Promise<HTMLElement | null> {
    await this._host.updateComplete;
    const root = this._host.renderRoot;
    if (this._view === 'choose') return root.querySelector<HTMLElement>('input[name=place]:checked') ?? root.querySelector<HTMLElement>('input[name=place]');
    if (this._view === 'manage') return root.querySelector<HTMLElement>('[part=done-button]');
    if (this._view === 'disclaimer') return root.querySelector<HTMLElement>('[part=acknowledge-button]');
    const form = this._form();
    if (!form) return null;
    if (this._prefill) form.values = toFormValues(this._prefill.civic, this._prefill.label);
    await form.updateComplete;
    // The first thing to fill: the street, or floor/room under an address offered to confirm.
    return form.renderRoot.querySelector<HTMLElement>(this._prefill ? '[name=LOC]' : '[name=street]') ?? form;
  }

  private async _focusUndo(): Promise<void> {
    await this._host.updateComplete;
    this._host.renderRoot.querySelector<HTMLElement>('[part=undo] button')?.focus();
  }

  private _useSelected(): void {
    const option = this._placeOptions().find((candidate) => candidate.id === this._selected);
    if (option?.kind === 'saved') void this._actions.use(option.location);
    if (option?.kind !== 'site') return;
    // The site's address is the administrator's: the user confirms and completes it, and it becomes theirs.
    this._prefill = option;
    this._show('form');
  }

  private _input(): ViewInput {
    const config = this._options.config();
    const { networkStatus: status, location } = this._host;
    const store = this._options.store;
    return {
      view: this._view,
      notes: promptNotes({ status, location, countries: config.countries, persistent: store.persistent, storagePersistence: store.storagePersistence }),
      options: this._placeOptions(),
      selected: this._selected,
      currentId: location?.id ?? null,
      networkId: status?.networkId ?? null,
      saved: store.locations,
      undo: this._actions.undoable,
      countries: config.countries,
      defaultCountry: config.defaultCountry,
      disclaimer: this._host.disclaimer,
      assist: this._options.assist.enabled ? this._options.assist.state : null,
      on: this._handlers,
    };
  }

  private readonly _handlers: ViewInput['on'] = {
    select: (id) => {
      this._selected = id;
      this._picked = true;
      this._host.requestUpdate();
    },
    use: () => this._useSelected(),
    locate: () => void this._locate(),
    // The button pressed is gone: focus goes to "Undo", the next thing a user may want.
    remove: (location) => void this._actions.remove(location).then(() => this._focusUndo()),
    clear: () => void this._actions.clear().then(() => this._focusUndo()),
    undo: () => void this._actions.undo(),
    show: (view) => this._show(view),
    submit: (event) => {
      event.stopPropagation();
      void this._actions.submit(event.detail, getLocale());
    },
    dismiss: () => this._dismiss(),
    acknowledge: () => this._panel.finish('disclaimer-acknowledged'),
  };
}
