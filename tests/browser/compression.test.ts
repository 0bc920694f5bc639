// Compression on the wire, against the built server (`scripts/server.mjs`): what a browser with brotli or
// gzip receives, and what a client that asks for no encoding receives (the plain bytes).
import { describe, expect, it } from 'vitest';
import http from 'node:http';
import zlib from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer, type Server } from './harness';
import { afterAll, beforeAll } from 'vitest';
import { dataTable } from '../helpers/dataFile';

interface Got {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
/** A GET with exactly the Accept-Encoding given (node:http adds none of its own), body as received. */
function get(base: string, path: string, acceptEncoding?: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    http
      .get(base + path, { headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d) => parts.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on('error', reject);
  });
}
const decode = (g: Got) =>
  g.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(g.body) : g.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(g.body) : g.body;

let server: Server;
let html = '';
let modulepreloads: string[] = [];
beforeAll(async () => {
  server = await startServer();
  const page = await get(server.url, '/xep-hang?nam=2015');
  html = page.body.toString();
  modulepreloads = [...String(page.headers.link).matchAll(/<\.?\/?(_app\/immutable\/[^>]+\.js)>; rel="modulepreload"/g)].map((m) => m[1]);
});
afterAll(() => server?.stop());

/** The first view's own files, read from its HTML: its largest JS chunk, a stylesheet, the data CSV. */
async function firstViewUrls() {
  const sizes = await Promise.all(modulepreloads.map(async (u) => (await get(server.url, `/${u}`)).body.length));
  const js = modulepreloads[sizes.indexOf(Math.max(...sizes))];
  // The page inlines its CSS (kit.inlineStyleThreshold); the files stay for client-side navigation.
  const assets = path.join(process.env.CHISO_BUILD_OUT ?? 'build', 'client/_app/immutable/assets');
  const cssFile = readdirSync(assets).filter((f) => f.endsWith('.css')).sort((a, b) => statSync(path.join(assets, b)).size - statSync(path.join(assets, a)).size)[0];
  const css = cssFile && `_app/immutable/assets/${cssFile}`;
  const data = html.match(/\/api\/data\/[0-9a-f]{16}\.arrow/)?.[0];
  expect(js && css && data, 'the page names its JS, CSS and data file').toBeTruthy();
  return { js: `/${js}`, css: `/${css}`, data: data!, html: '/xep-hang?nam=2015', json: '/api/view/ranking?nam=2015' };
}

describe('compression on the wire', () => {
  it('sends the JS chunk, CSS, HTML page, data file and view JSON brotli-compressed to a browser that accepts br', async () => {
    const urls = await firstViewUrls();
    for (const [what, url] of Object.entries(urls)) {
      const br = await get(server.url, url, 'gzip, deflate, br, zstd');
      const plain = await get(server.url, url);
      expect(br.status, what).toBe(200);
      expect(br.headers['content-encoding'], what).toBe('br');
      expect(String(br.headers.vary).toLowerCase(), what).toContain('accept-encoding');
      // Same content once decoded, and several times smaller on the wire.
      expect(decode(br).equals(plain.body), what).toBe(true);
      expect(br.body.length, what).toBeLessThan(plain.body.length / 2.5);
      if (br.headers['content-length']) expect(Number(br.headers['content-length']), what).toBe(br.body.length);
    }
  });

  it('sends gzip to a client that accepts gzip only', async () => {
    const urls = await firstViewUrls();
    for (const [what, url] of Object.entries(urls)) {
      const gz = await get(server.url, url, 'gzip');
      expect(gz.headers['content-encoding'], what).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).length, what).toBeGreaterThan(gz.body.length);
    }
  });

  it('sends the plain bytes, with their length, to a client that asks for no encoding', async () => {
    const urls = await firstViewUrls();
    for (const [what, url] of Object.entries(urls)) {
      for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
        const got = await get(server.url, url, accept);
        expect(got.status, what).toBe(200);
        expect(got.headers['content-encoding'], `${what} with ${accept}`).toBeUndefined();
        if (got.headers['content-length']) expect(Number(got.headers['content-length']), what).toBe(got.body.length);
      }
    }
    const plain = await get(server.url, urls.html);
    expect(plain.body.toString()).toContain('Xếp hạng PCI 2015');
    const data = await get(server.url, urls.data);
    // The plain data file: an Arrow stream (server/observationsArrow.ts) holding the published figures.
    expect(data.headers['content-type']).toBe('application/vnd.apache.arrow.stream');
    expect(dataTable(data.body).find((r) => r.unit_code === '42' && r.index_id === 'pci' && r.year === '2015' && r.indicator === 'total')).toMatchObject({ unit_name: 'Hà Tĩnh', value: '57.2', rank: '45' });
  });

  it('serves the DuckDB wasm precompressed, with its type and an immutable cache', async () => {
    const wasm = html.match(/_app\/immutable\/assets\/duckdb-eh\.[\w-]+\.wasm/)?.[0];
    expect(wasm, 'the page names the wasm (its head script starts DuckDB)').toBeTruthy();
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get(`${server.url}/${wasm}`, { headers: { 'accept-encoding': 'br' } }, resolve));
    res.resume();
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(Number(res.headers['content-length'])).toBeLessThan(10_000_000);
  });
});
