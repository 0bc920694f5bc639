#!/usr/bin/env node
// The production server: SvelteKit's adapter-node handler, plus precompressed DuckDB wasm
// (scripts/compress-wasm.mjs), which adapter-node's static server only serves with precompress on.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Without ORIGIN, adapter-node assumes https and rejects every form post from http://host:port as
// cross-site. This server speaks plain http, so say so unless a proxy in front already did.
const ownProtocol = !process.env.ORIGIN;
if (ownProtocol) process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
process.env.BODY_SIZE_LIMIT ??= '25M';

const buildDir = path.resolve(root, process.env.CHISO_BUILD_OUT ?? 'build');
const assets = path.join(buildDir, 'client/_app/immutable/assets');
const { handler } = await import(path.join(buildDir, 'handler.js'));

// A malformed URL (e.g. "%ff") is the client's error: 400, never an exception that ends the process.
function badRequest(res) {
  res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Địa chỉ không hợp lệ.');
}

function serveWasm(req, res) {
  let name;
  try {
    name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace('/_app/immutable/assets/', '');
  } catch {
    badRequest(res);
    return true;
  }
  if (name.includes('/') || name.includes('\\') || !name.endsWith('.wasm')) return false;
  const accept = String(req.headers['accept-encoding'] ?? '');
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    const file = path.join(assets, name + ext);
    if (new RegExp(`\\b${enc}\\b`).test(accept) && existsSync(file)) {
      res.writeHead(200, {
        'content-type': 'application/wasm',
        'content-encoding': enc,
        'content-length': statSync(file).size,
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'accept-encoding'
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
  }
  return false;
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Bodies above the limit are refused from their Content-Length, before a byte is read.
const bodyLimit = parseBodyLimit(process.env.BODY_SIZE_LIMIT);
function parseBodyLimit(v) {
  const m = /^(\d+)([KMG]?)$/i.exec(String(v).trim());
  return m ? Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase()) : Infinity;
}

const server = http.createServer((req, res) => {
  if (Number(req.headers['content-length']) > bodyLimit) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('Nội dung gửi lên quá lớn.');
    return;
  }
  if (ownProtocol && !req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
  if (req.url?.startsWith('/_app/immutable/assets/') && req.url.includes('.wasm') && serveWasm(req, res)) return;
  handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});
server.listen(port, host, () => {
  console.log(`chiso: mở http://localhost:${port}/ trong trình duyệt (Ctrl+C để dừng)`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
