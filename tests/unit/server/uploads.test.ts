import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../../src/lib/server/uploads/displayFileName';
import { readLimited, TooLargeError } from '../../../src/lib/server/uploads/readLimited';
import { PendingUploads } from '../../../src/lib/server/uploads/pendingUploads';

function stream(chunks: number, size: number) {
  let sent = 0;
  let pulled = 0;
  const s = new ReadableStream<Uint8Array>({
    pull(c) {
      pulled++;
      if (sent >= chunks) return c.close();
      sent++;
      c.enqueue(new Uint8Array(size));
    }
  });
  return { s, pulled: () => pulled };
}

describe('upload plumbing', () => {
  it('never turns a file name into a path', () => {
    expect(displayFileName('../../x')).toBe('x');
    expect(displayFileName('C:\\Users\\a\\PCI 2015.csv')).toBe('PCI 2015.csv');
    expect(displayFileName('..')).toBe('tep-tai-len.csv');
    expect(displayFileName('a\u0000b\nc.csv')).toBe('abc.csv');
    expect(displayFileName(null)).toBe('tep-tai-len.csv');
    expect(displayFileName('x'.repeat(1000)).length).toBe(200);
  });

  it('keeps nothing past the limit, reads on (so the sender gets the answer) up to the drain limit, then cuts off', async () => {
    const big = stream(10_000, 64 * 1024); // would be 640 MB
    await expect(readLimited(big.s, 1024 * 1024)).rejects.toBeInstanceOf(TooLargeError);
    expect(big.pulled()).toBeLessThan(40);
    // 23 chunks of 1 MB against a 20 MB limit: read to the end, then refused in Vietnamese.
    const over = stream(23, 1024 * 1024);
    const e = await readLimited(over.s, 20 * 1024 * 1024, 64 * 1024 * 1024).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TooLargeError);
    expect(over.pulled()).toBe(24);
    expect((e as Error).message).toBe('Tệp quá lớn (23 MB): chỉ nhận tệp đến 20 MB. Hãy tách tệp theo năm hoặc theo chỉ số rồi tải lên lại.');
    // SvelteKit's own 413 (BODY_SIZE_LIMIT) while streaming becomes the same Vietnamese refusal.
    const refused = new ReadableStream<Uint8Array>({ start: (c) => c.error(Object.assign(new Error('Payload Too Large'), { status: 413 })) });
    await expect(readLimited(refused, 1024)).rejects.toThrow(/^Tệp quá lớn: chỉ nhận tệp đến/);
    const small = stream(3, 10);
    expect((await readLimited(small.s, 1024)).length).toBe(30);
    expect((await readLimited(null, 10)).length).toBe(0);
  });

  const base = { indexId: 'pci', fileName: 'a.csv', observations: [], issues: [], baseVersionId: 1, keep: [], aliases: [] };
  const put = (store: PendingUploads, userId: number, size: number, now = 1000) => {
    const r = store.put({ ...base, userId, bytes: new Uint8Array(size) }, now);
    if (!r.ok) throw new Error(r.message);
    return r.entry;
  };

  it('hands a preview back only to the user who made it, once, and forgets old ones', () => {
    const store = new PendingUploads();
    const p = put(store, 7, 1);
    expect(store.take(p.id, 8, 1000)).toBeNull();
    expect(store.take(p.id, 7, 1000)?.fileName).toBe('a.csv');
    expect(store.take(p.id, 7, 1000)).toBeNull();
    const old = put(store, 7, 1);
    expect(store.take(old.id, 7, 1000 + 11 * 60 * 1000)).toBeNull();
    expect(store.bytesHeld()).toBe(0);
  });

  it("one editor's previews never evict another's; the total is bounded in bytes (issue 13)", () => {
    const MB = 1024 * 1024;
    const store = new PendingUploads({ ttlMs: 10 * 60 * 1000, perUserCount: 3, perUserBytes: 40 * MB, totalBytes: 60 * MB });
    const b = put(store, 2, 19 * MB);
    // Editor 1 previews 50 files of 19 MB: only their own oldest make way.
    const mine = Array.from({ length: 50 }, () => put(store, 1, 19 * MB));
    expect(store.get(b.id, 2, 1000)).not.toBeNull();
    expect(mine.filter((p) => store.get(p.id, 1, 1000)).length).toBe(2);
    expect(store.bytesHeld()).toBeLessThanOrEqual(60 * MB);
    // A third editor is refused while the total is full, in Vietnamese; nobody's preview is dropped for them.
    const r = store.put({ ...base, userId: 3, bytes: new Uint8Array(19 * MB) }, 1000);
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toContain('thử lại sau ít phút');
    expect(store.take(b.id, 2, 1000)).not.toBeNull();
    // A single preview over the per-user budget is refused outright.
    expect(store.put({ ...base, userId: 3, bytes: new Uint8Array(41 * MB) }, 1000).ok).toBe(false);
  });
});
