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
});
