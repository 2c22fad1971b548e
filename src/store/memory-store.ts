/** The LocationStore kept in page memory when IndexedDB is unusable: same behaviour, `persistent: false`. */
import { randomId } from '../random-id.js';
import type { EmergencyLocation } from '../location.js';
import { nextTimestamp } from './clock.js';
import { StoreError, invalidArgument } from './errors.js';
import { ListenerSet, type Listener } from './listeners.js';
import { buildRecord, byMostRecent, checkInput, toLocation } from './record.js';
import type { LocationInput, LocationStoreBase } from './types.js';

/** One user's locations in one database name, shared by every memory store of the page. */
type Area = { locations: Map<string, EmergencyLocation>; stores: Set<MemoryLocationStore> };

const areas = new Map<string, Area>();

function areaFor(dbName: string, userId: string): Area {
  const key = JSON.stringify([dbName, userId]);
  let area = areas.get(key);
  if (!area) {
    area = { locations: new Map(), stores: new Set() };
    areas.set(key, area);
  }
  return area;
}

/**
 * Shared per page so the prompt and the status badge, each with its own store, still see
 * the same locations. Never shared across tabs: it ends with the page.
 */
export class MemoryLocationStore implements LocationStoreBase {
  readonly persistent = false;
  readonly #userId: string;
  readonly #area: Area;
  readonly #listeners = new ListenerSet();
  #closed = false;

  constructor(options: { dbName: string; userId: string }) {
    this.#userId = options.userId;
    this.#area = areaFor(options.dbName, options.userId);
    this.#area.stores.add(this);
  }

  /** How many locations the page keeps for this database and user. */
  get size(): number {
    return this.#area.locations.size;
  }

  has(id: string): boolean {
    return this.#area.locations.has(id);
  }

  /** Takes a location stored elsewhere as it is (dates included), so an update of it keeps its history. */
  adopt(location: EmergencyLocation): void {
    this.#area.locations.set(location.id, structuredClone(location));
  }

  async list(): Promise<EmergencyLocation[]> {
    this.#assertOpen();
    return this.#snapshot();
  }

  async get(id: string): Promise<EmergencyLocation | undefined> {
    this.#assertOpen();
    if (typeof id !== 'string' || id === '') throw invalidArgument('get(id) needs the location\'s id (a non-empty string), e.g. store.get(location.id)');
    const location = this.#area.locations.get(id);
    return location && structuredClone(location);
  }

  async findForNetwork(networkId: string): Promise<EmergencyLocation | undefined> {
    this.#assertOpen();
    if (typeof networkId !== 'string') {
      throw invalidArgument('findForNetwork(networkId) needs the network id string from detectNetwork(), e.g. store.findForNetwork(status.networkId)');
    }
    return this.#snapshot().find((location) => location.networkIds?.includes(networkId));
  }

  async save(input: LocationInput): Promise<EmergencyLocation> {
    this.#assertOpen();
    checkInput(input);
    const id = input.id ?? randomId();
    const existing = this.#area.locations.get(id);
    const location = toLocation(buildRecord(input, id, this.#userId, nextTimestamp(), existing));
    this.#area.locations.set(id, location);
    this.#changed();
    return structuredClone(location);
  }

  async remove(id: string): Promise<void> {
    this.#assertOpen();
    if (typeof id !== 'string' || id === '') throw invalidArgument('remove(id) needs the location\'s id (a non-empty string), e.g. store.remove(location.id)');
    if (this.#area.locations.delete(id)) this.#changed();
  }

  async clear(): Promise<void> {
    this.#assertOpen();
    if (this.#area.locations.size === 0) return;
    this.#area.locations.clear();
    this.#changed();
  }

  subscribe(listener: Listener): () => void {
    this.#assertOpen();
    return this.#listeners.add(listener);
  }

  close(): void {
    this.#closed = true;
    this.#listeners.clear();
    this.#area.stores.delete(this);
  }

  #snapshot(): EmergencyLocation[] {
    return structuredClone([...this.#area.locations.values()]).sort(byMostRecent);
  }

  /** Listeners hear of changes after the call that made them has returned, as with IndexedDB. */
  #changed(): void {
    const stores = [...this.#area.stores];
    queueMicrotask(() => {
      for (const store of stores) if (!store.#closed) store.#listeners.notify(store.#snapshot());
    });
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreError('closed');
  }
}
