/**
 * In-page stand-in for the LIS simulator, for the static demo (`dist-demo/`): answers
 * same-origin `/lis/*` fetches of this page from the simulator's own scenario data, so
 * the demo can be hosted anywhere without a server. Never part of the package.
 */
import { heldError } from './lis-simulator/documents.js';
import { DEMO_ANSWERS } from './lis-simulator/demo-answers.js';
import { DEMO_SCENARIOS } from './lis-simulator/network-plan.js';

/** What the simulator answers in each demo scenario: the same data (demo/lis-simulator/demo-answers.js). */
export const STANDIN_SCENARIOS = DEMO_ANSWERS;

const NO_STORE = { 'cache-control': 'no-store' };

function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...NO_STORE } });
}

/** What the simulator (and a LIS) answers to a request that is not a HELD locationRequest. */
async function requestProblem(request: Request): Promise<string | null> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/held+xml') return heldError('requestError', 'Content-Type must be application/held+xml');
  if (!/<(\w+:)?locationRequest\b/.test(await request.text())) return heldError('unsupportedMessage', 'Expected a locationRequest');
  return null;
}

/** Rejects as fetch does when the caller aborts; otherwise never settles. */
function hang(signal: AbortSignal): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Replaces `window.fetch` for same-origin `/lis/` URLs only; everything else goes to
 * the real fetch. Keeps a scenario per `?session=` like the simulator, falling back to
 * the stand-in's current one. Returns a function that puts the real fetch back.
 */
export function installLisStandin(options: { scenario?: string } = {}): () => void {
  const realFetch = window.fetch;
  const sessions = new Map<string, string>();
  let current = options.scenario ?? 'headquarters';

  const answer = async (request: Request, url: URL): Promise<Response> => {
    const session = url.searchParams.get('session');
    const endpoint = url.pathname.slice('/lis/'.length);
    if (endpoint === 'scenario' && request.method === 'GET') {
      return json({ current: (session && sessions.get(session)) || current, scenarios: DEMO_SCENARIOS });
    }
    if (endpoint === 'scenario' && request.method === 'POST') {
      let name: unknown;
      try {
        name = (await request.json())?.scenario;
      } catch {
        return json({ error: 'Send {"scenario": NAME} as JSON.' }, 400);
      }
      if (typeof name !== 'string' || !STANDIN_SCENARIOS[name]) return json({ error: `unknown scenario ${String(name)}` }, 404);
      if (session) sessions.set(session, name);
      else current = name;
      return json({ scenario: name });
    }
    const name = url.searchParams.get('scenario') ?? ((session && sessions.get(session)) || current);
    const scenario = STANDIN_SCENARIOS[name];
    if (!scenario) return new Response(`unknown scenario ${name}`, { status: 404, headers: { 'content-type': 'text/plain' } });
    if (endpoint === 'held' && request.method === 'POST') {
      const problem = await requestProblem(request);
      if (problem) return new Response(problem, { headers: { 'content-type': 'application/held+xml', ...NO_STORE } });
      if (scenario.held.kind === 'hang') return hang(request.signal);
      return new Response(scenario.held.body, { headers: { 'content-type': 'application/held+xml', ...NO_STORE } });
    }
    if (endpoint === 'ip' && request.method === 'GET') return json(scenario.echo);
    return new Response(null, { status: 404 });
  };

  const standinFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !url.pathname.startsWith('/lis/')) return realFetch.call(window, input, init);
    return answer(request, url);
  };
  window.fetch = standinFetch;
  return () => {
    if (window.fetch === standinFetch) window.fetch = realFetch;
  };
}
