import { expect } from '@open-wc/testing';
import type { E911LocationStatus } from '../../src/components/location-status/location-status.component.js';
import { US_ADDRESS, deepActive, expectNoSeriousViolations, shadow, textOf, until } from './helpers.js';
import { cleanupPrompts, mount, mountPrompt, promptAttributes, saveAddress } from './prompt-helpers.js';

function mountStatus(htmlFor?: string): E911LocationStatus {
  const status = document.createElement('e911-location-status');
  if (htmlFor) status.setAttribute('for', htmlFor);
  mount(status);
  return status;
}

describe('<e911-location-status>', () => {
  afterEach(() => cleanupPrompts());

  it('follows its prompt: checking, missing, then the saved location read as unvalidated, and announces it', async () => {
    const status = mountStatus();
    await status.updateComplete;
    expect(status.getAttribute('state')).to.equal('checking');
    expect(textOf(status)).to.match(/Checking your network/);
    await expectNoSeriousViolations(status, 'status before detection');

    // A generous detection bound: on a loaded machine the echo may answer after the default 3 s.
    const m = mountPrompt(promptAttributes('home', { timeout: '8000' }));
    await m.next('e911-prompt-open');
    await until(() => status.getAttribute('state') === 'missing', 'state missing');
    expect(textOf(status)).to.match(/No location · Away from the office/);
    await saveAddress(m, US_ADDRESS);
    await until(() => status.getAttribute('state') === 'unvalidated', 'state unvalidated');
    expect(shadow(status, '[part=label]').textContent).to.equal('Home');
    expect(textOf(status)).to.match(/Unvalidated · Away from the office/).and.to.match(/The dispatcher will confirm it with you\./);
    await until(() => shadow(status, '[role=status]').textContent === 'Emergency location: Home', 'the short confirmation');
    await expectNoSeriousViolations(status, 'status with a location');
  });

  it('is a button that opens the prompt named by "for", and focus returns to it on close', async () => {
    const first = mountPrompt(promptAttributes('home', { 'location-required': 'no', id: 'first' }));
    const second = mountPrompt(promptAttributes('home', { 'location-required': 'no', id: 'second' }));
    const status = mountStatus('second');
    await status.updateComplete;
    const button = shadow<HTMLButtonElement>(status, 'button');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    button.focus();
    button.click();
    await second.next('e911-prompt-open');
    expect(first.count('e911-prompt-open')).to.equal(0);
    await until(() => button.getAttribute('aria-expanded') === 'true', 'aria-expanded follows the prompt');
    second.el.close();
    await second.next('e911-prompt-close');
    expect(deepActive()).to.equal(button);
  });

  it('says that E9-1-1 is not provided at a local-pstn site', async () => {
    const sites = JSON.stringify([{ name: 'London office', subnets: ['10.44.0.0/16'], e911: 'local-pstn', country: 'GB' }]);
    const status = mountStatus();
    const m = mountPrompt(promptAttributes('london-office', { sites }));
    await m.next('e911-network-change');
    await until(() => /Enhanced 911 is not provided at London office\. Emergency calls go through the local carrier\./.test(textOf(status)), 'local-pstn text');
    expect(status.getAttribute('state')).to.equal('local-pstn');
    expect(textOf(status)).not.to.match(/No emergency location|No location/);
  });
});
