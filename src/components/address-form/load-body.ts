/** Loads the address form's working part once per page; a failed load may be tried again. */
export type FormBodyModule = typeof import('./address-form.body.js');

let loading: Promise<FormBodyModule> | null = null;
let failures = 0;
let failedUrl: string | null = null;

/**
 * The URL of the module a failed `import()` could not fetch, when the browser names it
 * (Chromium and Firefox do); WebKit does not.
 */
function urlOfFailure(error: unknown): string | null {
  return /\bhttps?:\/\/\S+?\.js\b/.exec(String(error instanceof Error ? error.message : error))?.[0] ?? null;
}

/**
 * The form's body module. Concurrent callers share one import; after a failure (a chunk
 * the server no longer has, a dropped connection) the next call imports again.
 * Chromium keeps a failed module fetch in its module map (whatwg/html#6768), so the same
 * specifier would fail forever: the retry asks for the URL it named with a query of its own.
 */
export function loadFormBody(): Promise<FormBodyModule> {
  if (!loading) {
    // Ignored by bundlers: a URL only known after a failure, in the page.
    const attempt: Promise<FormBodyModule> = failedUrl
      ? import(/* @vite-ignore */ /* webpackIgnore: true */ `${failedUrl}?retry=${failures}`)
      : import('./address-form.body.js');
    loading = attempt.catch((error: unknown) => {
      loading = null;
      failures += 1;
      failedUrl ??= urlOfFailure(error);
      throw error;
    });
  }
  return loading;
}

type IdleWindow = typeof globalThis & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/**
 * Fetches the form's code while the page is idle, and does the first render's slow part
 * there too, so that opening the form later waits for neither. WebKit has no `requestIdleCallback`: a short timeout stands in.
 * A failure is left for the form itself to report when it is shown.
 */
export function preloadAddressForm(): void {
  const idle = globalThis as IdleWindow;
  const load = (): void => void loadFormBody().then((body) => body.warmUp(), () => undefined);
  if (typeof idle.requestIdleCallback === 'function') idle.requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
