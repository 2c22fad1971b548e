/** Replacing platform properties for one test (fault injection), and putting them back. */

export type Patcher = {
  /** Replaces `target[key]` until `restoreAll()`. */
  patch<T extends object>(target: T, key: string, descriptor: PropertyDescriptor): void;
  restoreAll(): void;
};

export function patcher(): Patcher {
  const restores: Array<() => void> = [];
  return {
    patch(target, key, descriptor) {
      const own = Object.getOwnPropertyDescriptor(target, key);
      Object.defineProperty(target, key, { configurable: true, ...descriptor });
      restores.push(() => {
        if (own) Object.defineProperty(target, key, own);
        else Reflect.deleteProperty(target, key);
      });
    },
    restoreAll() {
      for (const restore of restores.splice(0).reverse()) restore();
    },
  };
}

/**
 * A full disk for `IDBObjectStore.prototype.put`: the request is accepted, then its
 * transaction aborts with QuotaExceededError, as a browser out of quota does.
 */
export function fullDiskPut(): PropertyDescriptor {
  const originalPut = IDBObjectStore.prototype.put;
  return {
    writable: true,
    value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = originalPut.apply(this, args);
      Object.defineProperty(this.transaction, 'error', { value: new DOMException('Quota exceeded', 'QuotaExceededError') });
      this.transaction.abort();
      return request;
    },
  };
}

/** `IDBFactory.prototype.open` as in a browser with IndexedDB disabled: every open throws. */
export function disabledIndexedDbOpen(): PropertyDescriptor {
  return {
    writable: true,
    value() {
      throw new DOMException('IndexedDB is disabled in this test', 'InvalidStateError');
    },
  };
}
