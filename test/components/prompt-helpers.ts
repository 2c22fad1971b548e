/** Mounting a prompt with its events recorded from before it connects, so no event is missed. */
import '../../src/components/location-prompt/location-prompt.js';
import '../../src/components/location-status/location-status.js';
import type { E911LocationPrompt } from '../../src/components/location-prompt/location-prompt.component.js';
import type { E911AddressForm } from '../../src/components/address-form/address-form.component.js';
import { deleteDb, fillForm, lis, shadow, uniqueDbName, until } from './helpers.js';

export const PROMPT_EVENTS = ['e911-network-change', 'e911-location-change', 'e911-prompt-open', 'e911-prompt-close', 'e911-config-error'] as const;

export type Mounted = {
  el: E911LocationPrompt;
  events: CustomEvent[];
  /** Resolves with the `n`-th (1-based) event of `type` once it has been seen. */
  next: (type: string, n?: number) => Promise<CustomEvent>;
  count: (type: string) => number;
};

const mounted = new Set<Element>();
const databases = new Set<string>();

/** A fresh database name, deleted after the test. */
export function testDb(): string {
  const name = uniqueDbName();
  databases.add(name);
  return name;
}

export function mountPrompt(attributes: Record<string, string>, options: { children?: Node[]; parent?: Element } = {}): Mounted {
  const el = document.createElement('e911-location-prompt');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of options.children ?? []) el.append(child);
  const events: CustomEvent[] = [];
  for (const type of PROMPT_EVENTS) el.addEventListener(type, (event) => events.push(event as CustomEvent));
  (options.parent ?? document.body).append(el);
  mounted.add(el);
  const count = (type: string) => events.filter((event) => event.type === type).length;
  const next = async (type: string, n = 1) => {
    await until(() => count(type) >= n, `event ${type} #${n}`, 8000);
    return events.filter((event) => event.type === type)[n - 1];
  };
  return { el, events, next, count };
}

/** Attributes for a prompt on the LIS simulator's `scenario`, with its own database. */
export function promptAttributes(scenario: string, extra: Record<string, string> = {}, echo: { ip?: string; networkId?: string } = {}): Record<string, string> {
  const urls = lis(scenario, echo);
  return { 'held-url': urls.heldUrl, 'ip-echo-url': urls.ipEchoUrl, 'db-name': testDb(), ...extra };
}

export function mount(element: Element): void {
  document.body.append(element);
  mounted.add(element);
}

export async function cleanupPrompts(): Promise<void> {
  for (const element of mounted) element.remove();
  mounted.clear();
  await Promise.all([...databases].map((name) => deleteDb(name)));
  databases.clear();
}

/** The prompt's panel (`part="dialog"`, `role="dialog"`), or null while it is closed (nothing is rendered then). */
export function panelOf(el: E911LocationPrompt): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part=dialog]') ?? null;
}

export async function formOf(el: E911LocationPrompt): Promise<E911AddressForm> {
  await el.updateComplete;
  // With saved locations the prompt lists them first; "Enter a new address" shows the form.
  const newAddress = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => /Enter a new address/.test(button.textContent ?? ''));
  newAddress?.click();
  await until(() => Boolean(el.shadowRoot?.querySelector('e911-address-form')), 'the address form is shown');
  const form = shadow<E911AddressForm>(el, 'e911-address-form');
  await form.updateComplete;
  return form;
}

/** Fills and submits the prompt's form; resolves when the prompt closed. */
export async function saveAddress(m: Mounted, values: Record<string, string>): Promise<void> {
  const closes = m.count('e911-prompt-close');
  const form = await formOf(m.el);
  await fillForm(form, values);
  shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
  await m.next('e911-prompt-close', closes + 1);
}

/** Waits until the prompt has applied a detection (network-change seen, lookups done). */
export async function settled(m: Mounted): Promise<void> {
  await m.next('e911-network-change');
  await m.el.detect();
  await m.el.updateComplete;
}
