// Immutable assets, precompressed at build time (scripts/precompress.mjs), served by Accept-Encoding:
// brotli, else gzip, else the file itself, always with Vary so a cache never hands one client's encoding
// to another. adapter-node's own static server only serves .br/.gz with precompress on, which at
// quality 11 on every file (the 34 MB wasm included) would cost a minute of build.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { pickEncoding } from '../src/lib/server/acceptEncoding.js';

export const PREFIX = '/_app/immutable/';
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8'
};
/** Extensions worth compressing (woff2 and images are compressed already). */
export const COMPRESSIBLE = new Set(Object.keys(TYPES));

/**
 * A request handler for the files under `${dir}${prefix}` (SvelteKit's immutable assets by default): returns
 * false, leaving the response untouched, for anything it does not serve.
 */
export function staticCompressed(dir, prefix = PREFIX) {
  const root = path.join(dir, prefix);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (!url.startsWith(prefix)) return false;
    let rel;
    try {
      rel = decodeURIComponent(url.slice(prefix.length).split('?')[0]);
    } catch {
      return false;
    }
    const type = TYPES[path.extname(rel)];
    const file = path.join(root, rel);
    if (!type || !file.startsWith(root) || rel.includes('\0')) return false;
    const enc = pickEncoding(req.headers['accept-encoding']);
    const choice = [enc && [file + (enc === 'br' ? '.br' : '.gz'), enc], [file, null]].filter(Boolean);
    for (const [f, encoding] of choice) {
      let size;
      try {
        const st = statSync(f);
        if (!st.isFile()) continue;
        size = st.size;
      } catch {
        continue;
      }
      const headers = { 'content-type': type, 'content-length': size, 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' };
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(f).pipe(res);
      return true;
    }
    return false;
  };
}
