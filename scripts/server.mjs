#!/usr/bin/env node
// The production server: SvelteKit's adapter-node handler, plus compression: immutable assets precompressed
// at build time (scripts/staticCompressed.mjs), HTML and JSON on the fly (scripts/compressResponses.mjs).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressResponses } from './compressResponses.mjs';
import { staticCompressed } from './staticCompressed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Without ORIGIN, adapter-node assumes https and rejects every form post from http://host:port as
// cross-site. This server speaks plain http, so say so unless a proxy in front already did.
const ownProtocol = !process.env.ORIGIN;
if (ownProtocol) process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
process.env.BODY_SIZE_LIMIT ??= '25M';

const buildDir = path.resolve(root, process.env.CHISO_BUILD_OUT ?? 'build');
const serveStatic = staticCompressed(path.join(buildDir, 'client'));
const { handler } = await import(path.join(buildDir, 'handler.js'));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Bodies above the limit are refused from their Content-Length, before a byte is read.
const bodyLimit = parseBodyLimit(process.env.BODY_SIZE_LIMIT);
function parseBodyLimit(v) {
  const m = /^(\d+)([KMG]?)$/i.exec(String(v).trim());
  return m ? Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase()) : Infinity;
}

const server = http.createServer((req, res) => {
  // Uploads answer their own limit while streaming, in Vietnamese JSON with the file's size (routes/api/upload);
  // their sender is an editor whose session and CSRF token the hooks check before any byte is read.
  if (Number(req.headers['content-length']) > bodyLimit && !req.url?.startsWith('/api/upload/')) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('Nội dung gửi lên quá lớn.');
    return;
  }
  if (ownProtocol && !req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
  if (serveStatic(req, res)) return;
  compressResponses(req, res);
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
