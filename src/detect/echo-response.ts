/** Reads an IP echo answer: loaded by ip-echo.ts while its request is under way, with the address parser it needs. */
import { parseIp } from './cidr.js';
import type { EchoOutcome } from './ip-echo.js';

const unreachable = (problem: string): EchoOutcome => ({ kind: 'unreachable', problem: `the IP echo answer ${problem}` });

/** Reads `{"ip": "…", "networkId"?: "…"}`; anything else is `unreachable` with the reason. */
export function parseEchoResponse(text: string): EchoOutcome {
  let value: { ip?: unknown; networkId?: unknown } | null;
  try {
    value = JSON.parse(text);
  } catch {
    return unreachable('is not JSON');
  }
  if (typeof value !== 'object' || !value || Array.isArray(value)) return unreachable('is not a JSON object');
  const { ip, networkId } = value;
  const address = typeof ip === 'string' && parseIp(ip);
  if (!address) return unreachable('has no valid "ip"');
  const outcome: EchoOutcome = { kind: 'answered', ip: (ip as string).trim(), address };
  // Ids with control characters or of absurd length are ignored: the IP still counts.
  const id = typeof networkId === 'string' && networkId.trim();
  if (id && id.length <= 200 && !/\p{Cc}/u.test(id)) outcome.networkId = id;
  return outcome;
}
