// Reads a request body while it streams in. Past the limit it keeps nothing, but goes on reading (up
// to `drainUpTo`) so the browser finishes sending and receives the Vietnamese refusal: a server that
// stops reading mid-upload leaves the browser with "Failed to fetch" (issue 11). Beyond `drainUpTo` it
// cancels, and a 2 GB upload is cut off there.
import { tooLargeMessage } from '../../import/limits';

export class TooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly received: number | null = null
  ) {
    super(tooLargeMessage(received, limit));
  }
}

/** SvelteKit's own refusal (BODY_SIZE_LIMIT, or a body longer than its Content-Length) while streaming. */
export function isPayloadTooLarge(e: unknown): boolean {
  return typeof e === 'object' && e != null && (e as { status?: unknown }).status === 413;
}

export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number, drainUpTo = limit): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (e) {
      if (isPayloadTooLarge(e)) throw new TooLargeError(limit, size > limit ? size : null);
      throw e;
    }
    if (next.done) break;
    size += next.value.byteLength;
    if (size > drainUpTo) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(limit, size);
    }
    if (size <= limit) chunks.push(next.value);
  }
  if (size > limit) throw new TooLargeError(limit, size);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
