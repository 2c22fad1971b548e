/** The one way elements of this package dispatch their events. */

/**
 * Dispatches a `CustomEvent` from `host`. Events bubble and cross shadow roots by
 * default, so a page can listen on `document` for every prompt it holds.
 */
export function emit<T>(
  host: EventTarget,
  name: string,
  detail: T,
  options: Omit<CustomEventInit<T>, 'detail'> = {},
): CustomEvent<T> {
  const event = new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
  host.dispatchEvent(event);
  return event;
}
