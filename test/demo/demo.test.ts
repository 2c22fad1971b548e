import { expect, waitUntil } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { DemoFrame, type AddressInput } from './demo-frame.js';

const ADDRESSES = {
  branch: { label: 'Springfield branch', country: 'US', street: '400 E Adams St', LOC: 'Floor 2', A3: 'Springfield', A1: 'IL', PC: '62701' },
  vpn: { label: 'Home office', country: 'US', street: '500 Elm St', A3: 'Austin', A1: 'TX', PC: '78701' },
  home: { label: 'Home', country: 'US', street: '123 N Main St', LOC: 'Apt 4', A3: 'Springfield', A1: 'IL', PC: '62704' },
  hotel: { label: 'Hotel in Toronto', country: 'CA', street: '100 Front St W', A3: 'Toronto', A1: 'ON', PC: 'M5J 1E3' },
  abroad: { label: 'Hotel in London', country: 'GB', street: '10 Downing St', A3: 'London', PC: 'SW1A 2AA' },
} satisfies Record<string, AddressInput>;

const SIZES = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
] as const;

/** The badge's state in each demo scenario before the user gives an address, and after (where they are asked). */
const STATES: Record<string, { before: string; after?: string; address?: AddressInput }> = {
  headquarters: { before: 'validated' },
  'branch-wan-outage': { before: 'missing', after: 'unvalidated', address: ADDRESSES.branch },
  'branch-outage-local-pstn': { before: 'local-pstn' },
  vpn: { before: 'missing', after: 'unvalidated', address: ADDRESSES.vpn },
  home: { before: 'missing', after: 'unvalidated', address: ADDRESSES.home },
  hotel: { before: 'missing', after: 'unvalidated', address: ADDRESSES.hotel },
  abroad: { before: 'missing', after: 'local-pstn', address: ADDRESSES.abroad },
  'london-office': { before: 'local-pstn' },
};

type Axe = {
  run: (context: Element, options?: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
};

let dbCounter = 0;
const databases: string[] = [];
let frame: DemoFrame | undefined;

function newDbName(): string {
  const name = `e911-demo-test-${Date.now().toString(36)}-${++dbCounter}`;
  databases.push(name);
  return name;
}

function deleteDatabase(name: string): Promise<void> {
  return Promise.race([
    new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    }),
    new Promise<void>((resolve) => setTimeout(resolve, 2000)),
  ]);
}

async function openDemo(query: Record<string, string> = {}): Promise<DemoFrame> {
  const params = new URLSearchParams({ db: newDbName(), ...query });
  frame = await DemoFrame.open(`/demo/index.html?${params}`);
  return frame;
}

async function screenshot(name: string): Promise<void> {
  // The part a reviewer looks at: the prompt while it is open, else the softphone with its badge and the call.
  (frame?.prompt.open ? frame.prompt : frame?.softphone)?.scrollIntoView({ block: 'start' });
  // Let layout and the dialog's opening transition settle before the picture.
  const win = frame?.iframe.contentWindow as Window;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  const animations = frame?.doc.getAnimations() ?? [];
  await Promise.all(animations.filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)));
  const panel = frame?.prompt.open ? frame.prompt.shadowRoot?.querySelector('[part="dialog"]') : null;
  if (panel) {
    for (const animation of panel.getAnimations()) animation.finish();
    await waitFor(() => win.getComputedStyle(panel).opacity === '1', 'the prompt did not finish opening');
  }
  await executeServerCommand('demo-screenshot', { folder: 'demo', name });
}

afterEach(async () => {
  frame?.remove();
  frame = undefined;
  await Promise.all(databases.splice(0).map(deleteDatabase));
});

