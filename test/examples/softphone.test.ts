import { expect, waitUntil } from '@open-wc/testing';
import { deleteDb, uniqueDbName } from '../components/helpers.js';
import { readPidf, uniqueUser, waitForRequest } from '../sip/helpers.js';

// Bounds a hang only: the first page load compiles React and the package's chunks on a loaded machine.
const LONG = { timeout: 20_000, interval: 25 };

type Prompt = HTMLElement & { open: boolean; show(): void; detect(): Promise<unknown>; updateComplete: Promise<unknown>; networkStatus: unknown };
let iframe: HTMLIFrameElement | undefined;
let dbName = '';

/** Opens the softphone example (its page, its script, the package from dist/) as a user would. */
async function openSoftphone(user: string, scenario: string): Promise<{ doc: Document; prompt: Prompt }> {
  const built = await fetch('/dist/sip.js', { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/sip.js is missing: run `npm run build` before the example tests.');
  dbName = uniqueDbName();
  iframe = document.createElement('iframe');
  iframe.title = 'softphone example';
  Object.assign(iframe.style, { width: '1024px', height: '800px' });
  iframe.src = `/examples/softphone/index.html?user=${user}&scenario=${scenario}&db=${dbName}&silent`;
  document.body.append(iframe);
  const frame = iframe;
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.softphoneReady === 'true', 'the softphone did not register', LONG);
  const doc = frame.contentDocument as Document;
  const prompt = doc.getElementById('e911') as Prompt;
  // A user answers the prompt once it has looked at the network (a detection still running
  // when an address is saved drops it: reported apart).
  await waitUntil(() => prompt.networkStatus, 'no first detection', LONG);
  await prompt.detect();
  return { doc, prompt };
}

/** Types an address into the prompt's form and saves it, as a user would. */
async function saveInPrompt(prompt: Prompt, values: [string, string][]): Promise<void> {
  if (!prompt.open) prompt.show();
  const root = prompt.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('e911-address-form') || [...root.querySelectorAll('button')].some((b) => /new address/i.test(b.textContent ?? '')), 'no address form', LONG);
  [...root.querySelectorAll('button')].find((b) => /new address/i.test(b.textContent ?? ''))?.click();
  await waitUntil(() => root.querySelector('e911-address-form')?.shadowRoot?.querySelector('[name="street"]'), 'no address form', LONG);
  // The form's fields came from their own chunk of the npm build (dist/chunks/), loaded on demand.
  const resources = iframe!.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  expect(resources.some((path) => /address-form\.body/.test(path)), 'the form chunk was requested').to.equal(true);
  const form = root.querySelector('e911-address-form') as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of values) {
    await form.updateComplete;
    const control = form.shadowRoot?.querySelector(`[name="${name}"]`) as HTMLInputElement;
    control.value = value;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  form.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await waitUntil(() => !prompt.open, 'the prompt did not close after saving', LONG);
}

const stateOf = (doc: Document) => doc.getElementById('call-state')?.textContent ?? '';

afterEach(async () => {
  iframe?.remove();
  iframe = undefined;
  await deleteDb(dbName);
});

describe('examples/softphone (SIP.js, the package from dist/)', function () {
  this.timeout(40_000);

  it('places the emergency call with the typed address and re-INVITEs with the one saved during the call', async () => {
    const user = uniqueUser('example');
    const { doc, prompt } = await openSoftphone(user, 'hotel');
    await saveInPrompt(prompt, [['country', 'US'], ['label', 'Home'], ['street', '123 N Main St'], ['A3', 'Springfield'], ['A1', 'IL'], ['PC', '62701']]);

    (doc.getElementById('call') as HTMLButtonElement).click();
    await waitUntil(() => stateOf(doc).startsWith('In call'), `the call was not answered: ${stateOf(doc)}`, LONG);
    expect(stateOf(doc)).to.contain('Home');
    const invite = await waitForRequest(user, (r) => r.method === 'INVITE', 'the INVITE');
    expect(invite.uri).to.equal('sip:911@example.com;user=phone');
    expect(invite.pidf?.valid, invite.pidf?.reason).to.equal(true);
    expect(invite.pidf?.contentId).to.equal(invite.geolocationCid);
    expect(readPidf(invite.pidf?.text ?? '').method).to.equal('Manual');

    (doc.getElementById('change-location') as HTMLButtonElement).click();
    await saveInPrompt(prompt, [['country', 'US'], ['label', 'Hotel'], ['street', '200 E Randolph St'], ['A3', 'Chicago'], ['A1', 'IL'], ['PC', '60601']]);
    await waitUntil(() => stateOf(doc).includes('location updated'), `no location update: ${stateOf(doc)}`, LONG);
    const reinvite = await waitForRequest(user, (r) => r.method === 'INVITE' && r.cseq !== invite.cseq, 'the re-INVITE');
    expect(reinvite.callId).to.equal(invite.callId);
    expect(readPidf(reinvite.pidf?.text ?? '').civic).to.include({ HNO: '200', A3: 'Chicago' });

    // The trace panel shows both, as the reviewer sees them.
    await waitUntil(() => [...doc.querySelectorAll('#trace summary')].filter((s) => /^INVITE .*PIDF-LO \(valid\)/.test(s.textContent ?? '')).length === 2, 'the trace does not show both INVITEs', LONG);
    (doc.getElementById('hangup') as HTMLButtonElement).click();
    await waitUntil(() => stateOf(doc) === 'Call ended.', 'the call did not end', LONG);
  });

  it('sends no location from the London office, whose calls go through the local carrier', async () => {
    const user = uniqueUser('example');
    const { doc } = await openSoftphone(user, 'london-office');
    (doc.getElementById('call') as HTMLButtonElement).click();
    await waitUntil(() => stateOf(doc).startsWith('In call'), `the call was not answered: ${stateOf(doc)}`, LONG);
    expect(stateOf(doc)).to.contain('local carrier');
    const invite = await waitForRequest(user, (r) => r.method === 'INVITE', 'the INVITE');
    expect(invite.headers).not.to.have.property('geolocation');
    expect(invite.body.contentType).to.equal('application/sdp');
    (doc.getElementById('hangup') as HTMLButtonElement).click();
  });
});
