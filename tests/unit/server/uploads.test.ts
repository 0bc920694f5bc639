import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../../src/lib/server/uploads/displayFileName';
import { readLimited, TooLargeError } from '../../../src/lib/server/uploads/readLimited';

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
});