describe('demo page', () => {
  it('walks every scenario from detection to what the dispatcher sees', async function () {
    this.timeout(90_000);
    const demo = await openDemo({ scenario: 'headquarters' });

    // Headquarters: the LIS answers, no prompt, a validated location.
    expect(demo.prompt.open).to.equal(false);
    await demo.dial911();
    expect(demo.banner()).to.equal('validated');
    expect(demo.dispatcherText()).to.contain('Validated by the enterprise LIS');
    expect(demo.civic('HNO')).to.equal('2100');
    expect(demo.civic('RD')).to.equal('Main');
    expect(demo.civic('A3')).to.equal('Springfield');
    expect(demo.softphoneField('validation')).to.contain('validated');
    expect(demo.softphoneField('headers')).to.match(/^Geolocation: <cid:/);
    expect(demo.softphoneField('headers')).to.contain('Geolocation-Routing:');
    expect(demo.softphoneField('pidf')).to.contain('<ca:HNO>2100</ca:HNO>');

    // Branch with its WAN down: bounded fallback to the branch subnet; the user is asked, and here says "Not now".
    await demo.pickScenario('branch-wan-outage');
    expect(demo.prompt.networkStatus).to.include({ placement: 'on-premises', reason: 'trusted-ip' });
    await demo.dismissPrompt();
    await waitFor(() => !demo.prompt.open, 'the prompt did not close');
    await demo.dial911();
    expect(demo.banner()).to.equal('site-only');
    expect(demo.dispatcherText()).to.contain('Springfield branch');
    expect(demo.softphoneField('pidf')).to.equal('(none attached)');

    // VPN, home and hotel: the user types an address; the dispatcher must confirm it.
    for (const scenario of ['vpn', 'home', 'hotel'] as const) {
      await demo.pickScenario(scenario);
      await demo.enterAddress(ADDRESSES[scenario]);
      await demo.dial911();
      expect(demo.banner(), scenario).to.equal('unvalidated');
      expect(demo.dispatcherText(), scenario).to.contain('UNVALIDATED — confirm location verbally');
      expect(demo.civic('A3'), scenario).to.equal(ADDRESSES[scenario].A3);
      expect(demo.civic('A1'), scenario).to.equal(ADDRESSES[scenario].A1);
      expect(demo.dispatcherText(), scenario).to.contain('Manual — typed by the caller');
      expect(demo.softphoneField('validation'), scenario).to.contain('unvalidated');
      expect(demo.softphoneField('location'), scenario).to.equal(ADDRESSES[scenario].label);
      expect(demo.statusText(), scenario).to.contain(ADDRESSES[scenario].label);
    }

    // Abroad: an address is recorded, but the call leaves by the local PSTN gateway without a PIDF-LO.
    await demo.pickScenario('abroad');
    await demo.enterAddress(ADDRESSES.abroad);
    await demo.dial911();
    expect(demo.banner()).to.equal('local-pstn');
    expect(demo.dispatcherText()).to.contain('This call leaves by the local PSTN gateway; no PIDF-LO is sent to the E9-1-1 provider');
    expect(demo.dispatcherText()).not.to.contain('Downing');
    expect(demo.softphoneField('routing')).to.contain('Local PSTN gateway');
    expect(demo.softphoneField('pidf')).to.equal('(none attached)');
    expect(demo.softphoneField('headers')).to.equal('(no Geolocation headers)');

    // London office: a local-pstn site, no prompt.
    await demo.pickScenario('london-office');
    expect(demo.prompt.open).to.equal(false);
    await demo.dial911();
    expect(demo.banner()).to.equal('local-pstn');
    expect(demo.softphoneField('site')).to.equal('London office');
    expect(demo.statusText()).to.contain('London office');
  });

  it('reuses the saved address when the user comes back to the same network', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'home' });
    await demo.enterAddress(ADDRESSES.home);
    // The form's fields came from their own module, loaded when the form was needed.
    const modules = demo.iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(modules.filter((path) => path.includes('address-form.body'))).to.have.length(1);
    await demo.pickScenario('headquarters');
    await demo.pickScenario('home');
    expect(demo.prompt.open).to.equal(false);
    await demo.dial911();
    expect(demo.banner()).to.equal('unvalidated');
    expect(demo.civic('A3')).to.equal('Springfield');
  });

  it('never prompts by itself with policy "no", and the dispatcher gets no location', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    await demo.pickPolicy('no');
    await demo.pickScenario('hotel');
    expect(demo.prompt.open).to.equal(false);
    expect(demo.logTypes()).not.to.include('e911-prompt-open');
    await demo.dial911();
    expect(demo.banner()).to.equal('no-location');
    expect(demo.softphoneField('validation')).to.contain('no location');
  });

  it('lets the user dismiss the prompt with policy "yes"', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    await demo.pickPolicy('yes');
    await demo.pickScenario('home');
    await demo.dismissPrompt();
    await waitFor(() => !demo.prompt.open, 'the prompt did not close');
    expect(demo.logText()).to.contain('"reason": "dismissed"');
    await demo.dial911();
    expect(demo.banner()).to.equal('no-location');
  });

  it('shows the administrator’s disclaimer when the user dismisses with policy "disclaimer"', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    await demo.pickPolicy('disclaimer');
    const text = demo.doc.getElementById('disclaimer-text') as HTMLTextAreaElement;
    text.value = 'Tell the 911 call-taker your address: this computer cannot.';
    text.dispatchEvent(new Event('change', { bubbles: true }));
    await demo.pickScenario('vpn');
    await demo.dismissPrompt();
    const root = demo.prompt.shadowRoot as ShadowRoot;
    await waitFor(() => root.querySelector('[part="acknowledge-button"]'), 'no disclaimer shown');
    expect(root.querySelector('[part="disclaimer"]')?.textContent).to.contain('this computer cannot');
    root.querySelector<HTMLButtonElement>('[part="acknowledge-button"]')?.click();
    await waitFor(() => !demo.prompt.open, 'the disclaimer was not acknowledged');
    expect(demo.logText()).to.contain('"reason": "disclaimer-acknowledged"');
    // The client is never blocked from calling: the call goes, without a location.
    await demo.dial911();
    expect(demo.banner()).to.equal('no-location');
  });

  it('switches the elements’ language from the settings', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    const english = demo.statusText();
    const select = demo.doc.getElementById('locale') as HTMLSelectElement;
    for (const locale of ['es', 'fr-CA', 'en']) {
      select.value = locale;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => demo.doc.documentElement.dataset.locale === locale, `locale ${locale} not applied`);
      if (locale === 'en') await waitFor(() => demo.statusText() === english, 'English not restored');
      else await waitFor(() => demo.statusText() !== english, `the badge still reads English in ${locale}: ${english}`);
    }
  });

  it('clears the saved locations, and the badge says none is set', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'home' });
    await demo.enterAddress(ADDRESSES.home);
    const saved = demo.doc.getElementById('saved-locations') as HTMLElement;
    await waitFor(() => saved.textContent?.includes('Home'), 'the saved address is not listed');
    demo.doc.getElementById('clear-saved')?.click();
    await waitFor(() => saved.textContent?.includes('No saved locations'), 'the saved list was not cleared');
    await waitFor(() => demo.prompt.getAttribute('open') === null && !demo.statusText().includes('Home'), 'the badge still shows the cleared address');
    await demo.dial911();
    expect(demo.banner()).to.equal('no-location');
  });

  it('logs the elements’ events with their detail as JSON text', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    await demo.pickScenario('home');
    await demo.enterAddress(ADDRESSES.home);
    const types = demo.logTypes();
    expect(types).to.include.members(['e911-network-change', 'e911-location-change', 'e911-prompt-open', 'e911-prompt-close']);
    expect(demo.logText()).to.contain('"placement": "off-premises"');
    expect(demo.logText()).to.contain('"reason": "saved"');
  });

  it('keeps the simulated network to its own page (session)', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'vpn' });
    const markup = demo.doc.getElementById('config-markup')?.textContent ?? '';
    expect(markup).to.match(/held-url="\/lis\/held\?session=[\w-]+"/);
    expect(markup).to.contain('sites="[');
    expect(markup).to.contain('countries="US CA"');
    expect(markup).to.contain('entity="sip:alice@example.com"');
    expect(demo.prompt.networkStatus).to.include({ reason: 'vpn' });
  });

  it('has no serious accessibility violations, with a call on both screens', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    await demo.dial911();
    const win = demo.iframe.contentWindow as Window & { axe?: Axe };
    await new Promise<void>((resolve, reject) => {
      const script = demo.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core could not be loaded'));
      demo.doc.head.append(script);
    });
    const result = await (win.axe as Axe).run(demo.doc.documentElement, { resultTypes: ['violations'] });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
  });

  it('shows the right badge state in every demo scenario, before and after the user gives an address', async function () {
    this.timeout(90_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    expect(Object.keys(STATES).sort()).to.deep.equal([...demo.doc.querySelectorAll<HTMLInputElement>('input[name="scenario"]')].map((input) => input.value).sort());
    for (const [scenario, expected] of Object.entries(STATES)) {
      await demo.pickScenario(scenario);
      await waitUntil(() => demo.status.getAttribute('state') === expected.before, `${scenario}: badge ${demo.status.getAttribute('state')}, expected ${expected.before}`, { timeout: 5000 });
      expect(demo.statusText(), scenario).not.to.contain('No emergency location set');
      if (expected.address) {
        await demo.enterAddress(expected.address);
        await waitUntil(() => demo.status.getAttribute('state') === expected.after, `${scenario}: badge ${demo.status.getAttribute('state')} after saving, expected ${expected.after}`, { timeout: 5000 });
      }
      await demo.dial911();
      expect(demo.softphoneField('state'), scenario).to.equal(
        ({ validated: 'Validated', unvalidated: 'Unvalidated', missing: 'No location', 'local-pstn': 'Local carrier' } as Record<string, string>)[expected.after ?? expected.before],
      );
    }
  });

  it('dials while the prompt is open, and shows a location saved during the call', async function () {
    this.timeout(30_000);
    const demo = await openDemo({ scenario: 'headquarters' });
    await demo.pickScenario('hotel');
    await demo.waitForPrompt();
    await demo.dial911();
    expect(demo.prompt.open).to.equal(true);
    expect(demo.banner()).to.equal('no-location');
    await demo.enterAddress(ADDRESSES.hotel);
    await waitFor(() => demo.softphoneField('updated').includes('Hotel in Toronto'), 'the softphone did not show the update');
    expect(demo.softphoneField('updated')).to.contain('Location updated during the call');
    await waitFor(() => demo.banner() === 'unvalidated', 'the dispatcher did not get the updated location');
    expect(demo.civic('A3')).to.equal('Toronto');
  });

  it('writes screenshots of every scenario, with the prompt and after a call, at 1280 and 320 px', async function () {
    this.timeout(180_000);
    await executeServerCommand('demo-bring-to-front');
    for (const { width, height } of SIZES) {
      await setViewport({ width, height });
      const size = `${width}px`;
      const demo = await openDemo({ scenario: 'headquarters' });
      for (const [scenario, expected] of Object.entries(STATES)) {
        await demo.pickScenario(scenario);
        if (expected.address) {
          await demo.waitForPrompt();
          await screenshot(`${scenario}-prompt-${size}`);
          await demo.enterAddress(expected.address);
        }
        await demo.dial911();
        await screenshot(`${scenario}-${size}`);
      }
      demo.remove();
    }
  });
});
