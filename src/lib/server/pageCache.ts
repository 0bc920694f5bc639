// Whole responses of the data pages, for anonymous readers, cached per data version. A ranking, province,
// trend, region, DDCI or unit page (and its /api/view JSON) depends only on the committed data, the
// catalogue and the URL; a reader without a session gets the same bytes as every other. So the rendered
// response is kept, already compressed (brotli and gzip, made once off the event loop), keyed by the
// normalised URL, and emptied when a commit, a rollback or a catalogue change moves the version. A hội
// nghị full of phones then costs a map lookup per request, not a render. Signed-in users (their name
// and CSRF token are in the page) and the plan, upload and admin pages are never cached.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { allDefinitions } from '../catalogue/definitions';
import { pickEncoding } from './acceptEncoding.js';
import { ByteLru } from './byteLru';
import { serverData } from './serverDb';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Pages and views that depend on nothing but the data version and the URL. */
const CACHEABLE =
  /^\/(xep-hang|xu-huong|vung|ddci|tinh-moi)\/?$|^\/(tinh|tinh-moi|don-vi)\/[^/]+\/?$|^\/api\/view\/(ranking|vung|xu-huong|ddci|tinh|tinh-moi|don-vi|bao-cao)(\/[^/]+)?\/?$/;

interface Cached {
  status: number;
  headers: [string, string][];
  identity: Uint8Array;
  br: Uint8Array;
  gzip: Uint8Array;
}

const size = (key: string, c: Cached) => 2 * key.length + c.identity.byteLength + c.br.byteLength + c.gzip.byteLength + 512;
const cache = new ByteLru<Cached>(Number(process.env.CHISO_PAGE_CACHE_MB ?? 64) * 1024 * 1024, size);
const pending = new Map<string, Promise<Cached | null>>();
let cachedFor: { versionKey: string; definitions: unknown } | null = null;

/** Headers that belong to one response on the wire, not to the cached content (the view cache's verdict included). */
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'vary', 'date', 'connection', 'transfer-encoding', 'keep-alive', 'x-view-cache']);

/** Whether this request may be answered from (and fill) the cache. */
export function isCacheableRequest(event: Pick<RequestEvent, 'request' | 'url' | 'locals'>): boolean {
  const r = event.request;
  return r.method === 'GET' && !event.locals.session && !r.headers.has('range') && !r.headers.has('x-sveltekit-action') && CACHEABLE.test(event.url.pathname);
}

/** The cache key: path and parameters in a fixed order, so "?a=1&b=2" and "?b=2&a=1" share an entry. */
export function pageKey(url: URL): string {
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return `${url.pathname.replace(/\/$/, '') || '/'}?${new URLSearchParams(params)}`;
}

async function toCached(res: Response): Promise<Cached | null> {
  const type = res.headers.get('content-type') ?? '';
  if (res.status !== 200 || res.headers.has('set-cookie') || !/^(text\/html|application\/json)\b/.test(type)) return null;
  const identity = new Uint8Array(await res.arrayBuffer());
  const [br, gz] = await Promise.all([brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }), gzip(identity, { level: 9 })]);
  const headers = [...res.headers].filter(([k]) => !PER_RESPONSE.has(k.toLowerCase()));
  return { status: res.status, headers, identity, br: new Uint8Array(br), gzip: new Uint8Array(gz) };
}

function answer(c: Cached, accept: string | null, state: 'hit' | 'miss'): Response {
  const enc = pickEncoding(accept);
  const headers = new Headers(c.headers);
  headers.set('vary', 'Accept-Encoding');
  headers.set('x-page-cache', state);
  const body = enc === 'br' ? c.br : enc === 'gzip' ? c.gzip : c.identity;
  if (enc) headers.set('content-encoding', enc);
  headers.set('content-length', String(body.byteLength));
  return new Response(body as BodyInit, { status: c.status, headers });
}

/**
 * The response for a cacheable request: from the cache for this data version, or rendered once (fifty
 * readers asking for one cold page wait for one render) and kept. A response that is not a plain 200
 * page or view (an error, a redirect, a cookie) passes through uncached.
 */
export async function cachedPage(event: RequestEvent, render: () => Response | Promise<Response>): Promise<Response> {
  const { versionKey } = await serverData();
  const definitions = allDefinitions();
  if (!cachedFor || cachedFor.versionKey !== versionKey || cachedFor.definitions !== definitions) {
    cache.clear();
    pending.clear();
    cachedFor = { versionKey, definitions };
  }
  const key = pageKey(event.url);
  const accept = event.request.headers.get('accept-encoding');
  const hit = cache.get(key);
  if (hit) return answer(hit, accept, 'hit');
  const waiting = pending.get(key);
  if (waiting) {
    const c = await waiting.catch(() => null);
    return c ? answer(c, accept, 'hit') : render();
  }
  const forVersion = cachedFor;
  let own: Response | null = null;
  const p = (async () => {
    own = await render();
    const c = await toCached(own.clone()).catch(() => null);
    // Only kept if no commit happened meanwhile.
    if (c && cachedFor === forVersion) cache.set(key, c);
    return c;
  })();
  pending.set(key, p);
  try {
    const c = await p;
    return c ? answer(c, accept, 'miss') : own!;
  } finally {
    if (pending.get(key) === p) pending.delete(key);
  }
}

/** For tests and diagnostics. */
export const pageCacheStats = () => ({ entries: cache.size, bytes: cache.bytes, maxBytes: cache.maxBytes });
