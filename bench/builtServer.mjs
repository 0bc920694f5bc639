// The built server (scripts/server.mjs) on a free port of 127.0.0.1, for the bench scripts: resolves once
// it answers the ranking page.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';

export const freePort = () =>
  new Promise((res) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

/** { base, server } — kill `server` when done. */
export async function startBuiltServer(env = {}) {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/server.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/xep-hang`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, server };
}

/** The data file's brotli body once the server's second, smaller pass is done (x-compression-quality: 11). */
export function finalDataBytes(url) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const ask = () =>
      http
        .get(url, { headers: { 'accept-encoding': 'br' } }, (res) => {
          const parts = [];
          res.on('data', (c) => parts.push(c));
          res.on('end', () => {
            if (res.headers['x-compression-quality'] === '11') resolve(Buffer.concat(parts));
            else if (Date.now() - t0 > 120_000) reject(new Error('bench: the data file never reached its final compression'));
            else setTimeout(ask, 250);
          });
        })
        .on('error', reject);
    ask();
  });
}
