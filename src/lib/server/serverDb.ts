// The server's one DuckDB, loaded with the current long table. It renders the first view
// (before the browser's wasm is ready) and answers the fallback view endpoints.
import type { Db } from '../db/db';
import { createObservationsTable } from '../db/sql';
import { openNodeDuckDb } from './db/nodeDuckDb';
import { buildDataset, readShippedFiles, type Dataset } from './shippedData';

let current: Promise<{ db: Db; dataset: Dataset }> | null = null;

async function open(): Promise<{ db: Db; dataset: Dataset }> {
  const dataset = buildDataset(readShippedFiles());
  const db = await openNodeDuckDb();
  await db.registerCsv('obs.csv', dataset.csv);
  await createObservationsTable(db, 'obs.csv');
  return { db, dataset };
}

export function serverData(): Promise<{ db: Db; dataset: Dataset }> {
  current ??= open().catch((e) => {
    current = null;
    throw e;
  });
  return current;
}
