// The server's one DuckDB, loaded with the store's current long table. It renders the first view
// (before the browser's wasm is ready) and answers the fallback view endpoints. When a new version is
// committed (upload, rollback) the table is reloaded on the next request: no restart.
import { createHash } from 'node:crypto';
import type { Db } from '../db/db';
import { createObservationsTable } from '../db/sql';
import { observationsToCsv } from '../data/observationsCsv';
import { appStore } from './app';
import { openNodeDuckDb } from './db/nodeDuckDb';

export interface ServerData {
  db: Db;
  /** The long table as CSV, and its content hash: the browser's cache key. */
  csv: string;
  key: string;
  versionKey: string;
}

let db: Promise<Db> | null = null;
let current: Promise<ServerData> | null = null;
let loadedVersion: string | null = null;

async function load(versionKey: string): Promise<ServerData> {
  const store = await appStore();
  db ??= openNodeDuckDb();
  const duck = await db;
  const csv = observationsToCsv(store.currentObservations());
  const key = createHash('sha256').update(csv).digest('hex').slice(0, 16);
  await duck.registerCsv(`obs-${key}.csv`, csv);
  await createObservationsTable(duck, `obs-${key}.csv`);
  // The table holds the data now; keep no copy of each version's CSV in wasm memory.
  await duck.dropFile?.(`obs-${key}.csv`);
  return { db: duck, csv, key, versionKey };
}

export async function serverData(): Promise<ServerData> {
  const store = await appStore();
  const versionKey = store.currentVersionKey();
  if (!current || loadedVersion !== versionKey) {
    loadedVersion = versionKey;
    current = load(versionKey).catch((e) => {
      current = null;
      loadedVersion = null;
      throw e;
    });
  }
  return current;
}
