// DuckDB on the server and in tests: duckdb-wasm's Node blocking bundle, the same engine
// (and the same SQL dialect, without ICU) as the browser gets. Not @duckdb/node-api on purpose.
import { createRequire } from 'node:module';
import path from 'node:path';
import { arrowToRows, type Db, type Param } from '../../db/db';

const require = createRequire(import.meta.url);

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');

export async function openNodeDuckDb(): Promise<Db & { close(): void }> {
  const duck: Blocking = require('@duckdb/duckdb-wasm/blocking');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const bindings = await duck.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
    },
    new duck.VoidLogger(),
    duck.NODE_RUNTIME
  );
  await bindings.instantiate();
  const conn = bindings.connect();
  return {
    async query<T>(sql: string, params: Param[] = []) {
      if (params.length === 0) return arrowToRows<T>(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return arrowToRows<T>(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async registerCsv(name: string, text: string) {
      bindings.registerFileText(name, text);
    },
    async dropFile(name: string) {
      bindings.dropFile(name);
    },
    async insertArrow(name: string, bytes: Uint8Array) {
      conn.insertArrowFromIPCStream(bytes, { name });
    },
    close() {
      conn.close();
    }
  };
}
