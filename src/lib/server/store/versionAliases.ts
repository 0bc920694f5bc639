// Names an upload mapped to units, kept with the version like its rows: each version of an index holds
// the whole set in force (its predecessor's plus its own), so rolling back restores the older set.
import type Database from 'better-sqlite3';
import { nameKey } from '../../units/provinceNames';
import type { StoreCore, UploadAlias } from './types';

export interface VersionAlias {
  aliasKey: string;
  name: string;
  unitCode: string;
  /** The version whose upload brought it. */
  addedIn: number;
}

const COLS = 'alias_key AS aliasKey, name, unit_code AS unitCode, added_in AS addedIn';

export function readVersionAliases(db: Database.Database, versionId: number): VersionAlias[] {
  return db.prepare(`SELECT ${COLS} FROM version_aliases WHERE version_id = ? ORDER BY alias_key`).all(versionId) as VersionAlias[];
}

/** The new version's set: the base version's aliases, then this upload's (a key already mapped elsewhere is refused). */
export function writeVersionAliases(db: Database.Database, versionId: number, baseId: number | null, added: readonly UploadAlias[]): UploadAlias[] {
  const insert = db.prepare('INSERT INTO version_aliases (version_id, alias_key, name, unit_code, added_in) VALUES (?, ?, ?, ?, ?)');
  const set = new Map<string, VersionAlias>();
  for (const a of baseId == null ? [] : readVersionAliases(db, baseId)) set.set(a.aliasKey, a);
  const landed: UploadAlias[] = [];
  for (const a of added) {
    const key = nameKey(a.name);
    if (!key) continue;
    const prev = set.get(key);
    if (prev && prev.unitCode !== a.unitCode) throw new Error(`Tên "${a.name}" đã được gán cho đơn vị ${prev.unitCode}`);
    if (prev) continue;
    set.set(key, { aliasKey: key, name: a.name, unitCode: a.unitCode, addedIn: versionId });
    landed.push(a);
  }
  for (const a of set.values()) insert.run(versionId, a.aliasKey, a.name, a.unitCode, a.addedIn);
  return landed;
}

export function copyVersionAliases(db: Database.Database, fromVersionId: number, toVersionId: number): void {
  db.prepare(
    'INSERT INTO version_aliases (version_id, alias_key, name, unit_code, added_in) SELECT ?, alias_key, name, unit_code, added_in FROM version_aliases WHERE version_id = ?'
  ).run(toVersionId, fromVersionId);
}

/** Aliases in force: those of every index's current version. */
export function currentVersionAliases(store: StoreCore): VersionAlias[] {
  return store.db
    .prepare(`SELECT ${COLS} FROM version_aliases WHERE version_id IN (SELECT max(id) FROM versions GROUP BY index_id) ORDER BY alias_key`)
    .all() as VersionAlias[];
}
