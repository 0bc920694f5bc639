// The built server under hostile requests: malformed URLs, big anonymous bodies, and the logout cookie.
// Raw HTTP (node:net / node:http), no browser: what an attacker sends is not what a browser would.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from './harness';

const ADMIN = { user: 'quantri', pass: randomBytes(12).toString('base64url') };
let server: Server;
let port: number;
beforeAll(async () => {
  server = await startServer({ CHISO_ADMIN_USER: ADMIN.user, CHISO_ADMIN_PASSWORD: ADMIN.pass });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.stop());

/** Sends raw bytes, returns the status line (or '' if the connection closed without one). */
function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let got = '';
    s.setTimeout(10_000, () => s.destroy());
    s.on('data', (d) => {
      got += d.toString('latin1');
      if (got.includes('\r\n')) s.destroy();
    });
    s.on('close', () => resolve(got.split('\r\n')[0]));
    s.on('error', () => {});
    // write, not end: a half-closed socket may be dropped before an async handler answers.
    s.write(request);
  });
}

const get = (path: string, extraHeaders = '') => raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`);
const status = (line: string) => Number(line.split(' ')[1]);

const HOSTILE_PATHS = [
  '/_app/immutable/assets/%ff.wasm',
  '/_app/immutable/assets/%E0%A4%A.wasm',
  '/_app/immutable/assets/%.wasm',
  '/_app/immutable/assets/..%2f..%2f..%2fpackage.json%00.wasm',
  '/_app/immutable/assets/%c0%ae%c0%ae%2fx.wasm',
  '/%ff',
  '/%',
  '/xep-hang%ff',
  '/xep-hang?chiso=%ff&nam=%',
  '/tinh/%E0%A4%A',
  '/api/view/tinh/%ff',
  '/api/view/ranking?chiso=%zz',
  '/api/data/%ff.csv',
  '/api/answers/%ff.json',
  '/api/answers/..%2f..%2fpackage.json',
  '/api/answers/0000000000000000.json',
  '/dang-nhap?next=%ff',
  '//%ff',
  '/%00',
  '/..%5c..%5cetc%5cpasswd'
];

describe('malformed requests never stop the server', () => {
  it('answers every hostile path with a 4xx (or a page), then still serves', async () => {
    for (const p of HOSTILE_PATHS) {
      const line = await get(p);
      expect(status(line), `${p} → ${line}`).toBeGreaterThanOrEqual(200);
      expect(status(line), `${p} → ${line}`).toBeLessThan(500);
      expect(server.proc.exitCode, `after ${p}`).toBeNull();
    }
    expect(status(await get('/_app/immutable/assets/%ff.wasm'))).toBe(400);
    // Odd methods, headers and request lines.
    const odd = [
      `FOO /xep-hang HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      `GET /_app/immutable/assets/x.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: ${'br,'.repeat(2000)}\r\nConnection: close\r\n\r\n`,
      `GET /xep-hang HTTP/1.1\r\nHost: x\r\nCookie: chiso_session=%ff%ff\r\nConnection: close\r\n\r\n`,
      `POST /dang-nhap HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n`,
      `GET http://evil.example/%ff.wasm HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      `GET /xep-hang HTTP/1.1\r\nHost: %ff\r\nConnection: close\r\n\r\n`,
      `GET /\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      `garbage\r\n\r\n`
    ];
    for (const r of odd) {
      const line = await raw(r);
      if (line) expect(status(line), `${JSON.stringify(r.slice(0, 60))} → ${line}`).toBeLessThan(500);
      expect(server.proc.exitCode).toBeNull();
    }
    const res = await fetch(`${server.url}/xep-hang?chiso=pci&nam=2015`);
    expect(res.status).toBe(200);
  });
});

