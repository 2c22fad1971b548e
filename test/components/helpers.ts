/** Shared helpers of the element tests: databases, LIS URLs, shadow-DOM queries, axe. */
import { aTimeout, waitUntil } from '@open-wc/testing';
import type { E911AddressForm } from '../../src/components/address-form/address-form.component.js';

let counter = 0;

/** A database name no other test uses. */
export function uniqueDbName(): string {
  counter += 1;
  return `e911-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

/** Deletes a test database; bounded so that a blocked delete never hangs the suite. */
export async function deleteDb(name: string): Promise<void> {
  await Promise.race([
    new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      request.onblocked = () => resolve();
    }),
    aTimeout(2000),
  ]);
}

/** LIS simulator URLs for a scenario, with optional echo overrides. */
export function lis(scenario: string, echo: { ip?: string; networkId?: string } = {}): { heldUrl: string; ipEchoUrl: string } {
  const params = new URLSearchParams({ scenario });
  if (echo.ip) params.set('ip', echo.ip);
  if (echo.networkId) params.set('networkId', echo.networkId);
  return { heldUrl: `/lis/held?${params}`, ipEchoUrl: `/lis/ip?${params}` };
}

export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root of <${host.localName}>`);
  return found;
}

export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The shadow root's text, whitespace collapsed. */
export function textOf(host: Element | ShadowRoot | null | undefined): string {
  const root = host instanceof Element ? (host.shadowRoot ?? host) : host;
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Fills the address form the way a user would: sets values and fires input/change. */
export async function fillForm(form: E911AddressForm, values: Partial<Record<string, string>>): Promise<void> {
  // The country first: it decides which region control is shown.
  const order = ['country', 'label', 'street', 'LOC', 'A3', 'A1', 'PC'];
  for (const name of order) {
    const value = values[name];
    if (value === undefined) continue;
    await form.updateComplete;
    const control = shadow<HTMLInputElement | HTMLSelectElement>(form, `[name="${name}"]`);
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

export const US_ADDRESS = { label: 'Home', country: 'US', street: '123 N Main St', LOC: 'Apt 4', A3: 'Springfield', A1: 'IL', PC: '62701' };
export const CA_ADDRESS = { label: 'Chalet', country: 'CA', street: '24 Sussex Dr', A3: 'Ottawa', A1: 'ON', PC: 'k1m1m4' };

type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
type Axe = { run: (context: Element, options?: object) => Promise<AxeResult> };

let axeLoading: Promise<Axe> | undefined;

/** axe-core ships a UMD build only: load it with a script tag from the dev server. */
function loadAxe(): Promise<Axe> {
  axeLoading ??= new Promise<Axe>((resolve, reject) => {
    const existing = (window as unknown as { axe?: Axe }).axe;
    if (existing) return resolve(existing);
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return axeLoading;
}

/** Runs axe on `element`; fails on any serious or critical violation. */
export async function expectNoSeriousViolations(element: Element, state: string): Promise<void> {
  const axe = await loadAxe();
  // An opening animation (opacity) would skew the colour-contrast check.
  const roots: (Document | ShadowRoot)[] = [document];
  const collect = (node: Element) => {
    if (node.shadowRoot) {
      roots.push(node.shadowRoot);
      [...node.shadowRoot.querySelectorAll('*')].forEach(collect);
    }
  };
  [element, ...element.querySelectorAll('*')].forEach(collect);
  // Finished, not awaited: a page in the background never runs its animations.
  for (const animation of roots.flatMap((root) => root.getAnimations())) animation.finish();
  const result = await axe.run(element, { resultTypes: ['violations'] });
  const serious = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length > 0) {
    const report = serious.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`).join('; ')}`);
    throw new Error(`axe found ${serious.length} serious/critical violation(s) in state "${state}":\n${report.join('\n')}`);
  }
}

/** Waits until `predicate` holds, bounded (the message says what was awaited). */
export function until(predicate: () => boolean, message: string, timeout = 5000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 20 });
}
