// The regions table is made once per DuckDB: asking through the cache's background door (the page's warm
// build goes there) must not make it again, as that DDL would empty the cache and the prepared statements.
import { describe, expect, it } from 'vitest';
import { cachingDb } from '../../../src/lib/db/queryCache';
import { ensureReferenceTables, markReferenceTablesReady } from '../../../src/lib/db/referenceTables';
import type { Db, Param } from '../../../src/lib/db/db';

function recordingDb() {
  const calls: string[] = [];
  const db: Db = {
    async query<T>(sql: string, params: Param[] = []) {
      calls.push(sql.trim().split(/\s+/).slice(0, 3).join(' ') + ` ${JSON.stringify(params)}`);
      return [] as T[];
    },
    async registerCsv(name: string) {
      calls.push(`register ${name}`);
    }
  };
  return { db, calls };
}

describe('reference tables through a cache and its background door', () => {
  it('made once through the cache, then never again through its background door; kept answers survive', async () => {
    const { db, calls } = recordingDb();
    const cache = cachingDb(db);
    await ensureReferenceTables(cache);
    const made = calls.length;
    expect(calls.some((c) => c.startsWith('CREATE'))).toBe(true);
    await cache.query('SELECT 1');
    await ensureReferenceTables(cache.background());
    await cache.query('SELECT 1'); // still kept: no DDL in between
    expect(calls.length).toBe(made + 1);
  });

  it('marked ready on the cache (the browser made them with the long table): neither door makes them', async () => {
    const { db, calls } = recordingDb();
    const cache = cachingDb(db);
    markReferenceTablesReady(cache);
    await ensureReferenceTables(cache.background());
    await ensureReferenceTables(cache);
    expect(calls).toEqual([]);
  });
});
