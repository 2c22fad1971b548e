/** Shared helpers of the reliability suite: page-level error traps, script-run tripwires, hang bounds. */
import { expect } from '@open-wc/testing';

/** Slack for a loaded CI machine; it only bounds a hang, it is not a performance claim. */
export const SLACK_MS = 1500;

/** The hostile civic text and echo answers call alert(); a tripwire records any call. */
export type Tripwire = { calls: unknown[][]; restore(): void };

export function alertTripwire(win: Window = window): Tripwire {
  const calls: unknown[][] = [];
  const original = win.alert;
  win.alert = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => { win.alert = original; } };
}

/** Records every error and unhandled rejection that reaches the page. */
export type ErrorTrap = { errors: string[]; restore(): void };

export function trapPageErrors(win: Window = window): ErrorTrap {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Elements created from text would show up as these tags somewhere in a (shadow) tree. */
const INJECTED_TAGS = ['script', 'img', 'iframe', 'object', 'embed', 'b'];

/** Every element in `root` and the shadow roots below it. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Asserts that no element was created from untrusted text inside `host` (and its shadow roots). */
export function expectNoInjectedElements(host: Element): void {
  const injected = deepElements(host.shadowRoot ?? host).filter((element) => INJECTED_TAGS.includes(element.localName));
  expect(injected.map((element) => element.outerHTML)).to.deep.equal([]);
}

/** Times `work`; the figure only bounds a hang. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** Replaces a property for one test; `restoreAll` puts every replaced one back, last first. */
export { patcher } from '../support/patch.js';
