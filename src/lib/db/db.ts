// The one interface every query goes through, whatever runs DuckDB underneath:
// duckdb-wasm in a Web Worker (browser) or duckdb-wasm's Node blocking bundle (server, tests, bench).

export type Param = string | number | boolean | null;

/** A statement that only reads (SELECT or WITH): anything else may change the tables. */
export const isReadOnly = (sql: string): boolean => /^\s*(SELECT|WITH)\b/i.test(sql);

/** One question's identity: its SQL and parameters (the query cache's key, and the server's answers'). */
export const questionKey = (sql: string, params: readonly Param[]): string => `${sql}\u0000${JSON.stringify(params)}`;

export interface Db {
  /** Run a query with `?` parameters; rows come back as plain objects with JS numbers. */
  query<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  /** Make a CSV text available to read_csv under `name`. */
  registerCsv(name: string, text: string): Promise<void>;
  /** The Db this one is another door to (a cache's background lane): tables made through either are made for both. */
  readonly base?: Db;
  /** Forget a registered file (the table made from it stays). */
  dropFile?(name: string): Promise<void>;
  /** Make table `name` from an Arrow IPC stream (server/observationsArrow.ts). */
  insertArrow?(name: string, bytes: Uint8Array): Promise<void>;
}

/** The part of an Arrow table arrowToRows reads. */
interface ArrowTable {
  numRows: number;
  schema: { fields: { name: string }[] };
  getChildAt(i: number): Iterable<unknown> | null;
}

/**
 * Arrow table → plain row objects. Read column by column (one pass over each vector) rather than through
 * Arrow's row proxies, which cost several times more per cell; nulls stay null. BIGINT comes back as
 * BigInt: cast in SQL, and convert here as a safety net.
 */
export function arrowToRows<T>(table: ArrowTable): T[] {
  const n = table.numRows;
  const rows: Record<string, unknown>[] = new Array(n);
  for (let r = 0; r < n; r++) rows[r] = {};
  table.schema.fields.forEach((field, i) => {
    const column = table.getChildAt(i);
    if (!column) return;
    let r = 0;
    for (const v of column) rows[r++][field.name] = typeof v === 'bigint' ? Number(v) : v;
  });
  return rows as T[];
}
