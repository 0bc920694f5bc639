import { describe, expect, it } from 'vitest';
import { csrfFromBodyPrefix, readBounded, readCsrfField } from '../../../src/lib/server/requestGuard';

const TOKEN = 'A'.repeat(20) + '-_' + 'b'.repeat(21);

function multipart(fields: [string, string][], extra = ''): { type: string; body: string } {
  const b = '----WebKitFormBoundaryX7d';
  const parts = fields.map(([n, v]) => `--${b}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join('');
  return { type: `multipart/form-data; boundary=${b}`, body: parts + extra + `--${b}--\r\n` };
}

describe('csrfFromBodyPrefix', () => {
  it('finds the token in a multipart form, as the admin definition form sends it', () => {
    const { type, body } = multipart([['csrf', TOKEN], ['json', '{"id":"ddci_42"}']]);
    expect(csrfFromBodyPrefix(type, body, true)).toBe(TOKEN);
    expect(csrfFromBodyPrefix(type.replace(/boundary=(.*)/, 'boundary="$1"'), body, true)).toBe(TOKEN);
  });

  it('ignores a part still arriving, and a field only named like csrf', () => {
    const { type, body } = multipart([['csrf', TOKEN]]);
    expect(csrfFromBodyPrefix(type, body.slice(0, body.indexOf(TOKEN) + 10), false)).toBeNull();
    const other = multipart([['csrf_x', TOKEN], ['note', 'name="csrf"']]);
    expect(csrfFromBodyPrefix(other.type, other.body, true)).toBeNull();
  });

  it('reads urlencoded forms, but not a value cut off at the end of the prefix', () => {
    const type = 'application/x-www-form-urlencoded';
    expect(csrfFromBodyPrefix(type, `csrf=${TOKEN}&on=on`, true)).toBe(TOKEN);
    expect(csrfFromBodyPrefix(type, `csrf=${TOKEN.slice(0, 10)}`, false)).toBeNull();
    expect(csrfFromBodyPrefix('text/plain', `csrf=${TOKEN}`, true)).toBeNull();
  });
});

describe('reading bodies', () => {
  it('finds the token at the start of a 20 MB multipart body without reading the rest, and the action still gets all of it', async () => {
    // The csrf part, then the start of a file part whose 20 MB follow.
    const { type, body } = multipart([['csrf', TOKEN], ['file', '']]);
    const head = body.slice(0, body.lastIndexOf('\r\n\r\n') + 4);
    let pulled = 0;
    const bigPart = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        if (sent === 0) c.enqueue(new TextEncoder().encode(head));
        else if (sent <= 20) c.enqueue(bigPart);
        else c.close();
        sent++;
      }
    });
    const request = new Request('http://x/quan-tri?/definition', { method: 'POST', body: stream, headers: { 'content-type': type }, duplex: 'half' } as RequestInit);
    expect(await readCsrfField(request)).toBe(TOKEN);
    expect(pulled).toBeLessThan(4);
    const all = await request.arrayBuffer();
    expect(all.byteLength).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('gives up after 64 KB when no token comes first', async () => {
    const { type, body } = multipart([['json', 'x'.repeat(200_000)], ['csrf', TOKEN]]);
    expect(await readCsrfField(new Request('http://x/', { method: 'POST', body, headers: { 'content-type': type } }))).toBeNull();
  });

  it('counts a body as it streams and stops at the limit', async () => {
    const small = await readBounded(new Request('http://x/', { method: 'POST', body: 'username=a&password=b' }), 16 * 1024);
    expect(new TextDecoder().decode(small!)).toBe('username=a&password=b');
    let chunks = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        chunks++;
        c.enqueue(new Uint8Array(8192));
      }
    });
    const req = new Request('http://x/', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    expect(await readBounded(req, 16 * 1024)).toBeNull();
    expect(chunks).toBeLessThan(5); // stopped reading at the limit
  });
});
