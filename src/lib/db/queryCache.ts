// Results of read-only queries, kept per SQL + parameters (like Mosaic's coordinator cache), for the browser:
// its table only changes through this same Db (a DDL statement or a new CSV), and any such call empties
// the cache. A redraw then asks the worker only for what changed (a province's series, one year's ranking),
// not again for the unit list or the years.
//
// Every caller gets the same answer, frozen: no copy per call, and a view built twice from the same rows
// holds the same arrays, so the charts drawn from them see nothing new and are not redrawn. A view that
// wants to sort or edit rows copies them first (editing a frozen row throws, and the tests run the views
// through this cache to catch it).
import { isReadOnly, type Db, type Param } from './db';

function freeze<T>(rows: T[]): T[] {
  for (const r of rows) if (r && typeof r === 'object' && Object.getPrototypeOf(r) === Object.prototype) Object.freeze(r);
  return Object.freeze(rows) as T[];
}

export function cachingDb(inner: Db, max = 200): Db {
  const cache = new Map<string, Promise<unknown[]>>();
  return {
    async query<T>(sql: string, params: Param[] = []): Promise<T[]> {
      if (!isReadOnly(sql)) {
        cache.clear();
        return inner.query<T>(sql, params);
      }
      const key = `${sql}\u0000${JSON.stringify(params)}`;
      let hit = cache.get(key);
      if (hit) cache.delete(key); // re-inserted below: most recently used last
      else {
        hit = inner.query<T>(sql, params).then(freeze);
        hit.catch(() => cache.delete(key));
      }
      cache.set(key, hit);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return (await hit) as T[];
    },
    async registerCsv(name: string, text: string) {
      cache.clear();
      await inner.registerCsv(name, text);
    }
  };
}
