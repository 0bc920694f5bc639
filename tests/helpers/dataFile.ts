// Reading and rewriting the data file the browser's DuckDB loads (src/lib/server/observationsArrow.ts) in
// tests: the long table it holds, every cell as text ('' for none), as the CSV downloads would show it.
import { tableFromIPC } from 'apache-arrow';
import { observationsArrow } from '../../src/lib/server/observationsArrow';
import { OBSERVATION_COLUMNS, type Observation } from '../../src/lib/data/observation';

export function dataObservations(bytes: Uint8Array): Observation[] {
  return tableFromIPC(bytes)
    .toArray()
    .map((r) => Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, r[c] ?? null])) as unknown as Observation);
}

export function dataTable(bytes: Uint8Array): Record<string, string>[] {
  return dataObservations(bytes).map((o) => Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, o[c] == null ? '' : String(o[c])])));
}

/** The file with each row passed through `edit`. */
export function rewriteData(bytes: Uint8Array, edit: (o: Observation) => Observation): Uint8Array {
  return observationsArrow(dataObservations(bytes).map(edit));
}
