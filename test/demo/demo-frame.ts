/** Drives the demo page in an iframe the way a reviewer clicks through it. */
import { waitUntil } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';

const LONG = { timeout: 15_000, interval: 25 };

type PromptLike = HTMLElement & { open: boolean; networkStatus: { placement: string; reason: string } | null; updateComplete: Promise<unknown> };

export type AddressInput = { label: string; country: string; street: string; LOC?: string; A3: string; A1?: string; PC?: string };

/** Text of a node and every shadow root under it, white space collapsed. */
export function deepText(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (current instanceof Element && current.localName === 'style') return;
    if ((current as Element).shadowRoot) walk((current as Element).shadowRoot as ShadowRoot);
    current.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export class DemoFrame {
  readonly iframe: HTMLIFrameElement;

  private constructor(iframe: HTMLIFrameElement) {
    this.iframe = iframe;
  }

  /** Loads `url` (the demo page with its query) full-size over the test page; resolves once the demo has detected. */
  static async open(url: string): Promise<DemoFrame> {
    const iframe = document.createElement('iframe');
    iframe.title = 'e911-location demo';
    Object.assign(iframe.style, { position: 'fixed', inset: '0', width: '100vw', height: '100vh', border: '0', zIndex: '10', background: '#fff' });
    iframe.src = url;
    document.body.append(iframe);
    const frame = new DemoFrame(iframe);
    await waitUntil(() => frame.doc?.documentElement?.dataset.demoReady, 'the demo page did not start', LONG);
    if (frame.doc.documentElement.dataset.demoReady !== 'true') {
      throw new Error(`the demo page failed to start: ${frame.doc.getElementById('error')?.textContent ?? ''}`);
    }
    return frame;
  }

  get doc(): Document {
    return this.iframe.contentDocument as Document;
  }

  get prompt(): PromptLike {
    return this.doc.querySelector('e911-location-prompt') as PromptLike;
  }

  get softphone(): HTMLElement {
    return this.doc.getElementById('softphone') as HTMLElement;
  }

  get dispatcher(): HTMLElement {
    return this.doc.getElementById('dispatcher') as HTMLElement;
  }

  get status(): HTMLElement {
    return this.doc.querySelector('e911-location-status') as HTMLElement;
  }

  remove(): void {
    this.iframe.remove();
  }

  /** Clicks a scenario in "Where is the user?" and waits for its detection to finish. */
  async pickScenario(name: string): Promise<void> {
    const radio = this.doc.querySelector<HTMLInputElement>(`input[name="scenario"][value="${name}"]`);
    if (!radio) throw new Error(`no scenario ${name} in the switcher`);
    radio.click();
    const detection = this.doc.getElementById('detection') as HTMLElement;
    await waitUntil(
      () => detection.dataset.scenario === name && detection.dataset.state !== 'detecting',
      `detection for ${name} did not finish`,
      LONG,
    );
    if (detection.dataset.state !== 'done') throw new Error(`detection for ${name} failed: ${detection.textContent}`);
  }

  async pickPolicy(policy: 'no' | 'yes' | 'disclaimer'): Promise<void> {
    this.doc.querySelector<HTMLInputElement>(`input[name="policy"][value="${policy}"]`)?.click();
    await waitFor(() => this.prompt.getAttribute('location-required') === policy, `policy ${policy} not applied`);
  }

  async waitForPrompt(): Promise<ShadowRoot> {
    await waitUntil(() => this.prompt.open, 'the location prompt did not open', LONG);
    // The panel's views load on demand: its updateComplete waits for them.
    await this.prompt.updateComplete;
    return this.prompt.shadowRoot as ShadowRoot;
  }

  /** Types a new address into the open prompt and saves it. */
  async enterAddress(address: AddressInput): Promise<void> {
    const root = await this.waitForPrompt();
    const newAddress = root.querySelector<HTMLButtonElement>('[part="new-button"]');
    if (!root.querySelector('e911-address-form') && newAddress) newAddress.click();
    await waitFor(() => root.querySelector('e911-address-form')?.shadowRoot?.querySelector('[name="street"]'), 'no address form in the prompt');
    const form = root.querySelector('e911-address-form') as HTMLElement & { updateComplete: Promise<unknown> };
    const formRoot = form.shadowRoot as ShadowRoot;
    const set = async (name: string, value: string | undefined) => {
      if (value === undefined) return;
      await form.updateComplete;
      const control = formRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      if (!control) throw new Error(`the address form has no ${name} field for ${address.country}`);
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
    };
    await set('country', address.country);
    for (const name of ['label', 'street', 'LOC', 'A3', 'A1', 'PC'] as const) await set(name, address[name]);
    await form.updateComplete;
    formRoot.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => !this.prompt.open, `the prompt did not close after saving ${address.label}: ${deepText(formRoot)}`, LONG);
  }

  /** Presses "Not now" in the open prompt. */
  async dismissPrompt(): Promise<void> {
    const root = await this.waitForPrompt();
    root.querySelector<HTMLButtonElement>('[part="dismiss-button"]')?.click();
  }

  /** Presses the 911 key and waits for the dispatcher's screen to show the call. */
  async dial911(): Promise<void> {
    const before = this.dispatcherText();
    const key = this.softphone.shadowRoot?.querySelector<HTMLButtonElement>('button.emergency');
    if (!key) throw new Error('the softphone has no 911 key');
    key.click();
    await waitUntil(() => this.dispatcher.shadowRoot?.querySelector('[data-banner]') && this.dispatcherText() !== before, 'the dispatcher did not get the call', LONG);
  }

  /** The dispatcher's banner kind: validated, unvalidated, local-pstn, site-only, no-location. */
  banner(): string {
    return this.dispatcher.shadowRoot?.querySelector<HTMLElement>('[data-banner]')?.dataset.banner ?? '';
  }

  dispatcherText(): string {
    return deepText(this.dispatcher.shadowRoot);
  }

  civic(name: string): string {
    return this.dispatcher.shadowRoot?.querySelector(`[data-civic="${name}"]`)?.textContent?.trim() ?? '';
  }

  softphoneField(name: string): string {
    return deepText(this.softphone.shadowRoot?.querySelector(`[data-field="${name}"]`)).trim();
  }

  statusText(): string {
    return deepText(this.status.shadowRoot);
  }

  logTypes(): string[] {
    const log = this.doc.querySelector('demo-event-log') as HTMLElement & { types: string[] };
    return log.types;
  }

  logText(): string {
    return deepText(this.doc.querySelector('demo-event-log')?.shadowRoot);
  }
}
