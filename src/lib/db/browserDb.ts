// DuckDB in the browser: the `eh` bundle in a Worker, started and instantiated by the head script
// (duckdbBoot.ts) and fed the long table as one cached Arrow file (server/observationsArrow.ts).
import { arrowToRows, isReadOnly, type Db, type Param } from './db';
import { createRegionsTable, OBS_TABLE } from './sql';
import { cachingDb, type CachingDb } from './queryCache';
import { markReferenceTablesReady } from './referenceTables';
import { REGION_OF_PROVINCE } from '../units/regions';
import type { Boot } from './duckdbBoot';

declare global {
  /** Each query sent to the worker, with its time from send to rows (waiting behind others included). */
  var __chisoQueries: { ms: number; sql: string; params: Param[] }[] | undefined;
}

export async function openBrowserDb(boot: Boot): Promise<CachingDb> {
  // Marks (chiso:db-*) name each step for `npm run bench:timeline`.
  const duckdb = await import('@duckdb/duckdb-wasm');
  performance.mark('chiso:db-module');
  const worker = await boot.instantiated;
  // Attached only now: the head script's INSTANTIATE exchange is over (see duckdbBoot.ts).
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const conn = await db.connect();
  // Prepared statements are kept per SQL text: each message to the worker costs a round trip, and a
  // redraw runs the same few statements again (prepare + query + close would be three trips each).
  // A statement that is not a read (DDL: the table is rebuilt) drops them all; a read without parameters
  // (an every-unit answer) runs as it is and leaves them be.
  type Prepared = Awaited<ReturnType<typeof conn.prepare>>;
  const prepared = new Map<string, Promise<Prepared>>();
  const api: Db = {
    async query<T>(sql: string, params: Param[] = []) {
      // `npm run bench:profile -- --queries` sets this list before the page loads, to see what reaches the worker.
      const log = globalThis.__chisoQueries;
      if (!log) return run<T>(sql, params);
      const t0 = performance.now();
      try {
        return await run<T>(sql, params);
      } finally {
        log.push({ ms: performance.now() - t0, sql, params });
      }
    },
    async registerCsv(name: string, text: string) {
      await db.registerFileText(name, text);
    },
    async insertArrow(name: string, bytes: Uint8Array) {
      await conn.insertArrowFromIPCStream(bytes, { name });
    }
  };
  async function run<T>(sql: string, params: Param[]): Promise<T[]> {
      if (!isReadOnly(sql)) {
        const old = [...prepared.values()];
        prepared.clear();
        await Promise.all(old.map((p) => p.then((s) => s.close()).catch(() => {})));
      }
      if (params.length === 0) return arrowToRows<T>(await conn.query(sql));
      let stmt = prepared.get(sql);
      if (!stmt) {
        stmt = conn.prepare(sql);
        prepared.set(sql, stmt);
        stmt.catch(() => prepared.delete(sql));
      }
      return arrowToRows<T>(await (await stmt).query(...params));
  }
  // The data's bytes go to the worker as they came, and become the table without parsing; the small
  // regions table is made in the same step: a CREATE after the first view would drop every prepared
  // statement and cached result just as the user starts clicking.
  const bytes = new Uint8Array(await boot.data);
  performance.mark('chiso:db-data');
  await Promise.all([
    api.insertArrow!(OBS_TABLE, bytes).catch((e: unknown) => {
      console.error('DuckDB:', e);
      throw new Error('Tệp dữ liệu không đúng định dạng của chiso: hãy tải lại trang.');
    }),
    createRegionsTable(api, REGION_OF_PROVINCE)
  ]);
  performance.mark('chiso:db-tables');
  const cached = cachingDb(api);
  markReferenceTablesReady(cached);
  return cached;
}
