import { waitUntil } from '@open-wc/testing';

/**
 * How long a test waits for something the page does on its own (a render, a detection, a
 * chunk, a stand-in position). It only bounds a hang: @open-wc's default of 1 s was missed
 * in a three-engine CI run on 2 cores (Firefox, the demo's emulated position).
 */
export const WAIT_MS = 10_000;

/** `waitUntil` with {@link WAIT_MS} unless a bound is given. */
export function waitFor(predicate: () => unknown, message: string, options: { timeout?: number; interval?: number } = {}): Promise<void> {
  return waitUntil(predicate, message, { timeout: WAIT_MS, ...options });
}
