// The long table as the browser's DuckDB loads it: one Arrow IPC stream, inserted as the table in one step
// (browserDb.ts). DuckDB reads it without parsing: ~90 ms where the CSV bundle took ~300 (read_csv and
// the join of its lookup tables, both in cold wasm code), measured in cold Chromium contexts on this
// machine. Text columns are dictionaries, so each name and source URL travels once: 39 KiB after brotli,
// where the CSV bundle took 52. DuckDB makes them plain VARCHAR columns; the table is the one the server's
// DuckDB builds from the CSV bundle (tests/unit/db/observationsArrow.test.ts checks every row and type).
import { Dictionary, Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { OBSERVATION_COLUMNS, type Observation } from '../data/observation';
import { byOrder } from '../data/observationsBundle';

const NUMBER_TYPES = { year: new Int32(), value: new Float64(), rank: new Int32(), rank_of: new Int32() } as const;

export const ARROW_CONTENT_TYPE = 'application/vnd.apache.arrow.stream';

export function observationsArrow(input: readonly Observation[]): Uint8Array {
  const rows = [...input].sort(byOrder);
  const columns = Object.fromEntries(
    OBSERVATION_COLUMNS.map((c, i) => {
      const values = rows.map((r) => r[c] ?? null);
      // Dictionary ids given, not drawn from apache-arrow's process-wide counter: the same data must make the
      // same bytes. A stream with no batch carries no dictionaries, which DuckDB refuses: plain text then.
      const text = rows.length ? new Dictionary(new Utf8(), new Int32(), i) : new Utf8();
      const type = c in NUMBER_TYPES ? NUMBER_TYPES[c as keyof typeof NUMBER_TYPES] : text;
      return [c, vectorFromArray(values, type)];
    })
  );
  return tableToIPC(new Table(columns), 'stream');
}
