/** A part of the elements that loads on demand: one import per page, tried again after a failure. */

/**
 * The URL of the module a failed `import()` could not fetch, when the browser names it
 * (Chromium and Firefox do); WebKit does not.
 */
function urlOfFailure(error: unknown): string | null {
  return /\bhttps?:\/\/\S+?\.js\b/.exec(String(error instanceof Error ? error.message : error))?.[0] ?? null;
}

export type LazyChunk<T> = {
  /** The module. Concurrent callers share one import; after a failure the next call imports again. */
  load(): Promise<T>;
  /** The module once loaded, else null (for synchronous callers such as a render). */
  readonly loaded: T | null;
};

/**
 * Wraps a static `import('./x.js')` (kept literal, so that bundlers make it a chunk).
 * After a failure (a chunk the server no longer has, a dropped connection) the next
 * `load()` imports again. Chromium keeps a failed module fetch in its module map
 * (whatwg/html#6768), so the same specifier would fail forever: the retry asks for the
 * URL the browser named, with a query of its own.
 */
export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let loading: Promise<T> | null = null;
  let loaded: T | null = null;
  let failures = 0;
  let failedUrl: string | null = null;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      if (!loading) {
        // Ignored by bundlers: a URL only known after a failure, in the page.
        const attempt: Promise<T> = failedUrl
          ? import(/* @vite-ignore */ /* webpackIgnore: true */ `${failedUrl}?retry=${failures}`)
          : importer();
        loading = attempt.then(
          (module) => (loaded = module),
          (error: unknown) => {
            loading = null;
            failures += 1;
            failedUrl ??= urlOfFailure(error);
            throw error;
          },
        );
      }
      return loading;
    },
  };
}

type IdleWindow = typeof globalThis & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/** Runs `task` while the page is idle. WebKit has no `requestIdleCallback`: a short timeout stands in. */
export function whenIdle(task: () => void): void {
  const idle = globalThis as IdleWindow;
  if (typeof idle.requestIdleCallback === 'function') idle.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
