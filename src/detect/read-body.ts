/** Reads an HTTP response body as UTF-8 text without ever holding more than a byte limit. */

export type BodyResult = { ok: true; text: string } | { ok: false; problem: string };

/** The media type of a response, lower case, without parameters (`'application/held+xml'`). */
export function mediaType(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Reads `response`'s body, refusing it (and cancelling the download) as soon as it is
 * known to exceed `maxBytes`: by `Content-Length`, or while streaming, since a hostile or
 * broken server may send no length or a false one. Never throws; an aborted or broken
 * stream is a problem value.
 */
export async function readLimitedText(response: Response, maxBytes: number): Promise<BodyResult> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await cancelBody(response);
    return { ok: false, problem: `the body is ${declared} bytes, over the ${maxBytes}-byte limit` };
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: `the body exceeds the ${maxBytes}-byte limit` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, problem: `the body could not be read (${describe(error)})` };
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'the body is not valid UTF-8' };
  }
}

/** Drops a body that will not be read, so the connection is freed; never rejects. */
export async function cancelBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** A short description of a thrown value, for problem messages. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
