import { expect } from '@open-wc/testing';
import { US_ADDRESS, until } from '../components/helpers.js';
import { cleanupPrompts, mountPrompt, panelOf, promptAttributes, saveAddress } from '../components/prompt-helpers.js';

afterEach(cleanupPrompts);

describe('reopening the prompt right after it closed', () => {
  it('stays open when the host reopens it from its e911-prompt-close handler', async () => {
    const m = mountPrompt({ ...promptAttributes('hotel'), timeout: '2000' });
    await until(() => m.el.open, 'the prompt opens');
    m.el.addEventListener('e911-prompt-close', () => m.el.show(), { once: true });
    await saveAddress(m, US_ADDRESS);
    await m.next('e911-prompt-open', 2);
    await m.el.updateComplete;
    expect(m.el.open).to.equal(true);
    expect(panelOf(m.el)?.getAttribute('role')).to.equal('dialog');
    expect(m.events.filter((event) => event.type === 'e911-prompt-close').map((event) => event.detail)).to.deep.equal([{ reason: 'saved' }]);
  });
});
