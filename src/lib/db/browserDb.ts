// DuckDB in the browser: the `eh` bundle, served by the app itself (Vite ?url, no CDN),
// started lazily once per page and fed the long table as one cached CSV.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows, type Db, type Param } from './db';
import { createObservationsTable } from './sql';
import { cachingDb } from './queryCache';
import { ensureReferenceTables } from './referenceTables';

export async function openBrowserDb(dataUrl: string): Promise<Db> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(ehWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const [, csv] = await Promise.all([
    db.instantiate(ehWasm),
    fetch(dataUrl).then((r) => {
      if (!r.ok) throw new Error(`Không tải được dữ liệu (${r.status})`);
      return r.text();
    })
  ]);
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
  await api.registerCsv('obs.csv', csv);
  await createObservationsTable(api, 'obs.csv');
  const cached = cachingDb(api);
  // Built now, not on the first view that joins them: a CREATE later would drop every prepared
  // statement and cached result just as the user starts clicking.
  await ensureReferenceTables(cached);
  return cached;
}
