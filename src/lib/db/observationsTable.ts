// The long table made from observations in memory (server, tests, bench): the bundle's three CSVs are
// registered as text, joined into the table, and forgotten (the table holds the data).
import type { Db } from './db';
import type { Observation } from '../data/observation';
import { observationParts } from '../data/observationsBundle';
import { bundleFiles, createObservationsTable } from './sql';

export async function loadObservations(db: Db, rows: readonly Observation[], prefix = 'obs'): Promise<void> {
  const parts = observationParts(rows);
  const files = bundleFiles(prefix);
  for (const k of ['units', 'sources', 'rows'] as const) await db.registerCsv(files[k], parts[k]);
  await createObservationsTable(db, files);
  for (const f of Object.values(files)) await db.dropFile?.(f);
}
