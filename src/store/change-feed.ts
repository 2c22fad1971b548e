/** Tells other tabs of the same origin that the store changed: BroadcastChannel, else the storage event, else polling. */

export type ChangeFeed = {
  /** Tell other tabs this tab changed the store. */
  announce(): void;
  /** 'poll' means no messages can arrive: the caller is nudged every interval and compares. */
  readonly kind: 'broadcast' | 'storage' | 'poll';
  close(): void;
};

/** What the feed needs from the page; tests pass a page without some of it. */
export type FeedEnvironment = {
  BroadcastChannel?: typeof BroadcastChannel;
  localStorage?: Storage;
  addEventListener?: Window['addEventListener'];
  removeEventListener?: Window['removeEventListener'];
};

/** Half a second, so a tab that can receive no messages still converges within a second. */
export const POLL_INTERVAL_MS = 500;

function storageOf(env: FeedEnvironment): Storage | undefined {
  try {
    // Access throws SecurityError when site data is blocked; setItem throws in some private modes.
    const storage = env.localStorage;
    if (!storage || typeof env.addEventListener !== 'function') return undefined;
    const probe = '__e911-location-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * Opens the feed named `name` (one per database and user, so users never wake each
 * other). `onRemoteChange` is called when another tab announced a change — or, when the
 * page can carry no messages, every POLL_INTERVAL_MS.
 */
export function openChangeFeed(
  name: string,
  onRemoteChange: () => void,
  env: FeedEnvironment = globalThis as unknown as FeedEnvironment,
): ChangeFeed {
  const Channel = env.BroadcastChannel;
  if (typeof Channel === 'function') {
    const channel = new Channel(name);
    channel.onmessage = () => onRemoteChange();
    return {
      kind: 'broadcast',
      announce: () => channel.postMessage('changed'),
      close: () => { channel.onmessage = null; channel.close(); },
    };
  }

  const storage = storageOf(env);
  if (storage) {
    // The storage event fires in every other same-origin document, never the writer.
    const onStorage = (event: StorageEvent) => {
      if (event.key === name && event.newValue !== null) onRemoteChange();
    };
    env.addEventListener!('storage', onStorage);
    return {
      kind: 'storage',
      announce: () => {
        try {
          // A fresh value each time, removed at once: nothing lingers in localStorage.
          storage.setItem(name, `${Date.now()}:${Math.random()}`);
          storage.removeItem(name);
        } catch {
          // Storage full or revoked: other tabs catch up at their next change.
        }
      },
      close: () => env.removeEventListener!('storage', onStorage),
    };
  }

  const timer = setInterval(onRemoteChange, POLL_INTERVAL_MS);
  return { kind: 'poll', announce: () => undefined, close: () => clearInterval(timer) };
}
