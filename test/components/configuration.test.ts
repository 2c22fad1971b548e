import { expect } from '@open-wc/testing';
import { cleanupPrompts, mountPrompt, promptAttributes, settled } from './prompt-helpers.js';
import { textOf, until } from './helpers.js';

const LONDON = { name: 'London office', subnets: ['10.44.0.0/16'], e911: 'local-pstn', country: 'GB' };

describe('<e911-location-prompt> configuration and routing', () => {
  afterEach(() => cleanupPrompts());

  it('routes to the local carrier at a local-pstn site, never prompting by itself', async () => {
    const m = mountPrompt(promptAttributes('london-office', { sites: JSON.stringify([LONDON]) }));
    const status = (await m.next('e911-network-change')).detail.status;
    expect(status.site).to.include({ name: 'London office', e911: 'local-pstn' });
    await m.el.detect();
    expect(m.count('e911-prompt-open')).to.equal(0);
    const call = await m.el.getEmergencyLocation();
    expect(call).to.include({ routing: 'local-pstn', site: 'London office' });
    m.el.show();
    await m.next('e911-prompt-open');
    // The panel's views load on demand (nothing was preloaded: no address is needed here).
    await m.el.updateComplete;
    expect(textOf(m.el)).to.match(/Enhanced 911 is not provided at London office/);
  });

  it('takes sites as a property too', async () => {
    const m = mountPrompt(promptAttributes('london-office', { 'location-required': 'no' }));
    m.el.sites = [{ name: 'London office', subnets: ['10.44.0.0/16'], e911: 'local-pstn' }];
    const status = await m.el.detect();
    expect(status.site?.name).to.equal('London office');
    expect(m.el.sites).to.have.length(1);
  });

  it('reports bad configuration entry by entry and uses the rest', async () => {
    const sites = JSON.stringify([LONDON, { name: 'Lab', subnets: ['10.99.0.0/33'], e911: 'enabled' }, { name: 'Moon base', subnets: ['10.98.0.0/16'], e911: 'maybe' }]);
    const m = mountPrompt(
      promptAttributes('london-office', {
        sites,
        'trusted-ips': '10.1.0.0/16 300.1.1.0/24',
        'vpn-ips': 'nonsense',
        'refresh-interval': '13',
        countries: 'US XX',
        'location-required': 'sometimes',
      }),
    );
    await until(() => m.count('e911-config-error') >= 6, 'one error per bad entry');
    const messages = m.events.filter((event) => event.type === 'e911-config-error').map((event) => event.detail.message as string);
    for (const bad of ['10.99.0.0/33', 'maybe', '300.1.1.0/24', 'nonsense', '13', 'XX', 'sometimes']) {
      expect(messages.some((message) => message.includes(bad)), `a message names ${bad}`).to.equal(true);
    }
    const status = await m.el.detect();
    expect(status.site?.name).to.equal('London office');
    expect(m.el.sites.map((site) => site.name)).to.deep.equal(['London office', 'Lab']);
  });

  it('reports a sites attribute that is not JSON', async () => {
    const m = mountPrompt(promptAttributes('home', { sites: '[{name:', 'location-required': 'no' }));
    const error = await m.next('e911-config-error');
    expect(error.detail.message).to.match(/sites.*JSON/);
    await settled(m);
    expect(m.el.networkStatus?.placement).to.equal('off-premises');
  });

  it('routes a location outside the configured countries to the local carrier', async () => {
    const m = mountPrompt(promptAttributes('home', { countries: 'US', 'location-required': 'no' }));
    await settled(m);
    const now = new Date().toISOString();
    m.el.location = { id: 'x', label: 'Cottage', civic: { country: 'CA', A1: 'ON', A3: 'Ottawa' }, source: 'user', validation: 'unvalidated', method: 'Manual', networkId: null, createdAt: now, updatedAt: now, lastUsedAt: now };
    expect((await m.el.getEmergencyLocation()).routing).to.equal('local-pstn');
  });
});
