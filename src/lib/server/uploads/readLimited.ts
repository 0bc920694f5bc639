// Reads a request body while it streams in, stopping as soon as it passes the limit:
// a 2 GB upload is refused after 20 MB, not after it has filled the memory.
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Tệp vượt quá giới hạn ${Math.round(limit / 1024 / 1024)} MB.`);
  }
}

export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
