// A Node DuckDB (duckdb-wasm's blocking bundle: the browser's engine) loaded with the shipped data.
import { openNodeDuckDb } from '../../src/lib/server/db/nodeDuckDb';
import { buildDataset, readShippedFiles } from '../../src/lib/server/shippedData';
import { createObservationsTable } from '../../src/lib/db/sql';

export async function shippedDb() {
  const dataset = buildDataset(readShippedFiles());
  const db = await openNodeDuckDb();
  await db.registerCsv('obs.csv', dataset.csv);
  await createObservationsTable(db, 'obs.csv');
  return { db, dataset };
}
