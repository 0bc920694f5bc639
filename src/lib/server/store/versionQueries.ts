// Read-only queries over the versions table.
import type { StoreCore, VersionFile, VersionInfo, VersionKind } from './types';

interface VersionRow {
  id: number;
  index_id: string;
  kind: VersionKind;
  created_at: string;
  user_id: number | null;
  note: string;
  file_name: string | null;
  file_sha256: string | null;
  file_size: number | null;
  row_count: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  rolled_back_to: number | null;
}

// Never select file_bytes in listings: uploads can be megabytes each.
const COLS = `id, index_id, kind, created_at, user_id, note, file_name, file_sha256,
  length(file_bytes) AS file_size, row_count, added, changed, unchanged, removed, rolled_back_to`;

function toInfo(r: VersionRow): VersionInfo {
  return {
    id: r.id,
    indexId: r.index_id,
    kind: r.kind,
    createdAt: r.created_at,
    userId: r.user_id,
    note: r.note,
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    fileSize: r.file_size,
    rowCount: r.row_count,
    added: r.added,
    changed: r.changed,
    unchanged: r.unchanged,
    removed: r.removed,
    rolledBackTo: r.rolled_back_to
  };
}

export function getVersion(store: StoreCore, versionId: number): VersionInfo | null {
  const r = store.db.prepare(`SELECT ${COLS} FROM versions WHERE id = ?`).get(versionId) as VersionRow | undefined;
  return r ? toInfo(r) : null;
}

/** The latest version of an index. Ids only grow, so "latest" is the largest id, whatever the clock said. */
export function currentVersion(store: StoreCore, indexId: string): VersionInfo | null {
  const r = store.db
    .prepare(`SELECT ${COLS} FROM versions WHERE index_id = ? ORDER BY id DESC LIMIT 1`)
    .get(indexId) as VersionRow | undefined;
  return r ? toInfo(r) : null;
}

/** Newest first. */
export function listVersions(store: StoreCore, indexId?: string): VersionInfo[] {
  const rows = (
    indexId === undefined
      ? store.db.prepare(`SELECT ${COLS} FROM versions ORDER BY id DESC`).all()
      : store.db.prepare(`SELECT ${COLS} FROM versions WHERE index_id = ? ORDER BY id DESC`).all(indexId)
  ) as VersionRow[];
  return rows.map(toInfo);
}

/** The uploaded file as received, for download and audit. */
export function versionFile(store: StoreCore, versionId: number): VersionFile | null {
  const r = store.db
    .prepare('SELECT file_name, file_sha256, file_bytes FROM versions WHERE id = ? AND file_bytes IS NOT NULL')
    .get(versionId) as { file_name: string | null; file_sha256: string; file_bytes: Buffer } | undefined;
  return r ? { fileName: r.file_name, sha256: r.file_sha256, bytes: r.file_bytes } : null;
}

/**
 * Changes whenever any index's current version changes: every commit or rollback inserts a row
 * with a larger id. The store id keeps keys from a wiped-and-recreated store from colliding.
 */
export function currentVersionKey(store: StoreCore): string {
  const r = store.db
    .prepare(`SELECT (SELECT value FROM settings WHERE key = 'store_id') AS sid, (SELECT max(id) FROM versions) AS vid`)
    .get() as { sid: string | null; vid: number | null };
  return `${r.sid ?? 'x'}-${r.vid ?? 0}`;
}
