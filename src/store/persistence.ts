/** Asking the browser to keep this site's storage (StorageManager), answered without ever rejecting. */
import type { StoragePersistence } from './types.js';

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

/** StorageManager exists only in secure contexts: plain-http intranet pages have none. */
function storageManager(): StorageManagerLike | undefined {
  try {
    return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
  } catch {
    return undefined;
  }
}

/** Whether storage is already persistent (no prompt, no user action needed). */
export async function persistedNow(): Promise<boolean> {
  try {
    return (await storageManager()?.persisted?.()) === true;
  } catch {
    return false;
  }
}

/** Asks once; Firefox may show the user a question, so the answer can take as long as they do. */
export async function askPersistence(): Promise<StoragePersistence> {
  const manager = storageManager();
  if (typeof manager?.persist !== 'function') return 'unavailable';
  try {
    return (await manager.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
