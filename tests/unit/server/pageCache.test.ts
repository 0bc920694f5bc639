// Whole anonymous responses cached per data version (issue 13): what is cached, how it is keyed, that
// fifty cold readers cause one render, and that a new data version empties it. The data version is the
// one thing stubbed: here it is a variable the test moves, as a commit would.
import zlib from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';

let versionKey = 'v1';
vi.mock('../../../src/lib/server/serverDb', () => ({ serverData: async () => ({ versionKey }) }));
const { cachedPage, isCacheableRequest, pageKey } = await import('../../../src/lib/server/pageCache');

const event = (path: string, init: { session?: boolean; method?: string; enc?: string } = {}) => {
  const url = new URL(`http://127.0.0.1${path}`);
  return {
    url,
    request: new Request(url, { method: init.method ?? 'GET', headers: { 'accept-encoding': init.enc ?? 'br, gzip' } }),
    locals: { session: init.session ? ({ id: 's' } as never) : null, user: null }
  } as never;
};

let renders = 0;
const page = (body = `<html>trang ${versionKey}</html>`, init: ResponseInit = {}) => async () => {
  renders++;
  await new Promise((r) => setTimeout(r, 5));
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });
};
const text = async (r: Response) => {
  const bytes = Buffer.from(await r.arrayBuffer());
  const enc = r.headers.get('content-encoding');
  return (enc === 'br' ? zlib.brotliDecompressSync(bytes) : enc === 'gzip' ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
};

beforeEach(() => {
  renders = 0;
  versionKey = `v${Math.random()}`; // a fresh version per test: an empty cache
});

describe('which requests are cached', () => {
  it('anonymous GETs of the data pages and their views only', () => {
    for (const p of ['/xep-hang?chiso=pci&nam=2015', '/tinh/ha-tinh', '/tinh-moi/tuyen-quang', '/xu-huong', '/vung', '/ddci', '/don-vi/42:so-noi-vu', '/api/view/ranking?chiso=pci', '/api/view/tinh/ha-tinh'])
      expect(isCacheableRequest(event(p)), p).toBe(true);
    // Plans, reports, uploads, decks and admin pages change without a data version; signed-in pages carry the user.
    for (const p of ['/ke-hoach', '/ke-hoach/002', '/api/view/ke-hoach', '/bao-cao', '/tai-len', '/lich-su', '/quan-tri', '/trinh-chieu/1', '/api/plans/unit/42'])
      expect(isCacheableRequest(event(p)), p).toBe(false);
    expect(isCacheableRequest(event('/xep-hang', { session: true }))).toBe(false);
    expect(isCacheableRequest(event('/xep-hang', { method: 'POST' }))).toBe(false);
  });

  it('keys by path and parameters, whatever their order', () => {
    expect(pageKey(new URL('http://x/xep-hang?nam=2015&chiso=pci'))).toBe(pageKey(new URL('http://x/xep-hang?chiso=pci&nam=2015')));
    expect(pageKey(new URL('http://x/xep-hang?chiso=pci&nam=2014'))).not.toBe(pageKey(new URL('http://x/xep-hang?chiso=pci&nam=2015')));
  });
});

describe('cachedPage', () => {
  it('renders once per data version, answers the rest from memory, compressed as asked', async () => {
    const a = await cachedPage(event('/xep-hang?chiso=pci&nam=2015'), page());
    expect(a.headers.get('x-page-cache')).toBe('miss');
    const b = await cachedPage(event('/xep-hang?nam=2015&chiso=pci', { enc: 'gzip' }), page());
    expect(b.headers.get('x-page-cache')).toBe('hit');
    expect(b.headers.get('content-encoding')).toBe('gzip');
    const c = await cachedPage(event('/xep-hang?chiso=pci&nam=2015', { enc: 'identity' }), page());
    expect(c.headers.get('content-encoding')).toBeNull();
    expect(await text(a)).toBe(`<html>trang ${versionKey}</html>`);
    expect(await text(b)).toBe(await text(c));
    expect(renders).toBe(1);
  });

  it('fifty readers of one cold page cause one render', async () => {
    const all = await Promise.all(Array.from({ length: 50 }, () => cachedPage(event('/tinh/ha-tinh'), page())));
    expect(renders).toBe(1);
    expect(new Set(await Promise.all(all.map(text))).size).toBe(1);
  });

  it('a commit (a new data version) empties it: the next reader sees the new data', async () => {
    await cachedPage(event('/tinh/ha-tinh'), page());
    const before = versionKey;
    versionKey = `${before}-sau-commit`;
    const r = await cachedPage(event('/tinh/ha-tinh'), page());
    expect(r.headers.get('x-page-cache')).toBe('miss');
    expect(await text(r)).toBe(`<html>trang ${before}-sau-commit</html>`);
    expect(renders).toBe(2);
  });

  it('never keeps an error, a redirect or a response that sets a cookie', async () => {
    const inits: ResponseInit[] = [{ status: 500 }, { status: 303, headers: { location: '/x', 'content-type': 'text/html' } }, { headers: { 'content-type': 'text/html', 'set-cookie': 'a=b' } }];
    for (const init of inits) {
      renders = 0;
      versionKey = `v${Math.random()}`;
      await cachedPage(event('/vung'), page('<html>x</html>', init));
      const again = await cachedPage(event('/vung'), page('<html>x</html>', init));
      expect(again.headers.get('x-page-cache'), JSON.stringify(init)).toBeNull();
      expect(renders).toBe(2);
    }
  });
});