const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.proc.pid}/status`, 'utf8'))![1]) / 1024;

/**
 * POSTs `mb` megabytes of form body, as Content-Length or chunked, and resolves with the status. After the
 * first 64 KB it waits a moment for an early answer (a server that refuses unread answers then); a server
 * that reads everything gets the whole body. -1 when the connection broke with no answer.
 */
function bigPost(path: string, mb: number, chunked: boolean): Promise<number> {
  return new Promise((resolve) => {
    const total = mb * 1024 * 1024;
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, accept: 'text/html' };
    if (!chunked) headers['content-length'] = String(total);
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers, agent: false });
    const first = Buffer.from('username=x&password=' + 'a'.repeat(64 * 1024 - 20));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', () => answered || resolve(-1));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.write(first);
    sent = first.length;
    setTimeout(pump, 300);
  });
}

describe('large anonymous bodies are refused before they are read', () => {
  it('answers 413 or 403 in Vietnamese, and 16 posts of 14 MB leave memory where it was', async () => {
    await fetch(`${server.url}/dang-nhap`); // warm
    const before = rssMb();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(await bigPost('/dang-nhap', 14, false));
      statuses.push(await bigPost('/dang-nhap', 14, true));
      statuses.push(await bigPost('/xep-hang', 14, false));
      statuses.push(await bigPost('/quan-tri?/createUser', 14, true));
    }
    const after = rssMb();
    expect(statuses.filter((s) => s === 413 || s === 403)).toHaveLength(statuses.length);
    expect(statuses).toContain(413);
    // Reading even one body whole would add more than its 14 MB.
    expect(after - before).toBeLessThan(40);
    const res = await fetch(`${server.url}/dang-nhap`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'password=' + 'a'.repeat(20_000)
    });
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/quá lớn/);
    expect(server.proc.exitCode).toBeNull();
  });

  it('a normal login still works after the guard', async () => {
    const res = await fetch(`${server.url}/dang-nhap`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: ADMIN.user, password: ADMIN.pass }).toString()
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/chiso_session=/);
  });
});

describe('logout over plain http', () => {
  it('deletes the session cookie without Secure, as it was set', async () => {
    const login = await fetch(`${server.url}/dang-nhap`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: ADMIN.user, password: ADMIN.pass }).toString()
    });
    const set = login.headers.get('set-cookie')!;
    expect(set).not.toMatch(/;\s*secure/i);
    const cookie = set.split(';')[0];
    const page = await (await fetch(`${server.url}/tai-khoan`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1];
    const out = await fetch(`${server.url}/dang-xuat`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `csrf=${encodeURIComponent(csrf)}`
    });
    expect(out.status).toBe(303);
    const del = out.headers.get('set-cookie')!;
    expect(del).toMatch(/chiso_session=;/);
    expect(del).toMatch(/Max-Age=0/i);
    expect(del).not.toMatch(/;\s*secure/i);
  });
});

describe('anonymous pages and view models are cached per data version', () => {
  it('the second anonymous request is answered from the cache, the same bytes, whatever the parameter order', async () => {
    const a = await fetch(`${server.url}/api/view/ranking?chiso=pci&nam=2015`);
    const b = await fetch(`${server.url}/api/view/ranking?nam=2015&chiso=pci`);
    expect(b.headers.get('x-page-cache')).toBe('hit');
    expect(await b.text()).toBe(await a.text());
    const other = await fetch(`${server.url}/api/view/ranking?chiso=pci&nam=2014`);
    expect(other.headers.get('x-page-cache')).toBe('miss');
    await fetch(`${server.url}/xep-hang?chiso=pci&nam=2015`);
    const page = await fetch(`${server.url}/xep-hang?nam=2015&chiso=pci`);
    expect(page.headers.get('x-page-cache')).toBe('hit');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('a signed-in reader is never served the anonymous page; their views still come from the view cache', async () => {
    const login = await fetch(`${server.url}/dang-nhap`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: ADMIN.user, password: ADMIN.pass }).toString()
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    await fetch(`${server.url}/xep-hang?chiso=pci&nam=2015`);
    const mine = await fetch(`${server.url}/xep-hang?chiso=pci&nam=2015`, { headers: { cookie } });
    expect(mine.headers.get('x-page-cache')).toBeNull();
    expect(await mine.text()).toContain(ADMIN.user);
    await fetch(`${server.url}/api/view/ranking?chiso=pci&nam=2013`, { headers: { cookie } });
    const view = await fetch(`${server.url}/api/view/ranking?nam=2013&chiso=pci`, { headers: { cookie } });
    expect(view.headers.get('x-page-cache')).toBeNull();
    expect(view.headers.get('x-view-cache')).toBe('hit');
  });
});
