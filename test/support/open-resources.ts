/**
 * Counts IndexedDB connections and BroadcastChannels a page opens and closes, so a test
 * (or the bench) can tell that mounting and unmounting elements leaves none open.
 */

export type OpenResources = { connections: number; channels: number };

export type ResourceTracker = {
  /** What is open now among what was opened since `trackOpenResources()`. */
  open(): OpenResources;
  /** Puts the platform back as it was. */
  restore(): void;
};

export function trackOpenResources(): ResourceTracker {
  const liveConnections = new Set<IDBDatabase>();
  const liveChannels = new Set<BroadcastChannel>();

  const originalOpen = IDBFactory.prototype.open;
  const originalDbClose = IDBDatabase.prototype.close;
  IDBFactory.prototype.open = function open(this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = originalOpen.apply(this, args);
    request.addEventListener('success', () => {
      const db = request.result;
      liveConnections.add(db);
      // A connection closed for a version change or by the browser is gone as well.
      db.addEventListener('close', () => liveConnections.delete(db));
    });
    return request;
  };
  IDBDatabase.prototype.close = function close(this: IDBDatabase) {
    liveConnections.delete(this);
    return originalDbClose.call(this);
  };

  const OriginalChannel = globalThis.BroadcastChannel;
  class TrackedChannel extends OriginalChannel {
    constructor(name: string) {
      super(name);
      liveChannels.add(this);
    }
    override close(): void {
      liveChannels.delete(this);
      super.close();
    }
  }
  globalThis.BroadcastChannel = TrackedChannel;

  return {
    open: () => ({ connections: liveConnections.size, channels: liveChannels.size }),
    restore() {
      IDBFactory.prototype.open = originalOpen;
      IDBDatabase.prototype.close = originalDbClose;
      globalThis.BroadcastChannel = OriginalChannel;
    },
  };
}
