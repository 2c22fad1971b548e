import { expect, waitUntil } from '@open-wc/testing';
import { detectNetwork } from '../../src/detect/index.js';
import { requestHeldLocation } from '../../src/detect/held.js';
import { awaitModule } from '../../src/detect/await-module.js';

// The answer readers and the network plan are left out of `e911-location/detect`'s static
// imports and loaded with import() when a request starts. These tests pin that they are
// not loaded up front, and that they load while the request is still open, so reading an
// answer never waits for them. Each test checks a module no earlier test in this file loads.

/** Whether the page has fetched the module (Resource Timing lists every module script). */
function fetched(module: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/src/detect/${module}.`));
}

/** A fetch that holds back every request until `module` has been fetched, then asks the simulator. */
function fetchAfter(module: string): typeof fetch {
  return async (input, init) => {
    await waitUntil(() => fetched(module), `${module} was not loaded while the request was open`, { timeout: 3000 });
    return fetch(input, init);
  };
}

describe('lazily loaded detection modules', () => {
  // The default buffer (250 entries) could fill with the test framework's own modules.
  before(() => performance.setResourceTimingBufferSize(5000));

  it('loads the HELD reader while the LIS request is still open', async () => {
    expect(performance.getEntriesByType('resource').length, 'resource timing works here').to.be.greaterThan(0);
    expect(fetched('held-response'), 'loaded before any request').to.equal(false);
    const outcome = await requestHeldLocation('/lis/held?scenario=headquarters', {
      fetch: fetchAfter('held-response'),
      signal: AbortSignal.timeout(5000),
    });
    expect(outcome.kind).to.equal('located');
  });

  it('loads the IP echo reader and the network plan while the echo request is still open', async () => {
    expect([fetched('echo-response'), fetched('network-plan')], 'loaded before any request').to.deep.equal([false, false]);
    const heldBack = fetchAfter('echo-response');
    const status = await detectNetwork(
      { ipEchoUrl: '/lis/ip?scenario=home&ip=10.44.8.20', trustedIps: ['10.44.0.0/16'], timeoutMs: 5000 },
      { fetch: async (input, init) => {
        await waitUntil(() => fetched('network-plan'), 'the network plan was not loaded while the request was open', { timeout: 3000 });
        return heldBack(input, init);
      } },
    );
    expect(status).to.include({ placement: 'on-premises', reason: 'trusted-ip', networkId: '10.44.8.0/24' });
  });

  it('reports configuration problems while offline too, once the plan has loaded, without making the caller wait', async () => {
    const warnings: string[] = [];
    const status = await detectNetwork({ vpnIps: ['10.200.0.0/33'] }, { onLine: () => false, warn: (message) => warnings.push(message) });
    expect(status.reason).to.equal('offline');
    await waitUntil(() => warnings.length > 0, 'no warning', { timeout: 3000 });
    expect(warnings).to.deep.equal(["ignored in the detection configuration: vpnIps: '10.200.0.0/33' is not a valid CIDR: the prefix length must be 0–32 for IPv4"]);
  });
});

describe('awaitModule', () => {
  it('gives the module once it has loaded', async () => {
    const module = { read: () => 'read' };
    expect(await awaitModule(Promise.resolve(module), AbortSignal.timeout(1000), 'test reader')).to.equal(module);
  });

  it('names the module that could not be loaded, with the reason', async () => {
    const problem = await awaitModule(import(/* @vite-ignore */ `${'/no-such-module'}.js`), AbortSignal.timeout(3000), 'test reader');
    expect(problem).to.be.a('string').and.match(/^the test reader could not be loaded \(.+\)$/);
  });

  it('stops waiting for a module that never arrives when the signal aborts', async () => {
    const never = new Promise<never>(() => undefined);
    expect(await awaitModule(never, AbortSignal.timeout(100), 'test reader')).to.equal('the test reader did not load in time');
  });

  it('still gives a module that loaded before the signal aborted', async () => {
    const signal = AbortSignal.abort();
    expect(await awaitModule(Promise.resolve(42), signal, 'test reader')).to.equal(42);
  });
});
