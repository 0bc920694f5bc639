// The server's one DuckDB, loaded with the store's current long table. It renders the first view
// (before the browser's wasm is ready) and answers the fallback view endpoints. When a new version is
// committed (upload, rollback) the table is reloaded on the next request: no restart.
import { createHash } from 'node:crypto';
import type { Db } from '../db/db';
import { loadObservations } from '../db/observationsTable';
import { observationsArrow } from './observationsArrow';
import { appStore } from './app';
import { openNodeDuckDb } from './db/nodeDuckDb';

export interface ServerData {
  db: Db;
  /** The long table as the browser's DuckDB loads it (observationsArrow.ts), and its content hash: the browser's cache key. */
  arrow: Uint8Array;
  key: string;
  versionKey: string;
}

/** Where the browser fetches the data file of this content hash (routes/api/data/[file]). */
export const dataFileUrl = (key: string): string => `/api/data/${key}.arrow`;
/** Where the browser fetches the warm-up's answers for that version (routes/api/answers, server/commonAnswersSeed.ts). */
export const answersFileUrl = (key: string): string => `/api/answers/${key}.json`;

let db: Promise<Db> | null = null;
let current: Promise<ServerData> | null = null;
let loadedVersion: string | null = null;

async function load(versionKey: string): Promise<ServerData> {
  const store = await appStore();
  db ??= openNodeDuckDb();
  const duck = await db;
  const rows = store.currentObservations();
  const arrow = observationsArrow(rows);
  const key = createHash('sha256').update(arrow).digest('hex').slice(0, 16);
  await loadObservations(duck, rows, `obs-${key}`);
  return { db: duck, arrow, key, versionKey };
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
