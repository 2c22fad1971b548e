/** IP echo: asks a service which address this client's requests come from (and, optionally, its network id). */
import type { IpAddress } from './cidr.js';
import { awaitModule } from './await-module.js';
import { fetchText } from './read-body.js';

/** An echo answer is a few dozen bytes; anything near this is not one. */
export const MAX_ECHO_BYTES = 16 * 1024;

/** What asking the echo service came to. Never an exception. */
export type EchoOutcome =
  | { kind: 'answered'; ip: string; address: IpAddress; networkId?: string }
  /** No usable answer, including an `ip` that is not an IP address. */
  | { kind: 'unreachable'; problem: string }
  /** No `ipEchoUrl` was given. */
  | { kind: 'not-configured' };

export type EchoRequestInit = { fetch: typeof fetch; signal: AbortSignal };

/** GETs `url` and reads the echoed address. Never rejects. */
export async function requestEcho(url: string, init: EchoRequestInit): Promise<EchoOutcome> {
  // Loaded while the request is under way, as held.ts loads its reader.
  const reader = import('./echo-response.js');
  reader.catch(() => undefined); // read below only when an answer arrives
  const answer = await fetchText(url, {
    ...init,
    who: 'the IP echo service',
    types: ['application/json'],
    maxBytes: MAX_ECHO_BYTES,
    init: { headers: { Accept: 'application/json' } },
  });
  if (!answer.ok) return { kind: 'unreachable', problem: answer.problem };
  const { response, text } = answer;
  if (!response.ok) return { kind: 'unreachable', problem: `the IP echo service answered HTTP ${response.status}` };
  const loaded = await awaitModule(reader, init.signal, 'IP echo reader');
  return typeof loaded === 'string' ? { kind: 'unreachable', problem: loaded } : loaded.parseEchoResponse(text);
}
