// Reading and writing the observation rows of one version (a complete snapshot of one index).
import type Database from 'better-sqlite3';
import { OBSERVATION_COLUMNS, type Observation } from '../../data/observation';

const COLS = OBSERVATION_COLUMNS.join(', ');
// One stable order everywhere, so snapshots compare and serialise identically.
export const OBSERVATION_ORDER = 'index_id, unit_code, year, indicator';

export function readSnapshot(db: Database.Database, versionId: number): Observation[] {
  return db
    .prepare(`SELECT ${COLS} FROM observations WHERE version_id = ? ORDER BY ${OBSERVATION_ORDER}`)
    .all(versionId) as Observation[];
}

export function writeSnapshot(db: Database.Database, versionId: number, rows: readonly Observation[]): void {
  const insert = db.prepare(
    `INSERT INTO observations (version_id, ${COLS}) VALUES (?, ${OBSERVATION_COLUMNS.map(() => '?').join(', ')})`
  );
  for (const r of rows) insert.run(versionId, ...OBSERVATION_COLUMNS.map((c) => r[c]));
}

/** A rollback's snapshot: the old version's rows, copied inside SQLite. */
export function copySnapshot(db: Database.Database, fromVersionId: number, toVersionId: number): void {
  db.prepare(
    `INSERT INTO observations (version_id, ${COLS}) SELECT ?, ${COLS} FROM observations WHERE version_id = ?`
  ).run(toVersionId, fromVersionId);
}

/** The current snapshot of every index (or one), in the stable order. */
export function readCurrent(db: Database.Database, indexId?: string): Observation[] {
  const latest = `SELECT max(id) FROM versions ${indexId === undefined ? '' : 'WHERE index_id = @indexId'} GROUP BY index_id`;
  const stmt = db.prepare(`SELECT ${COLS} FROM observations WHERE version_id IN (${latest}) ORDER BY ${OBSERVATION_ORDER}`);
  return (indexId === undefined ? stmt.all() : stmt.all({ indexId })) as Observation[];
}
