import { expect } from '@open-wc/testing';
import { openChangeFeed, type FeedEnvironment } from '../../src/store/change-feed.js';
import { uniqueDbName } from './helpers.js';

describe('openChangeFeed', () => {
  it('prefers BroadcastChannel and reaches another channel of the same name', async () => {
    const name = uniqueDbName('feed');
    let heard: () => void = () => undefined;
    const heardOnce = new Promise<void>((resolve) => { heard = resolve; });
    const receiver = openChangeFeed(name, () => heard());
    const sender = openChangeFeed(name, () => undefined);
    expect(sender.kind).to.equal('broadcast');
    sender.announce();
    await heardOnce;
    sender.close();
    receiver.close();
  });

  it('uses the storage event without BroadcastChannel and leaves nothing in localStorage', () => {
    const name = uniqueDbName('feed');
    const env: FeedEnvironment = { localStorage, addEventListener: addEventListener.bind(window), removeEventListener: removeEventListener.bind(window) };
    const feed = openChangeFeed(name, () => undefined, env);
    expect(feed.kind).to.equal('storage');
    feed.announce();
    expect(localStorage.getItem(name)).to.equal(null);
    feed.close();
  });

  it('polls when storage throws, and close() stops the timer', () => {
    const throwing = { setItem: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as Storage;
    const env: FeedEnvironment = { localStorage: throwing, addEventListener: addEventListener.bind(window) };
    const cleared: unknown[] = [];
    const originalClear = window.clearInterval;
    window.clearInterval = ((id?: number) => { cleared.push(id); originalClear(id); }) as typeof window.clearInterval;
    try {
      const feed = openChangeFeed(uniqueDbName('feed'), () => undefined, env);
      expect(feed.kind).to.equal('poll');
      feed.close();
    } finally {
      window.clearInterval = originalClear;
    }
    expect(cleared).to.have.length(1);
  });
});
