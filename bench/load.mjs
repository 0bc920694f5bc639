#!/usr/bin/env node
// Load test (not part of `npm test`): starts the built server on 127.0.0.1, then N keep-alive clients
// each request one page in a loop for a fixed time. Prints requests/s, p50, p99 and the server's RSS.
//
//   node bench/load.mjs [--clients 50] [--seconds 10] [--url /xep-hang?chiso=pci&nam=2015 ...]
//   LOAD_BUILD=build-dir node bench/load.mjs     (which build to serve; default build/)
//   --no-upload                                  (skip the last table: a page while an editor uploads worst-case files)
//
// Bounded on purpose: loopback only, at most 200 clients and 60 s per page.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const CLIENTS = Math.min(200, Math.max(1, Number(arg('clients', 50))));
const SECONDS = Math.min(60, Math.max(1, Number(arg('seconds', 10))));
const WARMUP_MS = 1500;
const urls = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--url' ? [a] : []));
const PAGES = urls.length ? urls : ['/xep-hang?chiso=pci&nam=2015', '/tinh/ha-tinh'];

const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chiso-load-'));
const ADMIN = { user: 'taitai', pass: `tai-${process.pid}-${Date.now()}-mat-khau` };
const UPLOADS = !process.argv.includes('--no-upload');
const server = spawn(process.execPath, ['scripts/server.mjs'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ORIGIN: `http://127.0.0.1:${port}`,
    CHISO_DATA_DIR: dataDir,
    CHISO_ADMIN_USER: ADMIN.user,
    CHISO_ADMIN_PASSWORD: ADMIN.pass,
    CHISO_BUILD_OUT: process.env.LOAD_BUILD ?? process.env.CHISO_BUILD_OUT ?? 'build'
  },
  stdio: ['ignore', 'ignore', 'inherit']
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', stop);

const rssMb = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
function get(pathname) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    // As a browser asks: compressed.
    const req = http.get({ host: '127.0.0.1', port, path: pathname, agent, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ok: res.statusCode === 200, ms: performance.now() - t0 }));
    });
    req.on('error', () => resolve({ ok: false, ms: performance.now() - t0 }));
  });
}

let up = false;
for (let i = 0; i < 300 && !up && server.exitCode == null; i++) {
  up = (await get('/xep-hang')).ok;
  if (!up) await new Promise((r) => setTimeout(r, 100));
}
if (!up) {
  console.error('The server did not start: is the build there (npm run build)?');
  process.exit(1);
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const rows = [];
console.log(`${CLIENTS} keep-alive clients, ${SECONDS} s per page, server on 127.0.0.1 (build: ${process.env.LOAD_BUILD ?? 'build'})`);
console.log(`RSS after start: ${rssMb()} MB`);
/** `clients` keep-alive readers of `page` for `seconds`: requests/s, p50, p99, max, errors, RSS. */
async function measure(page, clients, seconds) {
  const times = [];
  let errors = 0;
  const t0 = performance.now();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const r = await get(page);
        if (r.ok) times.push(r.ms);
        else errors++;
      }
    })
  );
  const elapsed = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return {
    'req/s': Math.round(times.length / elapsed),
    'p50 ms': Math.round(pct(times, 50)),
    'p99 ms': Math.round(pct(times, 99)),
    'max ms': Math.round(times.at(-1) ?? NaN),
    errors
  };
}

for (const page of PAGES) {
  const rssBefore = rssMb();
  // Warm-up: the first requests load the data into the server's DuckDB.
  const warmEnd = Date.now() + WARMUP_MS;
  await Promise.all(Array.from({ length: Math.min(CLIENTS, 8) }, async () => {
    while (Date.now() < warmEnd) await get(page);
  }));
  const rssWarm = rssMb();
  const m = await measure(page, CLIENTS, SECONDS);
  rows.push({ page, ...m, 'RSS MB before': rssBefore, 'after warm-up': rssWarm, after: rssMb() });
}
console.table(rows);

// Readers while one editor uploads the worst files the preview accepts, one after another: a 19 MB CSV
// (the shipped PCI file repeated: every row a duplicate, so every row an error) and a 15 MB province name.
// Parsing runs in a worker thread; the pages should keep their latency.
if (UPLOADS) {
  const post = (pathname, body, headers) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.request({ host: '127.0.0.1', port, path: pathname, method: 'POST', headers: { origin: `http://127.0.0.1:${port}`, ...headers } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }));
      });
      req.on('error', (e) => resolve({ status: 0, body: String(e), ms: performance.now() - t0 }));
      req.end(body);
    });
  const login = await post('/dang-nhap', new URLSearchParams({ username: ADMIN.user, password: ADMIN.pass }).toString(), {
    accept: 'text/html',
    'content-type': 'application/x-www-form-urlencoded'
  });
  const cookie = String(login.headers?.['set-cookie'] ?? '').split(';')[0];
  const account = await new Promise((resolve) =>
    http.get({ host: '127.0.0.1', port, path: '/tai-khoan', headers: { cookie } }, (res) => {
      let b = '';
      res.on('data', (c) => (b += c));
      res.on('end', () => resolve(b));
    })
  );
  const csrf = /name="csrf" value="([^"]+)"/.exec(account)?.[1];
  if (!cookie || !csrf) {
    console.error('Could not sign in as the load test admin; skipping the upload table.');
  } else {
    const shipped = readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8');
    const [header, ...body] = shipped.trimEnd().split('\n');
    const lines = [header];
    for (let size = header.length; size < 19 * 1024 * 1024; ) for (const l of body) { lines.push(l); size += l.length + 1; }
    const files = [
      { name: 'pci-19mb.csv', bytes: Buffer.from(lines.join('\n')) },
      { name: 'ten-15mb.csv', bytes: Buffer.from(`${header}\n2015,${'Hà Tĩnh'.repeat(2_200_000)}${body[0].slice(body[0].indexOf(',', 5))}\n`) }
    ];
    const page = PAGES[0];
    const uploads = [];
    let uploading = true;
    // The same readers with no upload first, then while one editor uploads without pause.
    const idle = await measure(page, CLIENTS, SECONDS / 2);
    const editor = (async () => {
      for (let i = 0; uploading; i++) {
        const f = files[i % files.length];
        const r = await post(`/api/upload/preview?index=pci&name=${f.name}`, f.bytes, { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' });
        uploads.push({ file: f.name, status: r.status, ms: Math.round(r.ms) });
      }
    })();
    // Give the first upload a head start, then read while they run.
    await new Promise((r) => setTimeout(r, 300));
    const busy = await measure(page, CLIENTS, SECONDS);
    uploading = false;
    await editor;
    console.log(`\n${page} while one editor uploads worst-case files (${uploads.length} uploads: ${[...new Set(uploads.map((u) => `${u.file} → ${u.status}`))].join(', ')}; each took ${Math.min(...uploads.map((u) => u.ms))}–${Math.max(...uploads.map((u) => u.ms))} ms)`);
    console.table([
      { readers: 'no upload', ...idle },
      { readers: 'during uploads', ...busy }
    ]);
    rows.push({ page: `${page} (no upload)`, ...idle }, { page: `${page} (during uploads)`, ...busy, uploads });
  }
}
writeFileSync('bench/load-results.json', JSON.stringify({ at: new Date().toISOString(), clients: CLIENTS, seconds: SECONDS, rows }, null, 2));
console.log('bench/load-results.json written');
agent.destroy();
stop();
process.exit(0);
