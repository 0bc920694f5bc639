import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../../src/lib/server/uploads/displayFileName';
import { readLimited, TooLargeError } from '../../../src/lib/server/uploads/readLimited';
import { putPending, takePending } from '../../../src/lib/server/uploads/pendingUploads';

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

  it('stops reading a huge body as soon as it passes the limit', async () => {
    const big = stream(10_000, 64 * 1024); // would be 640 MB
    await expect(readLimited(big.s, 1024 * 1024)).rejects.toBeInstanceOf(TooLargeError);
    expect(big.pulled()).toBeLessThan(40);
    const small = stream(3, 10);
    expect((await readLimited(small.s, 1024)).length).toBe(30);
    expect((await readLimited(null, 10)).length).toBe(0);
  });

  it('hands a preview back only to the user who made it, once, and forgets old ones', () => {
    const base = { indexId: 'pci', fileName: 'a.csv', bytes: new Uint8Array(1), observations: [], issues: [], baseVersionId: 1 };
    const p = putPending({ ...base, userId: 7 }, 1000);
    expect(takePending(p.id, 8, 1000)).toBeNull();
    expect(takePending(p.id, 7, 1000)?.fileName).toBe('a.csv');
    expect(takePending(p.id, 7, 1000)).toBeNull();
    const old = putPending({ ...base, userId: 7 }, 1000);
    expect(takePending(old.id, 7, 1000 + 31 * 60 * 1000)).toBeNull();
  });
});
