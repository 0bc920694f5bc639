// A Node DuckDB (duckdb-wasm's blocking bundle: the browser's engine) loaded with the shipped data.
import { openNodeDuckDb } from '../../src/lib/server/db/nodeDuckDb';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';
import { loadObservations } from '../../src/lib/db/observationsTable';

export async function shippedDb() {
  const dataset = buildDataset(readShippedFiles());
  const db = await openNodeDuckDb();
  await loadObservations(db, dataset.observations);
  return { db, dataset };
}
