// Server-rendered view models, cached. A view depends only on the data version, the catalogue and its
// arguments (the URL, normalised by the view's own argument parser), so its JSON is computed once per
// version: the first paint of a page and /api/view answer from memory until the next commit or rollback,
// which changes the version key and empties the cache. Bounded by bytes (CHISO_VIEW_CACHE_MB, default 64).
import { allDefinitions } from '../catalogue/definitions';
import type { Db } from '../db/db';
import { ByteLru } from './byteLru';
import { serverData } from './serverDb';

const cache = new ByteLru(Number(process.env.CHISO_VIEW_CACHE_MB ?? 64) * 1024 * 1024);
/** Views being computed: fifty clients asking for one cold view run one query, not fifty. */
const pending = new Map<string, Promise<string>>();
let cachedFor: { versionKey: string; definitions: unknown } | null = null;

/** The cache key of a view: its route and its parsed arguments, so parameter order or unrelated parameters do not matter. */
export const viewKey = (route: string, args: unknown) => `${route}\u0000${JSON.stringify(args)}`;

/** The view's JSON, from the cache when this data version has computed it already. */
export async function cachedViewJson(route: string, args: unknown, build: (db: Db) => Promise<unknown>): Promise<Response> {
  const { db, versionKey } = await serverData();
  const definitions = allDefinitions();
  if (!cachedFor || cachedFor.versionKey !== versionKey || cachedFor.definitions !== definitions) {
    cache.clear();
    pending.clear();
    cachedFor = { versionKey, definitions };
  }
  const key = viewKey(route, args);
  let body = cache.get(key);
  const hit = body !== undefined;
  if (body === undefined) {
    let p = pending.get(key);
    if (!p) {
      const forVersion = cachedFor;
      p = build(db).then((view) => {
        const s = JSON.stringify(view);
        // Only kept if no commit happened meanwhile.
        if (cachedFor === forVersion) cache.set(key, s);
        return s;
      });
      pending.set(key, p);
      p.finally(() => pending.get(key) === p && pending.delete(key)).catch(() => {});
    }
    body = await p;
  }
  return new Response(body, { headers: { 'content-type': 'application/json', 'x-view-cache': hit ? 'hit' : 'miss' } });
}

/** For tests and diagnostics. */
export const viewCacheStats = () => ({ entries: cache.size, bytes: cache.bytes, maxBytes: cache.maxBytes });
