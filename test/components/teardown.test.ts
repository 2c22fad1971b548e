import { expect } from '@open-wc/testing';
import { trackOpenResources, type ResourceTracker } from '../support/open-resources.js';
import { until } from './helpers.js';
import { cleanupPrompts, mountPrompt, promptAttributes, settled } from './prompt-helpers.js';

describe('mounting and unmounting the prompt', () => {
  let tracker: ResourceTracker;
  beforeEach(() => {
    tracker = trackOpenResources();
  });
  afterEach(async () => {
    tracker.restore();
    await cleanupPrompts();
  });

  it('leaves no IndexedDB connection or BroadcastChannel open', async () => {
    const attributes = promptAttributes('home', { 'location-required': 'no' });
    for (let i = 0; i < 20; i++) {
      const m = mountPrompt(attributes);
      await settled(m);
      expect(tracker.open().connections, 'the store is open while mounted').to.be.greaterThan(0);
      m.el.remove();
    }
    await until(() => tracker.open().connections === 0 && tracker.open().channels === 0, 'everything closed');
    expect(tracker.open()).to.deep.equal({ connections: 0, channels: 0 });
  });

  it('says nothing when it leaves the page while looking up the saved location for a new network', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      warn.apply(console, args);
    };
    try {
      const m = mountPrompt(promptAttributes('home', { 'location-required': 'no' }));
      // Removed a task later: the lookup has reached the store by then (it failed on the closed store before).
      m.el.addEventListener('e911-network-change', () => setTimeout(() => m.el.remove()), { once: true });
      await m.next('e911-network-change');
      await until(() => tracker.open().connections === 0, 'the store closed');
      // Long enough for a lookup on the closed store to have failed and reported.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
