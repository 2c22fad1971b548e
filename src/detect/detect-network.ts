/** `detectNetwork`: asks the LIS and the IP echo service in parallel, within one time bound, and decides. */
import { decide } from './decide.js';
import { loadHeldReader, requestHeldLocation, type HeldOutcome } from './held.js';
import { requestEcho, type EchoOutcome } from './ip-echo.js';
import { awaitModule } from './await-module.js';
import type { AddressPlacement } from './network-plan.js';
import type { DetectOptions, NetworkStatus } from './types.js';

export const DEFAULT_TIMEOUT_MS = 3000;
/** After the LIS has located the device, how long the echo may still take (for site and network id). */
export const ECHO_GRACE_MS = 500;

/** What a browser gives and tests may replace. */
export type DetectEnvironment = {
  fetch?: typeof fetch;
  now?: () => Date;
  /** Defaults to `navigator.onLine`. */
  onLine?: () => boolean;
  /** Receives each refused answer and configuration problem; defaults to `console.warn`, once per message. */
  warn?: (message: string) => void;
};

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message) || warned.size > 100) return;
  warned.add(message);
  console.warn(`e911-location: ${message}`);
}

/** Resolves with `value` after `ms`, or as soon as `signal` aborts. */
function pause<T>(ms: number, signal: AbortSignal, value: T): Promise<T> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve(value);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** What went wrong on the way, for the administrator: refused answers, HELD errors, what a civic-less answer carried. */
function problemsOf(held: HeldOutcome, echo: EchoOutcome): string[] {
  const problems: string[] = [];
  if (held.kind === 'unreachable') problems.push(`HELD: ${held.problem}.`);
  if (held.kind === 'no-civic') {
    const carried = [
      ...held.shapes.map((shape) => `a geodetic ${shape}`),
      ...held.locationUris.map((uri) => `a location reference (${uri})`),
    ];
    problems.push(`HELD: the LIS answered without a civic address${carried.length ? `, only ${carried.join(', ')}` : ''}; placement is decided as for no civic location.`);
  }
  if (held.kind === 'error') problems.push(`HELD: the LIS answered error '${held.code}'${held.message ? `: ${held.message}` : ''}.`);
  if (echo.kind === 'unreachable') problems.push(`IP echo: ${echo.problem}.`);
  return problems;
}

async function gather(
  { heldUrl, ipEchoUrl }: DetectOptions,
  init: { fetch: typeof fetch; signal: AbortSignal },
): Promise<[HeldOutcome, EchoOutcome]> {
  const notConfigured = { kind: 'not-configured' } as const;
  const echoPromise = ipEchoUrl ? requestEcho(ipEchoUrl, init) : notConfigured;
  const held = heldUrl ? await requestHeldLocation(heldUrl, init) : notConfigured;
  // Located: the echo adds only the site and network id, so it gets a short grace.
  // The pause ends at the latest when detectNetwork aborts `init.signal` on its way out.
  const late: EchoOutcome = { kind: 'unreachable', problem: 'the IP echo service answered too late' };
  const echo = await (held.kind === 'located' ? Promise.race([echoPromise, pause(ECHO_GRACE_MS, init.signal, late)]) : echoPromise);
  return [held, echo];
}

/** CIDR matching and sites: needed once the echo has answered, and to check the configuration. */
const loadNetworkPlan = () => import('./network-plan.js');

/**
 * Decides whether this client is on the enterprise network: HELD to the LIS and the IP
 * echo run in parallel, bounded by `timeoutMs` (default 3000) for the whole decision.
 * Never rejects, except with `signal.reason` when the caller aborts.
 */
export async function detectNetwork(options: DetectOptions = {}, environment: DetectEnvironment = {}): Promise<NetworkStatus> {
  const { signal, timeoutMs, ipEchoUrl, trustedIps, vpnIps, sites } = options;
  signal?.throwIfAborted();
  // Once the caller has aborted, what is still settling in the background is not worth a warning.
  const warn = (message: string) => signal?.aborted || (environment.warn ?? warnOnce)(message);
  const online = environment.onLine ? environment.onLine() : globalThis.navigator?.onLine !== false;
  // Loaded while the requests are under way (an echo answer takes a round trip), so it adds no wait.
  const planModule = ipEchoUrl || trustedIps || vpnIps || sites ? loadNetworkPlan() : null;
  planModule?.catch(() => undefined); // awaited below, or not at all
  const checkPlan = ({ compileNetworkPlan }: Awaited<ReturnType<typeof loadNetworkPlan>>) => {
    const { plan, errors } = compileNetworkPlan(options);
    for (const error of errors) warn(`ignored in the detection configuration: ${error}`);
    return plan;
  };

  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('detection timed out', 'TimeoutError')),
    typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs < Infinity ? timeoutMs : DEFAULT_TIMEOUT_MS,
  );
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });

  const decideStatus = async (): Promise<NetworkStatus> => {
    let held: HeldOutcome = { kind: 'not-configured' };
    let echo: EchoOutcome = held;
    let placed: AddressPlacement | null = null;
    let networkId: string | null = null;
    if (!online) {
      // Nothing is asked, so nothing waits: configuration problems are reported once the plan has loaded.
      planModule?.then(checkPlan, () => undefined);
    } else {
      [held, echo] = await gather(options, { fetch: environment.fetch ?? globalThis.fetch.bind(globalThis), signal: controller.signal });
      const loaded = planModule && (await awaitModule(planModule, controller.signal, 'network plan'));
      if (typeof loaded === 'string') {
        if (echo.kind === 'answered') echo = { kind: 'unreachable', problem: loaded };
        else warn(`the detection configuration was not checked: ${loaded}`);
      } else if (loaded) {
        const plan = checkPlan(loaded);
        if (echo.kind === 'answered') {
          placed = loaded.placeAddress(echo.address, plan);
          networkId = echo.networkId ?? loaded.networkOf(echo.address);
        }
      }
      problemsOf(held, echo).forEach(warn);
    }
    const { placement, reason } = decide({ online, held: held.kind, echo: placed?.zone ?? (echo.kind as 'unreachable') });
    const checkedAt = (environment.now?.() ?? new Date()).toISOString();
    return {
      placement,
      reason,
      networkId,
      ip: echo.kind === 'answered' ? echo.ip : null,
      lisLocation: held.kind === 'located' ? (await loadHeldReader()).lisLocationOf(held, networkId, checkedAt) : null,
      site: placed?.site ? { ...placed.site } : null,
      checkedAt,
    };
  };

  try {
    return await Promise.race([
      decideStatus(),
      // The caller's abort ends detection at once, whatever is still under way.
      new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => signal?.aborted && reject(signal.reason))),
    ]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
    // Ends a request still running (e.g. an echo that missed its grace).
    controller.abort();
  }
}
