/** `detectNetwork`: asks the LIS and the IP echo service in parallel, within one time bound, and decides. */
import { formatCivicAddress } from '../civic/format.js';
import type { EmergencyLocation } from '../location.js';
import { networkOf } from './cidr.js';
import { decide, type EchoSummary } from './decide.js';
import { requestHeldLocation, type HeldOutcome } from './held.js';
import { requestEcho, type EchoOutcome } from './ip-echo.js';
import { compileNetworkPlan, placeAddress } from './sites.js';
import type { DetectOptions, MatchedSite, NetworkStatus } from './types.js';

export const DEFAULT_TIMEOUT_MS = 3000;
/** After the LIS has located the device, how long the echo may still take (for site and network id). */
export const ECHO_GRACE_MS = 500;
/** PIDF-LO method when the LIS names none: an enterprise LIS locates by its wiremap. */
export const DEFAULT_LIS_METHOD = 'Wiremap';

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

function timeoutOf(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

/** Resolves after `ms`, or as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

function lisLocationOf(held: HeldOutcome, networkId: string | null, checkedAt: string): EmergencyLocation | null {
  if (held.kind !== 'located') return null;
  const location: EmergencyLocation = {
    id: `lis:${networkId ?? 'unknown-network'}`,
    label: formatCivicAddress(held.civic),
    civic: { ...held.civic },
    source: 'lis',
    validation: 'validated',
    method: held.method ?? DEFAULT_LIS_METHOD,
    networkId,
    createdAt: checkedAt,
    updatedAt: checkedAt,
    lastUsedAt: checkedAt,
  };
  if (held.lang) location.lang = held.lang;
  return location;
}

function reportProblems(held: HeldOutcome, echo: EchoOutcome, warn: (message: string) => void): void {
  if (held.kind === 'unreachable') warn(`HELD: ${held.problem}.`);
  if (held.kind === 'no-civic') {
    const carried = [
      ...held.shapes.map((shape) => `a geodetic ${shape}`),
      ...held.locationUris.map((uri) => `a location reference (${uri})`),
    ];
    warn(`HELD: the LIS answered without a civic address${carried.length ? `, only ${carried.join(', ')}` : ''}; placement is decided as for no civic location.`);
  }
  if (held.kind === 'error') warn(`HELD: the LIS answered error '${held.code}'${held.message ? `: ${held.message}` : ''}.`);
  if (echo.kind === 'unreachable') warn(`IP echo: ${echo.problem}.`);
}

async function gather(
  options: DetectOptions,
  fetchFn: typeof fetch,
  signal: AbortSignal,
): Promise<{ held: HeldOutcome; echo: EchoOutcome }> {
  const init = { fetch: fetchFn, signal };
  const heldPromise: Promise<HeldOutcome> = options.heldUrl
    ? requestHeldLocation(options.heldUrl, init)
    : Promise.resolve({ kind: 'not-configured' });
  const echoPromise: Promise<EchoOutcome> = options.ipEchoUrl
    ? requestEcho(options.ipEchoUrl, init)
    : Promise.resolve({ kind: 'not-configured' });
  const held = await heldPromise;
  if (held.kind !== 'located') return { held, echo: await echoPromise };
  // Located: the echo adds only the site and network id, so it gets a short grace.
  // The pause ends at the latest when detectNetwork aborts `signal` on its way out.
  const late: EchoOutcome = { kind: 'unreachable', problem: 'the IP echo service answered too late' };
  const echo = await Promise.race([echoPromise, pause(ECHO_GRACE_MS, signal).then(() => late)]);
  return { held, echo };
}

/**
 * Decides whether this client is on the enterprise network: HELD to the LIS and the IP
 * echo run in parallel, bounded by `timeoutMs` (default 3000) for the whole decision.
 * Never rejects, except with `signal.reason` when the caller aborts.
 */
export async function detectNetwork(options: DetectOptions = {}, environment: DetectEnvironment = {}): Promise<NetworkStatus> {
  const { signal } = options;
  signal?.throwIfAborted();
  const now = environment.now ?? (() => new Date());
  const warn = environment.warn ?? warnOnce;
  const online = environment.onLine ? environment.onLine() : globalThis.navigator?.onLine !== false;
  const { plan, errors } = compileNetworkPlan(options);
  for (const error of errors) warn(`ignored in the detection configuration: ${error}`);

  const result = (held: HeldOutcome, echo: EchoOutcome, isOnline: boolean): NetworkStatus => {
    const placed = echo.kind === 'answered' ? placeAddress(echo.address, plan) : null;
    const echoSummary: EchoSummary = placed ? placed.zone : (echo.kind as 'unreachable' | 'not-configured');
    const { placement, reason } = decide({ online: isOnline, held: held.kind, echo: echoSummary });
    const ip = echo.kind === 'answered' ? echo.ip : null;
    const networkId = echo.kind === 'answered' ? (echo.networkId ?? networkOf(echo.address)) : null;
    const checkedAt = now().toISOString();
    const site: MatchedSite | null = placed?.site ? { ...placed.site } : null;
    return { placement, reason, networkId, ip, lisLocation: lisLocationOf(held, networkId, checkedAt), site, checkedAt };
  };

  if (!online) return result({ kind: 'not-configured' }, { kind: 'not-configured' }, false);

  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('detection timed out', 'TimeoutError')),
    timeoutOf(options.timeoutMs),
  );
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      controller.abort(signal?.reason);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const fetchFn = environment.fetch ?? globalThis.fetch.bind(globalThis);
    const { held, echo } = await Promise.race([gather(options, fetchFn, controller.signal), aborted]);
    reportProblems(held, echo, warn);
    return result(held, echo, true);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    // Ends a request still running (e.g. an echo that missed its grace).
    controller.abort();
  }
}
