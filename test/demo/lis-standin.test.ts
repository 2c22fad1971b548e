import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { DEMO_SCENARIOS } from '../../demo/lis-simulator/network-plan.js';
import { STANDIN_SCENARIOS, installLisStandin } from '../../demo/lis-standin.js';
import { DemoFrame } from './demo-frame.js';

/** One answer of the simulator or the stand-in, reduced to what detection reads. */
async function answerOf(fetcher: typeof fetch, scenario: string): Promise<{ echo: unknown; held: string }> {
  const echo = await (await fetcher(`/lis/ip?scenario=${scenario}`)).json();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 1500);
  let held: string;
  try {
    const response = await fetcher(`/lis/held?scenario=${scenario}`, {
      method: 'POST',
      headers: { 'content-type': 'application/held+xml' },
      body: '<locationRequest xmlns="urn:ietf:params:xml:ns:geopriv:held"/>',
      signal: abort.signal,
    });
    held = `${response.status} ${response.headers.get('content-type')} ${await response.text()}`;
  } catch (error) {
    held = (error as Error).name === 'AbortError' ? 'no answer' : String(error);
  } finally {
    clearTimeout(timer);
  }
  return { echo, held };
}

describe('demo LIS stand-in (static demo build)', () => {
  it('answers every demo scenario as the LIS simulator does', async function () {
    this.timeout(30_000);
    expect(Object.keys(STANDIN_SCENARIOS).sort()).to.deep.equal(DEMO_SCENARIOS.map((s) => s.name).sort());
    const realFetch = window.fetch;
    const uninstall = installLisStandin();
    try {
      for (const { name } of DEMO_SCENARIOS) {
        const standin = await answerOf(window.fetch, name);
        const simulator = await answerOf(realFetch, name);
        expect(standin, name).to.deep.equal(simulator);
      }
    } finally {
      uninstall();
    }
    expect(window.fetch).to.equal(realFetch);
  });

  it('keeps a scenario per session and leaves other URLs to the real fetch', async () => {
    const uninstall = installLisStandin({ scenario: 'home' });
    try {
      const switched = await fetch('/lis/scenario?session=a', { method: 'POST', body: JSON.stringify({ scenario: 'vpn' }) });
      expect(switched.status).to.equal(200);
      expect(await (await fetch('/lis/ip?session=a')).json()).to.deep.equal({ ip: '10.200.3.41' });
      expect(await (await fetch('/lis/ip?session=b')).json()).to.deep.equal({ ip: '203.0.113.25' });
      const refused = await fetch('/lis/scenario?session=a', { method: 'POST', body: JSON.stringify({ scenario: 'nowhere' }) });
      expect(refused.status).to.equal(404);
      const other = await fetch('/demo/lis-simulator/network-plan.js');
      expect(await other.text()).to.contain('NETWORK_PLAN');
    } finally {
      uninstall();
    }
  });

  it('runs the built static demo (dist-demo/) without the simulator server', async function () {
    this.timeout(30_000);
    const built = await fetch('/dist-demo/index.html', { method: 'HEAD' });
    if (!built.ok) throw new Error('dist-demo/ is missing: run `node scripts/build-demo.js` (part of `npm run build`) first.');
    const demo = await DemoFrame.open(`/dist-demo/index.html?scenario=headquarters&db=e911-static-demo-test-${Date.now()}`);
    try {
      await demo.dial911();
      expect(demo.banner()).to.equal('validated');
      await demo.pickScenario('london-office');
      await demo.dial911();
      await waitFor(() => demo.banner() === 'local-pstn', 'london office not local-pstn');
      // At home the prompt asks: the form's fields load from the static demo's own chunk.
      await demo.pickScenario('home');
      const root = await demo.waitForPrompt();
      root.querySelector<HTMLButtonElement>('[part="new-button"]')?.click();
      await waitFor(() => root.querySelector('e911-address-form')?.shadowRoot?.querySelector('[name="street"]'), 'no address form in the static demo');
      const chunks = demo.iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(chunks.filter((path) => path.includes('address-form.body'))).to.satisfy((paths: string[]) => paths.length === 1 && paths[0].startsWith('/dist-demo/assets/'));
    } finally {
      demo.remove();
    }
  });
});
