// Keeps an existing store up to date with the shipped data (data/). At each start, per index: the
// first time, a 'seed' version; when the shipped rows' hash changes, a new 'seed' version with the
// new rows merged under what users uploaded (uploaded cells win), audited as 'seed_refreshed'.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Observation } from '../../data/observation';
import { OBSERVATION_COLUMNS } from '../../data/observation';
import { appendAudit } from '../auth/audit';
import { insertVersion } from './commit';
import { compareSnapshots } from './diff';
import { mergeShippedUnderUploads } from './shippedMerge';
import { readSnapshot, writeSnapshot } from './snapshot';
import type { StoreCore, VersionInfo } from './types';
import { currentVersion, getVersion } from './versionQueries';

export type ShippedSyncStatus = 'seeded' | 'unchanged' | 'recorded' | 'refreshed';

export interface ShippedSyncResult {
  status: ShippedSyncStatus;
  version: VersionInfo | null;
  userCells: number;
  overridden: number;
}

/** Content hash of one index's shipped rows, independent of their order. */
export function shippedHash(rows: readonly Observation[]): string {
  const lines = rows.map((r) => JSON.stringify(OBSERVATION_COLUMNS.map((c) => r[c]))).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

interface Recorded {
  content_hash: string;
  rows_gzip: Buffer;
}

function recorded(store: StoreCore, indexId: string): Recorded | undefined {
  return store.db.prepare('SELECT content_hash, rows_gzip FROM shipped_data WHERE index_id = ?').get(indexId) as Recorded | undefined;
}

function record(store: StoreCore, indexId: string, hash: string, rows: readonly Observation[], versionId: number | null): void {
  store.db
    .prepare(
      `INSERT INTO shipped_data (index_id, content_hash, rows_gzip, version_id, recorded_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (index_id) DO UPDATE SET content_hash = excluded.content_hash, rows_gzip = excluded.rows_gzip,
         version_id = coalesce(excluded.version_id, shipped_data.version_id), recorded_at = excluded.recorded_at`
    )
    .run(indexId, hash, gzipSync(JSON.stringify(rows)), versionId, store.now().toISOString());
}

/** What was shipped before: recorded rows, or (a store from before this was recorded) its first seed. */
function previousShipped(store: StoreCore, indexId: string, rec: Recorded | undefined): Observation[] {
  if (rec) return JSON.parse(gunzipSync(rec.rows_gzip).toString('utf8')) as Observation[];
  const first = store.db.prepare(`SELECT min(id) AS id FROM versions WHERE index_id = ? AND kind = 'seed'`).get(indexId) as { id: number | null };
  return first.id == null ? [] : readSnapshot(store.db, first.id);
}

export function syncShippedData(store: StoreCore, indexId: string, rows: readonly Observation[], note: string): ShippedSyncResult {
  const hash = shippedHash(rows);
  const run = store.db.transaction((): ShippedSyncResult => {
    const rec = recorded(store, indexId);
    if (rec?.content_hash === hash) return { status: 'unchanged', version: null, userCells: 0, overridden: 0 };
    const cur = currentVersion(store, indexId);
    const current = cur ? readSnapshot(store.db, cur.id) : [];
    const { merged, userCells, overridden } = mergeShippedUnderUploads(previousShipped(store, indexId, rec), current, rows);
    const counts = compareSnapshots(current, merged);
    if (cur && counts.added + counts.changed + counts.removed === 0) {
      // Same content as the store already holds (a store seeded before hashes were kept).
      record(store, indexId, hash, rows, null);
      return { status: 'recorded', version: null, userCells, overridden: overridden.length };
    }
    const id = insertVersion(store, {
      indexId,
      kind: 'seed',
      userId: null,
      note: cur ? `${note} — bản cập nhật; giữ ${userCells} ô do người dùng tải lên` : note,
      fileName: null,
      fileSha256: null,
      fileBytes: null,
      rowCount: merged.length,
      ...counts,
      rolledBackTo: null
    });
    writeSnapshot(store.db, id, merged);
    record(store, indexId, hash, rows, id);
    if (cur) {
      appendAudit(store, {
        action: 'seed_refreshed',
        userId: null,
        detail: {
          indexId,
          versionId: id,
          replaced: cur.id,
          previousHash: rec?.content_hash ?? null,
          hash,
          ...counts,
          userCellsKept: userCells,
          // Uploaded cells the new release gives differently: kept as uploaded.
          overridden: overridden.slice(0, 50),
          overriddenCount: overridden.length
        }
      });
    }
    return { status: cur ? 'refreshed' : 'seeded', version: getVersion(store, id), userCells, overridden: overridden.length };
  });
  return run.immediate();
}
