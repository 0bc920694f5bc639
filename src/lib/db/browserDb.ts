// DuckDB in the browser: the `eh` bundle, served by the app itself (Vite ?url, no CDN),
// started lazily once per page and fed the long table as one cached CSV.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows, type Db, type Param } from './db';
import { createObservationsTable } from './sql';

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
  const api: Db = {
    async query<T>(sql: string, params: Param[] = []) {
      if (params.length === 0) return arrowToRows<T>(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return arrowToRows<T>(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async registerCsv(name: string, text: string) {
      await db.registerFileText(name, text);
    }
  };
  await api.registerCsv('obs.csv', csv);
  await createObservationsTable(api, 'obs.csv');
  return api;
}
