import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import type { EmergencyLocation } from '../../src/location.js';
import { US_ADDRESS, deepActive, shadow, until } from './helpers.js';
import { cleanupPrompts, mount, mountPrompt, panelOf, promptAttributes, saveAddress } from './prompt-helpers.js';

/** A real key press in this page (brought to the front first, so the key reaches it). */
function press(key: string): Promise<unknown> {
  return executeServerCommand('focused-press', { key });
}

/** A host control outside the prompt that counts its activations. */
function hostButton(text: string): { button: HTMLButtonElement; clicks: () => number } {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text;
  button.style.cssText = 'position: fixed; top: 8px; left: 8px; width: 120px; height: 40px;';
  let clicks = 0;
  button.addEventListener('click', () => (clicks += 1));
  mount(button);
  return { button, clicks: () => clicks };
}

function insidePrompt(element: Element | null, prompt: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node === prompt) return true;
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : node.parentNode;
  }
  return false;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('the prompt never stands between a caller and 911', () => {
  afterEach(async () => {
    await cleanupPrompts();
    await setViewport({ width: 800, height: 600 });
  });

  it('leaves a host button outside it usable by a real mouse click while it is open by itself', async () => {
    await setViewport({ width: 1280, height: 800 });
    const dial = hostButton('Dial 911');
    const m = mountPrompt(promptAttributes('home'));
    await m.next('e911-prompt-open');
    await m.el.updateComplete;
    const panel = panelOf(m.el)!;
    const rect = dial.button.getBoundingClientRect();
    expect(overlaps(panel.getBoundingClientRect(), rect), 'the docked panel does not cover the host control').to.equal(false);
    const [x, y] = [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
    expect(document.elementFromPoint(x, y)).to.equal(dial.button);
    await executeServerCommand('demo-bring-to-front');
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => dial.clicks() === 1, 'the click reached the host button');
    expect(m.el.open, 'clicking the page does not close the prompt').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('has no focus trap: Tab moves from the panel on to the page, where Enter activates a host button', async () => {
    const m = mountPrompt(promptAttributes('home'));
    const dial = hostButton('Dial 911');
    await m.next('e911-prompt-open');
    await until(() => insidePrompt(deepActive(), m.el), 'focus in the panel (nothing had focus)');
    // The panel's last control, then Tab: the host button comes after the prompt in the page.
    const buttons = [...m.el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=dialog] button')];
    buttons.at(-1)!.focus();
    await press('Tab');
    await until(() => deepActive() === dial.button, 'Tab reached the host button');
    await press('Enter');
    await until(() => dial.clicks() === 1, 'Enter activated the host button');
    expect(m.el.open).to.equal(true);
  });

  it('makes nothing on the page inert and shows no modal dialog or backdrop', async () => {
    const m = mountPrompt(promptAttributes('home'));
    await m.next('e911-prompt-open');
    await m.el.updateComplete;
    const everything = [document.documentElement, ...document.querySelectorAll('*'), ...m.el.shadowRoot!.querySelectorAll('*')];
    expect(everything.filter((element) => (element as HTMLElement).inert || element.hasAttribute('inert'))).to.deep.equal([]);
    expect(m.el.shadowRoot!.querySelector(':modal')).to.equal(null);
    expect(document.querySelector(':modal')).to.equal(null);
    const panel = panelOf(m.el)!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.hasAttribute('aria-modal')).to.equal(false);
  });

  it('answers getEmergencyLocation() within 250 ms while open, then the address saved during the call', async () => {
    const m = mountPrompt(promptAttributes('home', { entity: 'sip:alice@example.com' }));
    await m.next('e911-prompt-open');
    const started = performance.now();
    const during = await m.el.getEmergencyLocation();
    expect(performance.now() - started).to.be.below(250);
    expect(during).to.include({ validation: 'none', location: null, routing: 'e911' });

    await saveAddress(m, US_ADDRESS);
    const change = m.events.filter((event) => event.type === 'e911-location-change').at(-1)!;
    expect((change.detail.location as EmergencyLocation).label).to.equal('Home');
    const next = await m.el.getEmergencyLocation();
    expect(next).to.include({ validation: 'unvalidated' });
    expect(next.location?.id).to.equal((change.detail.location as EmergencyLocation).id);
    expect(next.pidfLo).to.contain('<gp:method>Manual</gp:method>');
  });

  describe('focus', () => {
    it('moves into the first thing to fill when it opens by itself and nothing has focus', async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      await until(() => (deepActive() as HTMLInputElement | null)?.name === 'street', 'focus on the street input');
    });

    it('never takes focus from a field the user is typing in; it announces itself instead', async () => {
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Number to dial');
      mount(field);
      field.focus();
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      const live = shadow(m.el, '[role=status]');
      await until(() => /a panel on this page asks where you are/.test(live.textContent ?? ''), 'the polite announcement');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(document.activeElement).to.equal(field);
    });

    it('leaves focus on a host control when it opens by itself while something has focus', async () => {
      const { button } = hostButton('Call');
      button.focus();
      const m = mountPrompt(promptAttributes('home'));
      await m.next('e911-prompt-open');
      await until(() => /asks where you are/.test(shadow(m.el, '[role=status]').textContent ?? ''), 'announced');
      expect(document.activeElement).to.equal(button);
    });

    it('returns focus to the badge on Escape, and leaves it on the page when the user moved on', async () => {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'no' }));
      await m.next('e911-network-change');
      const { button } = hostButton('Badge');
      button.focus();
      m.el.show();
      await m.next('e911-prompt-open');
      await until(() => insidePrompt(deepActive(), m.el), 'focus in the panel');
      await press('Escape');
      expect((await m.next('e911-prompt-close')).detail.reason).to.equal('dismissed');
      expect(document.activeElement).to.equal(button);

      m.el.show();
      await m.next('e911-prompt-open', 2);
      await until(() => insidePrompt(deepActive(), m.el), 'focus in the panel again');
      const other = hostButton('Elsewhere').button;
      other.focus();
      m.el.close();
      await m.next('e911-prompt-close', 2);
      expect(document.activeElement).to.equal(other);
    });
  });
});
