/** The typed error of the location store: a reason code and a message an administrator can act on. */

/**
 * Why the store failed. The fallback codes (`unavailable`, `open-timeout`,
 * `upgrade-blocked`, `version-too-new`) are reported when `openLocationStore()` falls back
 * to memory; the others reject a call.
 */
export type StoreErrorCode =
  | 'unavailable'      // IndexedDB missing, disabled or refused (private browsing)
  | 'open-timeout'     // opening the database did not settle in time
  | 'upgrade-blocked'  // another tab holds an older version open and does not let go
  | 'version-too-new'  // the database was written by a newer version of this package
  | 'quota-exceeded'   // browser storage is full
  | 'write-failed'
  | 'read-failed'
  | 'not-found'        // update of an id this user does not own
  | 'invalid-argument' // programmer misuse: the message shows correct use
  | 'closed';          // used after close()

const MESSAGES: Record<StoreErrorCode, string> = {
  'unavailable':
    'Browser storage (IndexedDB) is not available, for example in private browsing: saved locations are kept only until the page is closed. Use a normal browser window, or allow site data for this site.',
  'open-timeout':
    'Browser storage did not answer in time: saved locations are kept only until the page is closed. Reload the page; if this persists, clear this site\'s data in the browser.',
  'upgrade-blocked':
    'Another tab of this site is still using an older version of the saved-locations database: saved locations are kept only until the page is closed. Close or reload the other tabs of this site, then reload this page.',
  'version-too-new':
    'The saved-locations database was written by a newer version of this application; it was left untouched. Reload this page (or close older tabs) so every tab runs the same version.',
  'quota-exceeded':
    'Browser storage is full: the location was not saved. Free space in the browser\'s site data, then try again.',
  'write-failed':
    'The location could not be written to browser storage: it was not saved. Reload the page and try again.',
  'read-failed':
    'Saved locations could not be read from browser storage. Reload the page; if this persists, clear this site\'s data in the browser.',
  'not-found':
    'No saved location with this id belongs to the current user: nothing was changed. Save without an id to add a new location.',
  'invalid-argument': 'Invalid argument.',
  'closed':
    'The location store was closed with close(): open a new one with openLocationStore().',
};

/** An expected storage failure, with a `code` to branch on and a message to show an administrator. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string = MESSAGES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The `StoreError` for a failure of IndexedDB itself, keeping the DOMException as `cause`. */
export function toStoreError(error: unknown, fallback: 'write-failed' | 'read-failed' | 'unavailable'): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return new StoreError('quota-exceeded', undefined, { cause: error });
  if (name === 'VersionError') return new StoreError('version-too-new', undefined, { cause: error });
  return new StoreError(fallback, undefined, { cause: error });
}

/** A programmer-misuse error whose message shows correct use. */
export function invalidArgument(message: string): StoreError {
  return new StoreError('invalid-argument', message);
}
