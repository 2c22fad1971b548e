/** What the user does with places in the prompt: use one, save a typed address, delete with undo. */
import type { ReactiveControllerHost } from 'lit';
import { addressLanguage } from '../../civic/address-language.js';
import type { DevicePosition, EmergencyLocation } from '../../location.js';
import type { LocationStoreController } from '../controllers/location-store.js';
import type { AddressSubmitDetail } from '../shared/events.js';
import { promptText } from './messages.js';

export type PlaceHooks = {
  networkId(): string | null;
  current(): EmergencyLocation | null;
  setLocation(location: EmergencyLocation | null): void;
  /** A place was saved or chosen: the panel closes as `saved`. */
  saved(): void;
  announce(text: string): void;
  /** The device's position to remember with the place (location assist), or null. */
  position(): DevicePosition | null;
  /** Takes a fresh position in the background (location assist, when already granted). */
  refreshPosition(): void;
};

export class PlaceActions {
  /** Places just deleted, offered back by "Undo" until the panel closes or something else is deleted. */
  undoable: EmergencyLocation[] = [];

  private readonly _host: ReactiveControllerHost;
  private readonly _store: LocationStoreController;
  private readonly _hooks: PlaceHooks;

  constructor(host: ReactiveControllerHost, store: LocationStoreController, hooks: PlaceHooks) {
    this._host = host;
    this._store = store;
    this._hooks = hooks;
  }

  /** `{ position }` when location assist holds one (the place remembers where it was saved), else nothing: the stored one is kept. */
  private _position(): { position?: DevicePosition } {
    const position = this._hooks.position();
    return position ? { position } : {};
  }

  forgetUndo(): void {
    this.undoable = [];
  }

  /** Uses a saved place here: it becomes the place for this network and the most recent. */
  async use(location: EmergencyLocation): Promise<void> {
    const networkId = this._hooks.networkId();
    const input = { id: location.id, label: location.label, civic: location.civic, ...(location.lang ? { lang: location.lang } : {}), ...this._position() };
    const saved = await this._store.save(networkId ? { ...input, networkId } : input);
    this._hooks.refreshPosition();
    this._hooks.setLocation(saved);
    this._hooks.saved();
  }

  /** Saves a typed (or confirmed) address for this network and uses it. */
  async submit({ civic, label }: AddressSubmitDetail, lang: string): Promise<void> {
    const saved = await this._store.save({ label, civic, lang: addressLanguage(civic, lang), networkId: this._hooks.networkId(), ...this._position() });
    this._hooks.refreshPosition();
    this._hooks.setLocation(saved);
    this._hooks.saved();
  }

  async remove(location: EmergencyLocation): Promise<void> {
    await this._store.remove(location.id);
    if (this._hooks.current()?.id === location.id) this._hooks.setLocation(null);
    this.undoable = [location];
    this._hooks.announce(promptText.deleted(location.label));
    this._host.requestUpdate();
  }

  async clear(): Promise<void> {
    const removed = [...this._store.locations];
    await this._store.clear();
    if (this._hooks.current()?.source === 'user') this._hooks.setLocation(null);
    this.undoable = removed;
    this._hooks.announce(promptText.allDeleted());
    this._host.requestUpdate();
  }

  /** Puts the places just deleted back, with their ids, labels, addresses and networks. */
  async undo(): Promise<void> {
    const restore = this.undoable;
    this.undoable = [];
    // Oldest first, so that the store's "most recently used" order comes back as it was.
    for (const location of [...restore].reverse()) {
      const place = {
        id: location.id,
        label: location.label,
        civic: location.civic,
        ...(location.lang ? { lang: location.lang } : {}),
        ...(location.position ? { position: location.position } : {}),
      };
      // A save adds one network to a place: replay the others first (oldest first), so the
      // place is found again on every network it served, with the last one current.
      const others = (location.networkIds ?? []).filter((id) => id !== location.networkId);
      for (const networkId of others) await this._store.save({ ...place, networkId });
      await this._store.save({ ...place, networkId: location.networkId });
    }
    const [first] = restore;
    if (first) this._hooks.announce(restore.length === 1 ? promptText.restored(first.label) : promptText.restored(restore.map((l) => l.label).join(', ')));
    this._host.requestUpdate();
  }
}
