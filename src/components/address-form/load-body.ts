/** Loads the address form's working part once per page; a failed load may be tried again. */
import { lazyChunk, whenIdle } from '../shared/lazy-chunk.js';

export type FormBodyModule = typeof import('./address-form.body.js');

const formBody = lazyChunk<FormBodyModule>(() => import('./address-form.body.js'));

/** The form's body module (shared by every form on the page; see `lazyChunk`). */
export function loadFormBody(): Promise<FormBodyModule> {
  return formBody.load();
}

/**
 * Fetches the form's code while the page is idle, and does the first render's slow part
 * there too, so that opening the form later waits for neither.
 * A failure is left for the form itself to report when it is shown.
 */
export function preloadAddressForm(): void {
  whenIdle(() => void loadFormBody().then((body) => body.warmUp(), () => undefined));
}
