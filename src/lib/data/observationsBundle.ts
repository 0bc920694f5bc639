// The long table as one file for DuckDB (the browser's and the server's): three CSVs in one response.
// Names and sources repeat on thousands of rows (a 60-character URL on every PCI cell), so they travel once,
// in small lookup tables, and each row carries their numbers; DuckDB joins them back into the one long table
// (sql.ts createObservationsTable). A fifth fewer bytes after brotli than the flat CSV, in the same request.
//
// Layout: a first line `chiso-obs 1 <units bytes> <sources bytes>`, then the units CSV, the sources CSV and
// the observations CSV, back to back. Lengths rather than a separator, so no value can end a section early.
import type { Observation } from './observation';

const MAGIC = 'chiso-obs 1';

export const UNIT_COLUMNS = ['id', 'unit_code', 'unit_name', 'unit_group'] as const;
export const SOURCE_COLUMNS = ['id', 'source'] as const;
/** The observation columns as the bundle holds them: `unit` and `source` are the lookup tables' ids. */
export const ROW_COLUMNS = ['unit', 'year', 'index_id', 'indicator', 'value', 'rank', 'rank_of', 'rank_source', 'band', 'source'] as const;

export interface BundleParts {
  units: string;
  sources: string;
  rows: string;
}

function cell(v: unknown): string {
  if (v == null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (header: readonly string[], lines: unknown[][]) =>
  [header.join(','), ...lines.map((l) => l.map(cell).join(','))].join('\n') + '\n';

/** Ids in first-seen order; the key is the whole tuple, so two spellings of one code stay two units. */
function ids<K>(key: (o: Observation) => K) {
  const map = new Map<string, { id: number; value: K }>();
  return {
    of(o: Observation): number {
      const value = key(o);
      const k = JSON.stringify(value);
      let e = map.get(k);
      if (!e) map.set(k, (e = { id: map.size, value }));
      return e.id;
    },
    entries: () => [...map.values()]
  };
}

// Rows in this order put each series' years side by side: brotli then finds a tenth fewer bytes (57 → 53 KB).
// The other columns break ties (two rows of one cell, e.g. spelled apart), so one data set always makes the
// same file, whatever order its rows came in: the file's name is its content hash.
const ORDER = ['index_id', 'unit_code', 'indicator', 'year', 'unit_name', 'unit_group', 'value', 'rank', 'rank_of', 'rank_source', 'band', 'source'] as const;
/** The rows' order in a data file: each series' years side by side (also the Arrow file's, server/observationsArrow.ts). */
export function byOrder(a: Observation, b: Observation): number {
  for (const k of ORDER) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (x == null || y == null) return x == null ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function observationParts(input: readonly Observation[]): BundleParts {
  const rows = [...input].sort(byOrder);
  const units = ids((o) => [o.unit_code, o.unit_name, o.unit_group] as const);
  const sources = ids((o) => o.source);
  const lines = rows.map((r) => [units.of(r), r.year, r.index_id, r.indicator, r.value, r.rank, r.rank_of, r.rank_source, r.band, r.source ? sources.of(r) : null]);
  return {
    units: csv(UNIT_COLUMNS, units.entries().map((e) => [e.id, ...e.value])),
    sources: csv(SOURCE_COLUMNS, sources.entries().map((e) => [e.id, e.value])),
    rows: csv(ROW_COLUMNS, lines)
  };
}

export function observationsBundle(rows: readonly Observation[]): string {
  return joinBundle(observationParts(rows));
}

/** The file made of three CSV texts: the first line gives the first two's lengths in bytes. */
export function joinBundle(p: BundleParts): string {
  const len = (s: string) => new TextEncoder().encode(s).length;
  return `${MAGIC} ${len(p.units)} ${len(p.sources)}\n${p.units}${p.sources}${p.rows}`;
}

/**
 * The three CSVs of a bundle, as bytes (the browser hands them to DuckDB without decoding). Copies, not
 * views: duckdb-wasm transfers each buffer to its worker, which would detach a shared one.
 */
export function splitBundle(bytes: Uint8Array): { units: Uint8Array; sources: Uint8Array; rows: Uint8Array } {
  const nl = bytes.indexOf(10);
  const head = nl > 0 && nl < 64 ? new TextDecoder().decode(bytes.subarray(0, nl)) : '';
  const m = /^chiso-obs 1 (\d+) (\d+)$/.exec(head);
  const bad = () => new Error('Tệp dữ liệu không đúng định dạng của chiso: hãy tải lại trang.');
  if (!m) throw bad();
  const a = nl + 1;
  const b = a + Number(m[1]);
  const c = b + Number(m[2]);
  if (c > bytes.length) throw bad();
  return { units: bytes.slice(a, b), sources: bytes.slice(b, c), rows: bytes.slice(c) };
}
