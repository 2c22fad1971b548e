/** openLocationStore(): IndexedDB when the browser allows it, else the page's memory, with every refusal reported. */
import { DEFAULT_DB_NAME, type Migration } from './schema.js';
import { StoreError, invalidArgument } from './errors.js';
import { IndexedDBLocationStore } from './location-store.js';
import { ResilientLocationStore } from './resilient-store.js';
import type { InvalidRecord, LocationStore, StoreOptions } from './types.js';

const DEFAULT_OPEN_TIMEOUT_MS = 3000;

/** Warns once per store with what to do: a skipped record is left in place, never deleted. */
function warnOnce(): (record: InvalidRecord) => void {
  let warned = false;
  return ({ id, reason }) => {
    if (warned) return;
    warned = true;
    console.warn(
      `e911-location: skipped a saved location that failed validation (id ${JSON.stringify(id)}: ${reason}). ` +
        'It was left in IndexedDB untouched; further invalid records are skipped silently. ' +
        'Remove it with store.remove(id) or clear() at sign-out, or clear this site\'s data in the browser.',
    );
  };
}

function checkOptions(options: StoreOptions): void {
  const usage = 'openLocationStore({ dbName?: string, userId?: string, openTimeoutMs?: number })';
  if (typeof options !== 'object' || options === null) throw invalidArgument(`Options must be an object: ${usage}`);
  const { dbName, userId, openTimeoutMs } = options;
  if (dbName !== undefined && (typeof dbName !== 'string' || dbName === '')) {
    throw invalidArgument(`dbName must be a non-empty string: ${usage}`);
  }
  if (userId !== undefined && typeof userId !== 'string') throw invalidArgument(`userId must be a string: ${usage}`);
  if (openTimeoutMs !== undefined && !(typeof openTimeoutMs === 'number' && openTimeoutMs > 0)) {
    throw invalidArgument(`openTimeoutMs must be a positive number of milliseconds: ${usage}`);
  }
}

/**
 * Opens the saved locations of one user. Never rejects for a browser that cannot store
 * (private mode, a full or blocked database, a newer version in another tab): it keeps
 * locations in the page's memory instead (`persistent: false`) and reports why through
 * `onFallback` — at open, and later for a save that storage refuses.
 */
export async function openLocationStore(options: StoreOptions = {}): Promise<LocationStore> {
  checkOptions(options);
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const userId = options.userId ?? '';
  const report = (reason: StoreError): void => {
    if (options.onFallback) {
      try {
        options.onFallback(reason);
      } catch (callbackError) {
        console.error('e911-location: the onFallback callback threw.', callbackError);
      }
    } else {
      console.warn(`e911-location: ${reason.message}`, reason.cause ?? '');
    }
  };
  // Filled once the store exists: the database can only be lost after that.
  const holder: { store?: ResilientLocationStore } = {};
  let primary: IndexedDBLocationStore | null = null;
  try {
    primary = await IndexedDBLocationStore.open({
      dbName,
      userId,
      openTimeoutMs: options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS,
      onInvalidRecord: options.onInvalidRecord ?? warnOnce(),
      onLost: () => holder.store?.lost(),
      ...testSchema(options),
    });
  } catch (error) {
    report(error instanceof StoreError ? error : new StoreError('unavailable', undefined, { cause: error }));
  }
  holder.store = new ResilientLocationStore(primary, { dbName, userId, report });
  return holder.store;
}

/** Tests play an older or newer release of the schema through these (not part of StoreOptions). */
function testSchema(options: StoreOptions): { version?: number; migrations?: readonly Migration[] } {
  const { version, migrations } = options as { version?: number; migrations?: readonly Migration[] };
  return { ...(version !== undefined ? { version } : {}), ...(migrations ? { migrations } : {}) };
}
