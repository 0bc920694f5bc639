// DuckDB in the browser: the `eh` bundle in a Worker, started once per page (the downloads begin before
// hydration, see duckdbAssets.ts) and fed the long table as one cached CSV.
import { arrowToRows, type Db, type Param } from './db';
import { createObservationsTable, createRegionsTable } from './sql';
import { cachingDb } from './queryCache';
import { markReferenceTablesReady } from './referenceTables';
import { REGIONS_CSV } from '../units/regions';
import { DUCKDB_WASM_URL, type Downloads } from './duckdbAssets';

export async function openBrowserDb(downloads: Downloads): Promise<Db> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), downloads.worker);
  await db.instantiate(DUCKDB_WASM_URL);
  const conn = await db.connect();
  // Prepared statements are kept per SQL text: each message to the worker costs a round trip, and a
  // redraw runs the same few statements again (prepare + query + close would be three trips each).
  // A statement without parameters (DDL: the table is rebuilt) drops them all.
  type Prepared = Awaited<ReturnType<typeof conn.prepare>>;
  const prepared = new Map<string, Promise<Prepared>>();
  const api: Db = {
    async query<T>(sql: string, params: Param[] = []) {
      if (params.length === 0) {
        const old = [...prepared.values()];
        prepared.clear();
        await Promise.all(old.map((p) => p.then((s) => s.close()).catch(() => {})));
        return arrowToRows<T>(await conn.query(sql));
      }
      let stmt = prepared.get(sql);
      if (!stmt) {
        stmt = conn.prepare(sql);
        prepared.set(sql, stmt);
        stmt.catch(() => prepared.delete(sql));
      }
      return arrowToRows<T>(await (await stmt).query(...params));
    },
    async registerCsv(name: string, text: string) {
      await db.registerFileText(name, text);
    }
  };
  // The CSV's bytes go to the worker as they came (no decode to a string and back), and the small
  // regions table is made in the same step: a CREATE after the first view would drop every prepared
  // statement and cached result just as the user starts clicking.
  await Promise.all([db.registerFileBuffer('obs.csv', new Uint8Array(await downloads.csv)), api.registerCsv('regions_6.csv', REGIONS_CSV)]);
  await createObservationsTable(api, 'obs.csv');
  await createRegionsTable(api, 'regions_6.csv');
  const cached = cachingDb(api);
  markReferenceTablesReady(cached);
  return cached;
}
