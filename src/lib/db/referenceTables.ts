// Small reference tables the views join on (regions), created once per DuckDB on first use from
// text bundled with the app. They sit beside the long table: loading or replacing observations
// (shipped data, uploads) never touches them, and no loader has to know about them.
import type { Db } from './db';
import { createRegionsTable } from './sql';
import { REGION_OF_PROVINCE } from '../units/regions';

const ready = new WeakMap<Db, Promise<void>>();

/** For a Db whose opener built the tables itself (the browser's, alongside the long table). */
export function markReferenceTablesReady(db: Db): void {
  ready.set(db.base ?? db, Promise.resolve());
}

// Kept per base Db: a cache's background door shares its tables (making them again would be DDL, which
// empties the cache and drops the browser's prepared statements).
export function ensureReferenceTables(db: Db): Promise<void> {
  const key = db.base ?? db;
  let p = ready.get(key);
  if (!p) {
    p = createRegionsTable(db, REGION_OF_PROVINCE);
    // A failed attempt is retried by the next view, not cached.
    p.catch(() => ready.delete(key));
    ready.set(key, p);
  }
  return p;
}
