#!/usr/bin/env node
// Load test (not part of `npm test`): starts the built server on 127.0.0.1, then N keep-alive clients
// each request one page in a loop for a fixed time. Prints requests/s, p50, p99 and the server's RSS.
//
//   node bench/load.mjs [--clients 50] [--seconds 10] [--url /xep-hang?chiso=pci&nam=2015 ...]
//   LOAD_BUILD=build-dir node bench/load.mjs     (which build to serve; default build/)
//
// Bounded on purpose: loopback only, at most 200 clients and 60 s per page.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const server = spawn(process.execPath, ['scripts/server.mjs'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ORIGIN: `http://127.0.0.1:${port}`,
    CHISO_DATA_DIR: dataDir,
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
    const req = http.get({ host: '127.0.0.1', port, path: pathname, agent }, (res) => {
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
for (const page of PAGES) {
  const rssBefore = rssMb();
  // Warm-up: the first requests load the data into the server's DuckDB.
  const warmEnd = Date.now() + WARMUP_MS;
  await Promise.all(Array.from({ length: Math.min(CLIENTS, 8) }, async () => {
    while (Date.now() < warmEnd) await get(page);
  }));
  const rssWarm = rssMb();
  const times = [];
  let errors = 0;
  const t0 = performance.now();
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < end) {
        const r = await get(page);
        if (r.ok) times.push(r.ms);
        else errors++;
      }
    })
  );
  const elapsed = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  rows.push({
    page,
    'req/s': Math.round(times.length / elapsed),
    'p50 ms': Math.round(pct(times, 50)),
    'p99 ms': Math.round(pct(times, 99)),
    'max ms': Math.round(times.at(-1) ?? NaN),
    errors,
    'RSS MB before': rssBefore,
    'after warm-up': rssWarm,
    after: rssMb()
  });
}
console.table(rows);
agent.destroy();
stop();
process.exit(0);
