import { expect } from '@open-wc/testing';
import { NETWORK_PLAN } from '../../demo/lis-simulator/network-plan.js';
import { US_ADDRESS } from './helpers.js';
import { cleanupPrompts, mountPrompt, promptAttributes, saveAddress } from './prompt-helpers.js';

afterEach(cleanupPrompts);

// Found while integrating React (which sets properties right after connect): a second
// detection and the store's re-reads overlapping a save once reset the location in use
// to null ("Home", then null) — a saved address lost for the next call.
describe('a save that overlaps a detection or a re-read of the saved places', () => {
  it('keeps the saved address in use and answers it at dial time', async () => {
    const mounted = mountPrompt(promptAttributes('hotel', { countries: 'US CA' }));
    // Setting `sites` after connect starts a second detection while the first one applies.
    mounted.el.sites = NETWORK_PLAN.sites;
    await mounted.next('e911-network-change');
    if (!mounted.el.open) mounted.el.show();
    await saveAddress(mounted, US_ADDRESS);
    // Let the second detection and every re-read of the store settle.
    await mounted.el.detect();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const changes = mounted.events
      .filter((event) => event.type === 'e911-location-change')
      .map((event) => (event.detail as { location: { label: string } | null }).location?.label ?? null);
    expect(changes).to.deep.equal([US_ADDRESS.label]);
    expect(mounted.el.location?.label).to.equal(US_ADDRESS.label);
    const call = await mounted.el.getEmergencyLocation();
    expect(call.validation).to.equal('unvalidated');
    expect(call.pidfLo).to.contain('Manual');
  });
});
