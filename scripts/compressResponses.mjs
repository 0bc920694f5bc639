// HTML and JSON made per request (server-rendered pages, /api/view) are compressed on the fly with zlib
// streams: brotli at quality 4 (a 100 kB page in a few ms, ~6× smaller) or gzip. Responses that carry their
// own encoding (precompressed assets, the data CSV) and small or bodiless ones pass through untouched.
import zlib from 'node:zlib';
import { pickEncoding } from '../src/lib/server/acceptEncoding.js';

const TEXT = /^(text\/(html|plain|csv|css|javascript)|application\/(json|javascript|xml)|image\/svg\+xml)\b/i;
const MIN_BYTES = 1024;

/** Wraps `res` so that what the handler writes goes through a compressor when the client accepts one. */
export function compressResponses(req, res) {
  const enc = req.method === 'HEAD' ? null : pickEncoding(req.headers['accept-encoding']);
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    // Headers given to writeHead itself (reason phrase optional) are folded in first, so they can be inspected.
    const headers = rest.find((r) => r && typeof r === 'object');
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const type = String(res.getHeader('content-type') ?? '');
    const length = Number(res.getHeader('content-length') ?? Infinity);
    if (TEXT.test(type)) res.setHeader('vary', mergeVary(res.getHeader('vary')));
    if (enc && TEXT.test(type) && !res.getHeader('content-encoding') && length >= MIN_BYTES && status !== 204 && status !== 304 && !/\bno-transform\b/.test(String(res.getHeader('cache-control') ?? ''))) {
      res.removeHeader('content-length');
      res.setHeader('content-encoding', enc);
      pipeThrough(res, enc);
    }
    return writeHead.call(res, status, ...rest.filter((r) => typeof r === 'string'));
  };
}

function mergeVary(v) {
  const list = String(v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return list.some((s) => s.toLowerCase() === 'accept-encoding' || s === '*') ? list.join(', ') : [...list, 'Accept-Encoding'].join(', ');
}

function pipeThrough(res, enc) {
  const z =
    enc === 'br'
      ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
      : zlib.createGzip({ level: 6 });
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  z.on('data', (chunk) => {
    if (!write(chunk)) {
      z.pause();
      res.once('drain', () => z.resume());
    }
  });
  z.on('end', () => end());
  z.on('error', (e) => res.destroy(e));
  // Each write is flushed so a streamed page (SvelteKit streams awaited data) still arrives in pieces.
  res.write = (chunk, encoding, cb) => {
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    z.write(chunk, encoding);
    z.flush(cb);
    return true;
  };
  res.end = (chunk, encoding, cb) => {
    if (typeof chunk === 'function') [cb, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (chunk != null) z.write(chunk, encoding);
    z.end();
    if (cb) res.once('finish', cb);
    return res;
  };
  res.on('close', () => z.destroy());
}
