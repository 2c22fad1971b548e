/** IP echo: asks a service which address this client's requests come from (and, optionally, its network id). */
import { parseIp, type IpAddress } from './cidr.js';
import { cancelBody, describe, mediaType, readLimitedText } from './read-body.js';

/** An echo answer is a few dozen bytes; anything near this is not one. */
export const MAX_ECHO_BYTES = 16 * 1024;
const MAX_NETWORK_ID_LENGTH = 200;

/** What asking the echo service came to. Never an exception. */
export type EchoOutcome =
  | { kind: 'answered'; ip: string; address: IpAddress; networkId?: string }
  /** No usable answer, including an `ip` that is not an IP address. */
  | { kind: 'unreachable'; problem: string }
  /** No `ipEchoUrl` was given. */
  | { kind: 'not-configured' };

/** Reads `{"ip": "…", "networkId"?: "…"}`; anything else is `unreachable` with the reason. */
export function parseEchoResponse(text: string): EchoOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreachable', problem: 'the IP echo answer is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'unreachable', problem: 'the IP echo answer is not a JSON object' };
  }
  const { ip, networkId } = value as { ip?: unknown; networkId?: unknown };
  const address = typeof ip === 'string' ? parseIp(ip) : null;
  if (typeof ip !== 'string' || address === null) {
    return { kind: 'unreachable', problem: 'the IP echo answer has no valid "ip"' };
  }
  const outcome: EchoOutcome = { kind: 'answered', ip: ip.trim(), address };
  if (typeof networkId === 'string') {
    // Ids with control characters or of absurd length are ignored: the IP still counts.
    const id = networkId.trim();
    if (id && id.length <= MAX_NETWORK_ID_LENGTH && !/[\p{Cc}]/u.test(id)) outcome.networkId = id;
  }
  return outcome;
}

export type EchoRequestInit = { fetch: typeof fetch; signal: AbortSignal };

/** GETs `url` and reads the echoed address. Never rejects. */
export async function requestEcho(url: string, init: EchoRequestInit): Promise<EchoOutcome> {
  let response: Response;
  try {
    // Called unbound: window.fetch throws 'Illegal invocation' when `this` is not the window.
    const fetchFn = init.fetch;
    response = await fetchFn(url, {
      headers: { Accept: 'application/json' },
      signal: init.signal,
      cache: 'no-store',
      // The echoed address decides "trusted": it must come from the configured service.
      redirect: 'error',
    });
  } catch (error) {
    if (init.signal.aborted) return { kind: 'unreachable', problem: 'the IP echo service did not answer in time' };
    return { kind: 'unreachable', problem: `the IP echo service could not be reached (${describe(error)})` };
  }
  const type = mediaType(response);
  if (!response.ok || type !== 'application/json') {
    await cancelBody(response);
    return { kind: 'unreachable', problem: `the IP echo service answered HTTP ${response.status} '${type || 'no content type'}'` };
  }
  const body = await readLimitedText(response, MAX_ECHO_BYTES);
  if (!body.ok) return { kind: 'unreachable', problem: `the IP echo answer was refused: ${body.problem}` };
  return parseEchoResponse(body.text);
}
