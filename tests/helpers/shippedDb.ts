// A Node DuckDB (duckdb-wasm's blocking bundle: the browser's engine) loaded with the shipped data, behind
// the browser's result cache.
import { openNodeDuckDb } from '../../src/lib/server/db/nodeDuckDb';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';
import { loadObservations } from '../../src/lib/db/observationsTable';
import { cachingDb } from '../../src/lib/db/queryCache';

export async function shippedDb() {
  const dataset = buildDataset(readShippedFiles());
  const db = await openNodeDuckDb();
  await loadObservations(db, dataset.observations);
  // Through the browser's result cache, as the pages run: a view that edits the (frozen) rows it is given fails here.
  return { db: cachingDb(db), dataset };
}
