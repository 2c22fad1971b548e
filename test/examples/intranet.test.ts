import { expect, waitUntil } from '@open-wc/testing';
import { deepText } from '../demo/demo-frame.js';

const DB_NAME = 'intranet-e911';
const LONG = { timeout: 10_000, interval: 25 };

type Prompt = HTMLElement & { open: boolean; detect(): Promise<unknown>; close(): void; networkStatus: { reason: string } | null };

let iframe: HTMLIFrameElement | undefined;

async function openIntranet(): Promise<{ doc: Document; prompt: Prompt }> {
  const bundle = await fetch('/dist/e911-location.bundle.js', { method: 'HEAD' });
  if (!bundle.ok) throw new Error('dist/e911-location.bundle.js is missing: run `npm run build` before the example tests.');
  iframe = document.createElement('iframe');
  iframe.title = 'intranet example';
  Object.assign(iframe.style, { width: '1024px', height: '700px' });
  iframe.src = '/examples/intranet/index.html';
  document.body.append(iframe);
  const frame = iframe;
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.portalReady === 'true', 'the intranet page did not start', LONG);
  const doc = frame.contentDocument as Document;
  const prompt = doc.getElementById('e911') as Prompt;
  // The first detection used the simulator's shared scenario; wait for it, then move this page.
  await waitUntil(() => prompt.networkStatus, 'no first detection', LONG);
  if (prompt.open) prompt.close();
  return { doc, prompt };
}

async function moveTo(prompt: Prompt, scenario: string): Promise<void> {
  prompt.setAttribute('held-url', `/lis/held?scenario=${scenario}`);
  prompt.setAttribute('ip-echo-url', `/lis/ip?scenario=${scenario}`);
  await prompt.detect();
}

afterEach(async () => {
  iframe?.remove();
  iframe = undefined;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

describe('examples/intranet (the self-contained bundle, no build step)', function () {
  this.timeout(30_000);

  it('registers the elements from the bundle and runs under its strict CSP with Trusted Types', async () => {
    const { doc } = await openIntranet();
    const win = iframe?.contentWindow as Window & typeof globalThis;
    for (const tag of ['e911-location-prompt', 'e911-location-status', 'e911-address-form']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    expect(doc.querySelector('e911-location-status')?.shadowRoot?.querySelector('button')).not.to.equal(null);
    expect(doc.documentElement.dataset.cspViolations).to.equal('0');
  });

  it('shows the LIS address as validated at headquarters', async () => {
    const { doc, prompt } = await openIntranet();
    await moveTo(prompt, 'headquarters');
    await waitUntil(() => doc.getElementById('current-location')?.textContent?.includes('2100 N Main St'), 'the LIS address is not shown', LONG);
    expect(doc.getElementById('current-note')?.textContent).to.contain('validated');
    expect(deepText(doc.querySelector('e911-location-status')?.shadowRoot)).to.contain('2100 N Main St');
  });

  it('asks in a hotel and shows the typed address as unvalidated', async () => {
    const { doc, prompt } = await openIntranet();
    await moveTo(prompt, 'hotel');
    if (!prompt.open) (doc.getElementById('change-location') as HTMLButtonElement).click();
    await waitUntil(() => prompt.open, 'the prompt did not open', LONG);
    const root = prompt.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('e911-address-form')?.shadowRoot?.querySelector('[name="street"]'), 'no address form', LONG);
    // The form's fields came from the drop-in's chunk folder, beside the bundle.
    const chunks = iframe!.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(chunks.filter((path) => path.includes('address-form.body'))).to.satisfy((paths: string[]) => paths.length === 1 && paths[0].startsWith('/dist/e911-location-chunks/'));
    const form = root.querySelector('e911-address-form') as HTMLElement & { updateComplete: Promise<unknown> };
    const values: [string, string][] = [['country', 'US'], ['label', 'Hotel'], ['street', '200 E Randolph St'], ['A3', 'Chicago'], ['A1', 'IL'], ['PC', '60601']];
    for (const [name, value] of values) {
      await form.updateComplete;
      const control = form.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
    }
    await form.updateComplete;
    form.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => !prompt.open, 'the prompt did not close after saving', LONG);
    await waitUntil(() => doc.getElementById('current-location')?.textContent === 'Hotel', 'the typed address is not shown', LONG);
    expect(doc.getElementById('current-note')?.textContent).to.contain('unvalidated');
  });

  it('says at the London office that emergency calls go through the local carrier', async () => {
    const { doc, prompt } = await openIntranet();
    await moveTo(prompt, 'london-office');
    expect(prompt.open).to.equal(false);
    await waitUntil(() => doc.getElementById('current-note')?.textContent?.includes('local carrier'), 'no local-carrier note', LONG);
  });
});
