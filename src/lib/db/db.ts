// The one interface every query goes through, whatever runs DuckDB underneath:
// duckdb-wasm in a Web Worker (browser) or duckdb-wasm's Node blocking bundle (server, tests, bench).

export type Param = string | number | boolean | null;

export interface Db {
  /** Run a query with `?` parameters; rows come back as plain objects with JS numbers. */
  query<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  /** Make a CSV text available to read_csv under `name`. */
  registerCsv(name: string, text: string): Promise<void>;
  /** Forget a registered file (the table made from it stays). */
  dropFile?(name: string): Promise<void>;
}

/** Arrow rows → plain objects. BIGINT comes back as BigInt: cast in SQL, and convert here as a safety net. */
export function arrowToRows<T>(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): T[] {
  return table.toArray().map((row) => {
    const o = row.toJSON();
    for (const k in o) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
    return o as T;
  });
}
