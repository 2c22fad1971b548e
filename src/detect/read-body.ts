/** The one request path of HELD and the IP echo: fetch, check the media type, read the body within a byte limit. */

export type TextRequest = {
  fetch: typeof fetch;
  /** Aborting it ends the request; the answer is then "not in time". */
  signal: AbortSignal;
  /** The service, as problems name it: 'the LIS', 'the IP echo service'. */
  who: string;
  /** Accepted media types; the first is the one the protocol requires. */
  types: readonly string[];
  maxBytes: number;
  init?: RequestInit;
};

export type TextAnswer = { ok: true; text: string; response: Response } | { ok: false; problem: string };

/** Asks `url` and reads its answer as text; never rejects, every failure is a problem naming the service. */
export async function fetchText(url: string, request: TextRequest): Promise<TextAnswer> {
  const { who, signal } = request;
  let response: Response;
  try {
    // Called unbound: window.fetch throws 'Illegal invocation' when `this` is not the window.
    const fetchFn = request.fetch;
    response = await fetchFn(url, {
      ...request.init,
      signal,
      cache: 'no-store',
      // The answer decides where a caller is: it must come from the service the
      // administrator configured, not from wherever a (possibly hijacked) answer points.
      redirect: 'error',
    });
  } catch (error) {
    return { ok: false, problem: signal.aborted ? `${who} did not answer in time` : `${who} could not be reached (${describe(error)})` };
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!request.types.includes(type)) {
    await response.body?.cancel().catch(() => undefined);
    const status = response.ok ? '' : `HTTP ${response.status}, `;
    return { ok: false, problem: `${who} answered ${status}'${type || 'no content type'}', not ${request.types[0]}` };
  }
  const body = await readLimitedText(response, request.maxBytes);
  if (typeof body === 'string') return { ok: true, text: body, response };
  return { ok: false, problem: signal.aborted ? `${who} did not finish its answer in time` : `the answer of ${who} was refused: ${body.problem}` };
}

/**
 * Reads `response`'s body, refusing it (and cancelling the download) as soon as it is
 * known to exceed `maxBytes`: by `Content-Length`, or while streaming, since a hostile or
 * broken server may send no length or a false one. Never throws.
 */
async function readLimitedText(response: Response, maxBytes: number): Promise<string | { problem: string }> {
  const declared = Number(response.headers.get('content-length'));
  const reader = response.body?.getReader();
  if (declared > maxBytes) {
    await reader?.cancel().catch(() => undefined);
    return { problem: `the body is ${declared} bytes, over the ${maxBytes}-byte limit` };
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      received += chunk.value.byteLength;
      if (received > maxBytes) {
        await reader!.cancel().catch(() => undefined);
        return { problem: `the body exceeds the ${maxBytes}-byte limit` };
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    return { problem: `the body could not be read (${describe(error)})` };
  }
  try {
    // `fatal`: a body that is not UTF-8 is refused, not read with replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
  } catch {
    return { problem: 'the body is not valid UTF-8' };
  }
}

/** A short description of a thrown value, for problem messages. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
