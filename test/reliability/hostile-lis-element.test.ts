import { expect } from '@open-wc/testing';
import { MARKUP_CIVIC } from '../../demo/lis-simulator/documents.js';
import { SCENARIOS } from '../../demo/lis-simulator/scenarios.js';
import type { E911LocationStatus } from '../../src/components/location-status/location-status.component.js';
import { parsePidfLo } from '../../src/pidf/index.js';
import { US_ADDRESS, shadow, textOf, until } from '../components/helpers.js';
import { cleanupPrompts, mount, mountPrompt, promptAttributes, saveAddress, type Mounted } from '../components/prompt-helpers.js';
import {
  SLACK_MS, alertTripwire, expectNoInjectedElements, trapPageErrors, type ErrorTrap, type Tripwire,
} from './helpers.js';

/** The prompt's own bound on one detection, as a host would set it. */
const TIMEOUT_MS = 800;

let trap: ErrorTrap;
let tripwire: Tripwire;
let idCounter = 0;

beforeEach(() => {
  trap = trapPageErrors();
  tripwire = alertTripwire();
});

afterEach(async () => {
  await cleanupPrompts();
  tripwire.restore();
  trap.restore();
});

/** A prompt on `scenario` with a status badge following it; resolves once it has decided. */
async function promptOn(scenario: string, extra: Record<string, string> = {}): Promise<{ m: Mounted; badge: E911LocationStatus; ms: number }> {
  idCounter += 1;
  const id = `hostile-${idCounter}`;
  const badge = document.createElement('e911-location-status') as E911LocationStatus;
  badge.setAttribute('for', id);
  mount(badge);
  const start = performance.now();
  const m = mountPrompt({ id, timeout: String(TIMEOUT_MS), ...promptAttributes(scenario), ...extra });
  await m.next('e911-network-change');
  const ms = performance.now() - start;
  await m.el.updateComplete;
  await badge.updateComplete;
  return { m, badge, ms };
}

function badgeText(badge: E911LocationStatus, part: string): string {
  return shadow(badge, `[part="${part}"]`).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<e911-location-prompt> against every LIS simulator scenario', function () {
  this.timeout(TIMEOUT_MS + 3 * SLACK_MS + 8000);

  for (const scenario of Object.keys(SCENARIOS)) {
    it(`settles on "${scenario}" within its timeout, throws nothing to the page and runs no script`, async () => {
      const { m, badge, ms } = await promptOn(scenario);
      expect(ms, 'time to the first decision').to.be.below(TIMEOUT_MS + SLACK_MS);
      const status = m.el.networkStatus!;
      expect(['on-premises', 'off-premises', 'unknown']).to.include(status.placement);
      // Only a civic LIS answer may put the device on premises here (no trusted IPs are configured).
      expect(status.placement === 'on-premises').to.equal(status.reason === 'lis-located');
      expect(badge.getAttribute('state')).not.to.equal('checking');
      if (m.el.location) expect(badgeText(badge, 'label')).to.equal(m.el.location.label);
      else expect([badge.getAttribute('state'), badgeText(badge, 'state')]).to.deep.equal(['missing', 'No location']);
      // The dial-time answer is well-formed whatever the network said.
      const call = await m.el.getEmergencyLocation();
      expect(call.placement).to.equal(status.placement);
      expect(call.pidfLo === null).to.equal(call.location === null);
      await m.el.updateComplete;
      expectNoInjectedElements(m.el);
      expectNoInjectedElements(badge);
      expect(tripwire.calls, 'alert() calls').to.deep.equal([]);
      expect(trap.errors).to.deep.equal([]);
    });
  }
});

describe('civic text holding markup, shown to the user and the dispatcher', () => {
  it('shows the LIS civic markup literally in the status badge, creating no element from it', async () => {
    const { m, badge } = await promptOn('markup-civic');
    expect(m.el.networkStatus?.reason).to.equal('lis-located');
    const label = shadow(badge, '[part="label"]');
    expect(label.textContent).to.contain('<script>alert("x")</script>');
    expect(label.textContent).to.contain('<img src=x onerror="alert(1)">');
    expect(label.textContent).to.contain('&lt;b&gt;Springfield&lt;/b&gt;');
    expect(label.children.length, 'the label holds text only').to.equal(0);
    expectNoInjectedElements(badge);
    expect(tripwire.calls).to.deep.equal([]);
  });

  it('sends the markup to the dispatcher escaped, reading back exactly as the LIS gave it', async () => {
    const { m } = await promptOn('markup-civic');
    const call = await m.el.getEmergencyLocation();
    expect(call.validation).to.equal('validated');
    expect(call.pidfLo).not.to.contain('<script>');
    expect(call.pidfLo).not.to.contain('<img');
    const parsed = parsePidfLo(call.pidfLo!);
    expect(parsed.civic).to.include(MARKUP_CIVIC.expected);
  });

  it('keeps a markup-looking echo answer out of the page', async () => {
    const { m, badge } = await promptOn('echo-not-ip', { 'location-required': 'no' });
    expect(m.el.networkStatus).to.include({ ip: null, networkId: null });
    expect(tripwire.calls).to.deep.equal([]);
    expectNoInjectedElements(m.el);
    expectNoInjectedElements(badge);
  });

  it('shows a typed label and suite holding markup as text in the badge and the saved list', async () => {
    const { m, badge } = await promptOn('home');
    await until(() => m.el.open, 'the prompt opens away from the office');
    const label = '<img src=x onerror=alert(2)>';
    // 20 characters, the most a suite may hold; a run script would throw ReferenceError to the page.
    const suite = '<script>x()</script>';
    await saveAddress(m, { ...US_ADDRESS, label, LOC: suite });
    await badge.updateComplete;
    expect(shadow(badge, '[part="label"]').textContent?.trim()).to.equal(label);
    m.el.show();
    await until(() => Boolean(m.el.shadowRoot?.querySelector('[part="saved-item"]')), `the saved places are shown (${textOf(m.el)})`);
    const item = shadow(m.el, '[part="saved-item"]');
    expect(item.textContent).to.contain(label).and.to.contain(suite);
    expectNoInjectedElements(m.el);
    expectNoInjectedElements(badge);
    const call = await m.el.getEmergencyLocation();
    expect(parsePidfLo(call.pidfLo!).civic?.LOC).to.equal(suite);
    expect(tripwire.calls).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });
});
