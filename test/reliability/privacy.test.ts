import { expect } from '@open-wc/testing';
import { feedName } from '../../src/store/location-store.js';
import { US_ADDRESS, until } from '../components/helpers.js';
import { cleanupPrompts, mountPrompt, promptAttributes, saveAddress } from '../components/prompt-helpers.js';
import { patcher } from './helpers.js';

type Request = { via: string; url: string };

const { patch, restoreAll } = patcher();

/** Records every request the page starts by script, and every resource the browser fetched. */
function recordRequests(): { requests: Request[]; resources: () => PerformanceResourceTiming[]; stop(): void } {
  const requests: Request[] = [];
  const absolute = (url: string | URL) => new URL(String(url), location.href).href;
  const originalFetch = window.fetch;
  patch(window, 'fetch', {
    writable: true,
    value: (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ via: 'fetch', url: absolute(input instanceof Request ? input.url : input) });
      return originalFetch(input, init);
    },
  });
  const originalOpen = XMLHttpRequest.prototype.open;
  patch(XMLHttpRequest.prototype, 'open', {
    writable: true,
    value(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      requests.push({ via: 'xhr', url: absolute(url) });
      return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
    },
  });
  const originalBeacon = navigator.sendBeacon.bind(navigator);
  patch(navigator, 'sendBeacon', {
    writable: true,
    value: (url: string | URL, data?: BodyInit | null) => {
      requests.push({ via: 'beacon', url: absolute(url) });
      return originalBeacon(url, data);
    },
  });
  const OriginalWebSocket = window.WebSocket;
  patch(window, 'WebSocket', {
    writable: true,
    value: function WebSocketSpy(url: string | URL, protocols?: string | string[]) {
      requests.push({ via: 'websocket', url: String(url) });
      return new OriginalWebSocket(url, protocols);
    },
  });
  const OriginalEventSource = window.EventSource;
  patch(window, 'EventSource', {
    writable: true,
    value: function EventSourceSpy(url: string | URL, init?: EventSourceInit) {
      requests.push({ via: 'eventsource', url: absolute(url) });
      return new OriginalEventSource(url, init);
    },
  });
  const entries: PerformanceResourceTiming[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as PerformanceResourceTiming[])));
  observer.observe({ type: 'resource' });
  return {
    requests,
    resources: () => [...entries, ...(observer.takeRecords() as PerformanceResourceTiming[])],
    stop: () => observer.disconnect(),
  };
}

/** Every key written to a Storage during the test, and the cookie writes. */
function recordStorageWrites(): { keys: string[]; cookies: string[] } {
  const keys: string[] = [];
  const cookies: string[] = [];
  const originalSetItem = Storage.prototype.setItem;
  patch(Storage.prototype, 'setItem', {
    writable: true,
    value(this: Storage, key: string, value: string) {
      keys.push(`${this === sessionStorage ? 'session' : 'local'}:${key}`);
      return originalSetItem.call(this, key, value);
    },
  });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  patch(document, 'cookie', {
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      cookies.push(value);
      cookie.set!.call(document, value);
    },
  });
  return { keys, cookies };
}

function snapshot(): { local: string[]; session: string[]; cookie: string } {
  return { local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort(), cookie: document.cookie };
}

/** The full flow: detection, prompt, save, dial. */
async function fullFlow(attributes: Record<string, string>): Promise<void> {
  const m = mountPrompt(attributes);
  await until(() => m.el.open, 'the prompt opens away from the office');
  await saveAddress(m, US_ADDRESS);
  const call = await m.el.getEmergencyLocation();
  expect(call.pidfLo).to.contain('Springfield');
  await m.el.detect();
}

afterEach(async () => {
  restoreAll();
  await cleanupPrompts();
});

describe('privacy: what leaves the page and what stays in the browser', function () {
  this.timeout(20_000);

  it('sends requests only to the configured LIS and IP echo URLs during a full flow', async () => {
    const attributes: Record<string, string> = { ...promptAttributes('hotel'), timeout: '2000' };
    const allowed = new Set([attributes['held-url']!, attributes['ip-echo-url']!].map((url) => new URL(url, location.href).href));
    const recorder = recordRequests();
    const start = performance.now();
    try {
      await fullFlow(attributes);
    } finally {
      recorder.stop();
    }
    expect(recorder.requests.length, 'requests made').to.be.greaterThan(0);
    expect(recorder.requests.filter((request) => !allowed.has(request.url))).to.deep.equal([]);
    expect(recorder.requests.every((request) => request.via === 'fetch')).to.equal(true);
    // Whatever the browser fetched meanwhile: the configured URLs, or this origin's own modules.
    expect(recorder.resources().some((entry) => allowed.has(entry.name)), 'the observer sees the LIS requests').to.equal(true);
    const others = recorder.resources()
      .filter((entry) => entry.startTime >= start && !allowed.has(entry.name))
      .filter((entry) => !(new URL(entry.name).origin === location.origin && entry.initiatorType === 'script' && /\.(js|ts|mjs)$/.test(new URL(entry.name).pathname)))
      // The browser's own favicon fetch for the test page (WebKitGTK makes it at any time), not the package's.
      .filter((entry) => !(entry.initiatorType === 'icon' && entry.name === new URL('/favicon.ico', location.origin).href));
    expect(others.map((entry) => `${entry.initiatorType} ${entry.name}`)).to.deep.equal([]);
  });

  it('writes no cookie and nothing to localStorage or sessionStorage during a full flow', async () => {
    const before = snapshot();
    const writes = recordStorageWrites();
    await fullFlow({ ...promptAttributes('hotel'), timeout: '2000' });
    expect(writes.keys).to.deep.equal([]);
    expect(writes.cookies).to.deep.equal([]);
    expect(snapshot()).to.deep.equal(before);
  });

  it('without BroadcastChannel, writes only the transient change-feed key, and leaves nothing behind', async () => {
    patch(window, 'BroadcastChannel', { get: () => undefined });
    const before = snapshot();
    const writes = recordStorageWrites();
    const attributes: Record<string, string> = { ...promptAttributes('hotel'), timeout: '2000' };
    await fullFlow(attributes);
    const feed = `local:${feedName(attributes['db-name']!, '')}`;
    expect(writes.keys.length, 'change-feed announcements').to.be.greaterThan(0);
    // The feed's own probe of whether localStorage works, then its announcements.
    expect(writes.keys.filter((key) => key !== feed && key !== 'local:__e911-location-probe__')).to.deep.equal([]);
    expect(writes.cookies).to.deep.equal([]);
    expect(snapshot()).to.deep.equal(before);
  });
});
