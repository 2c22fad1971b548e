import { expect } from '@open-wc/testing';
import type { E911LocationStatus } from '../../src/components/location-status/location-status.component.js';
import { deepActive, expectNoSeriousViolations, fillForm, shadow, shadowAll, textOf, until } from './helpers.js';
import { cleanupPrompts, mount, mountPrompt, promptAttributes, settled } from './prompt-helpers.js';

const BRANCH_ADDRESS = { country: 'US', HNO: '400', PRD: 'E', RD: 'Adams', STS: 'St', A3: 'Springfield', A1: 'IL', PC: '62701' };

/** The branch of the simulator's `branch-wan-outage` scenario (echo 10.2.14.9; the LIS never answers). */
function branchSites(outage: 'ask' | 'local-pstn'): string {
  return JSON.stringify([{ name: 'Springfield branch', subnets: ['10.2.0.0/16'], e911: 'enabled', country: 'US', address: BRANCH_ADDRESS, outage }]);
}

function mountBadge(): E911LocationStatus {
  const badge = document.createElement('e911-location-status');
  mount(badge);
  return badge;
}

describe('a branch whose LIS is unreachable', () => {
  afterEach(() => cleanupPrompts());

  it("outage 'ask': names the site, offers its address first to confirm and complete, and keeps what the user confirms as unvalidated", async function () {
    this.timeout(20_000); // a 1 s LIS timeout, a form and axe: only bounds a hang on a busy machine
    const badge = mountBadge();
    const m = mountPrompt(promptAttributes('branch-wan-outage', { timeout: '1000', sites: branchSites('ask') }));
    await m.next('e911-prompt-open');
    await until(() => shadowAll(m.el, 'input[name=place]').length === 1, 'the site address offered');
    expect(textOf(m.el)).to.contain('You seem to be at Springfield branch, but its location service is not answering.');
    const option = shadow(m.el, '[part=saved-item]');
    expect(textOf(option)).to.contain('Springfield branch').and.to.contain('400 E Adams St');
    expect(shadow<HTMLInputElement>(m.el, 'input[name=place]').checked).to.equal(true);
    expect(badge.getAttribute('state')).to.equal('missing');
    await expectNoSeriousViolations(m.el, 'branch outage, site offered');

    shadow<HTMLButtonElement>(m.el, '[part=use-button]').click();
    await until(() => shadow(m.el, '#heading').textContent === 'Confirm the address and add your floor or room', 'the confirm view');
    const form = shadow<HTMLElement & { values: Record<string, string>; updateComplete: Promise<boolean> }>(m.el, 'e911-address-form');
    await until(() => form.values.street === '400 E Adams St', 'the form starts from the site address');
    expect(form.values).to.include({ label: 'Springfield branch', A3: 'Springfield', A1: 'IL', PC: '62701' });
    await until(() => (deepActive() as HTMLInputElement | null)?.name === 'LOC', 'focus on floor/room');
    await fillForm(form as never, { LOC: 'Floor 2, Room 210' });
    shadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    expect((await m.next('e911-prompt-close')).detail.reason).to.equal('saved');

    expect(m.el.location).to.include({ source: 'user', validation: 'unvalidated', method: 'Manual', label: 'Springfield branch' });
    expect(m.el.location?.civic).to.include({ HNO: '400', RD: 'Adams', A3: 'Springfield', LOC: 'Floor 2, Room 210' });
    const call = await m.el.getEmergencyLocation();
    expect(call).to.include({ routing: 'e911', validation: 'unvalidated', site: 'Springfield branch' });
    await until(() => badge.getAttribute('state') === 'unvalidated', 'badge unvalidated');
  });

  it("outage 'local-pstn': routes by the local gateway, says so, and does not ask", async () => {
    const badge = mountBadge();
    const m = mountPrompt(promptAttributes('branch-wan-outage', { timeout: '1000', sites: branchSites('local-pstn') }));
    await settled(m);
    expect(m.count('e911-prompt-open')).to.equal(0);
    const call = await m.el.getEmergencyLocation();
    expect(call).to.include({ routing: 'local-pstn', site: 'Springfield branch', validation: 'none' });
    await until(() => badge.getAttribute('state') === 'local-pstn', 'badge local-pstn');
    expect(textOf(badge)).to.contain('The location service at Springfield branch is not answering. Until it is back, emergency calls go through the local carrier.');
    m.el.show();
    await m.next('e911-prompt-open');
    expect(textOf(m.el)).to.contain('Until it is back, emergency calls go through the local carrier.');
    await expectNoSeriousViolations(badge, 'badge, branch outage routed locally');
  });

  it('reports a bad outage value and a site address that is not RFC 5139, using the rest', async () => {
    const sites = JSON.stringify([{ name: 'Springfield branch', subnets: ['10.2.0.0/16'], e911: 'enabled', outage: 'pstn', address: { street: '400 E Adams', HNO: '400', country: 'US' } }]);
    const m = mountPrompt(promptAttributes('branch-wan-outage', { timeout: '1000', sites }));
    const errors = () => m.events.filter((event) => event.type === 'e911-config-error').map((event) => event.detail.message as string);
    await until(() => errors().length >= 2, 'two configuration errors');
    expect(errors().join('\n')).to.contain(`"outage" must be 'ask' or 'local-pstn'`).and.to.contain('"street", which is not an RFC 5139 element name');
    expect(m.el.sites[0]).to.deep.include({ name: 'Springfield branch', address: { HNO: '400', country: 'US' } });
    expect(m.el.sites[0]!.outage).to.equal(undefined);
  });
});
