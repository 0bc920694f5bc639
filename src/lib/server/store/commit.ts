// Writing versions: uploads, the first seed and rollbacks. Each runs in one IMMEDIATE
// transaction, so the diff is computed against the snapshot that is really current when the
// write lock is held, and a crash at any point leaves either the whole version or nothing.
import { createHash } from 'node:crypto';
import type { Observation } from '../../data/observation';
import { appendAudit } from '../auth/audit';
import { compareSnapshots, diffUpload } from './diff';
import { sanitiseFileName } from './fileName';
import { copySnapshot, readSnapshot, writeSnapshot } from './snapshot';
import type { Actor, CommitInput, DiffPreview, KeptField, Removal, StoreCore, VersionInfo, VersionKind } from './types';
import { copyVersionAliases, readVersionAliases, writeVersionAliases } from './versionAliases';
import { checkObservations } from './validate';
import { currentVersion, getVersion } from './versionQueries';

/** Another version landed between the preview and the commit: the previewed diff is stale. */
export class StaleBaseError extends Error {
  constructor(
    readonly expected: number | null,
    readonly actual: number | null
  ) {
    super(`Dữ liệu đã được cập nhật (phiên bản #${actual ?? 0}) sau khi bạn xem trước (#${expected ?? 0}); hãy xem trước lại.`);
    this.name = 'StaleBaseError';
  }
}

/** The upload would clear published figures and the user has not confirmed it: nothing is written. */
export class RemovalError extends Error {
  constructor(readonly removals: Removal[]) {
    super(`Tệp sẽ xoá ${removals.length} số liệu đã công bố (${removals.slice(0, 5).map(removalText).join('; ')}${removals.length > 5 ? '; …' : ''}): hãy xem trước và xác nhận xoá.`);
    this.name = 'RemovalError';
  }
}

const FIELD_VI = { value: 'điểm', rank: 'hạng', band: 'xếp loại' } as const;
export function removalText(r: Removal): string {
  return `${r.unit_name} ${r.year} ${r.indicator === 'total' ? 'tổng' : r.indicator}, ${FIELD_VI[r.field]} ${r.before}`;
}

export interface NewVersion {
  indexId: string;
  kind: VersionKind;
  userId: number | null;
  note: string;
  fileName: string | null;
  fileSha256: string | null;
  fileBytes: Buffer | null;
  rowCount: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  rolledBackTo: number | null;
}

export function insertVersion(store: StoreCore, v: NewVersion): number {
  const res = store.db
    .prepare(
      `INSERT INTO versions (index_id, kind, created_at, user_id, note, file_name, file_sha256, file_bytes,
         row_count, added, changed, unchanged, removed, rolled_back_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      v.indexId, v.kind, store.now().toISOString(), v.userId, v.note, v.fileName, v.fileSha256, v.fileBytes,
      v.rowCount, v.added, v.changed, v.unchanged, v.removed, v.rolledBackTo
    );
  return Number(res.lastInsertRowid);
}

/** What an upload would change, without writing. */
export function diffAgainstCurrent(store: StoreCore, indexId: string, observations: readonly Observation[], keep: readonly KeptField[] = []): DiffPreview {
  checkObservations(indexId, observations);
  // A read transaction: the version and its rows come from the same moment.
  return store.db.transaction(() => {
    const cur = currentVersion(store, indexId);
    return diffUpload(indexId, cur?.id ?? null, cur ? readSnapshot(store.db, cur.id) : [], observations, keep).preview;
  })();
}

function commit(store: StoreCore, input: CommitInput, onlyIfEmpty: boolean): VersionInfo | null {
  const { indexId, observations } = input;
  checkObservations(indexId, observations);
  if (input.kind === 'upload' && observations.length === 0) throw new Error('Tệp không có dòng dữ liệu nào');
  // Copy: the caller's buffer may be reused after we return.
  const bytes = input.fileBytes ? Buffer.from(input.fileBytes) : null;
  const sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
  const fileName = sanitiseFileName(input.fileName);

  const run = store.db.transaction((): number | null => {
    const cur = currentVersion(store, indexId);
    if (onlyIfEmpty && cur) return null;
    const baseId = cur?.id ?? null;
    if (input.expectedBaseVersionId !== undefined && input.expectedBaseVersionId !== baseId) {
      throw new StaleBaseError(input.expectedBaseVersionId, baseId);
    }
    const { preview, merged } = diffUpload(indexId, baseId, cur ? readSnapshot(store.db, cur.id) : [], observations, input.keep ?? []);
    // Checked against what is current now, not what was previewed: another commit may have landed since.
    if (preview.removals.length && !input.confirmRemovals) throw new RemovalError(preview.removals);
    const id = insertVersion(store, {
      indexId,
      kind: input.kind,
      userId: input.user?.id ?? null,
      note: input.note ?? '',
      fileName,
      fileSha256: sha256,
      fileBytes: bytes,
      rowCount: merged.length,
      added: preview.added,
      changed: preview.changed,
      unchanged: preview.unchanged,
      removed: 0,
      rolledBackTo: null
    });
    writeSnapshot(store.db, id, merged);
    const aliases = writeVersionAliases(store.db, id, baseId, input.aliases ?? []);
    if (input.kind === 'upload') {
      const { added, changed, unchanged } = preview;
      const removed = preview.removals.map(removalText);
      appendAudit(store, {
        action: 'upload',
        userId: input.user?.id ?? null,
        detail: { indexId, versionId: id, fileName, sha256, added, changed, unchanged, ...(aliases.length ? { aliases } : {}), ...(removed.length ? { removed } : {}) },
        ip: input.ip
      });
    }
    input.beforeCommit?.();
    return id;
  });
  const id = run.immediate();
  return id === null ? null : getVersion(store, id);
}

export function commitVersion(store: StoreCore, input: CommitInput): VersionInfo {
  return commit(store, input, false)!;
}

/** The first version of an index, from the shipped data; a no-op (null) once the index has any version. */
export function seedIfEmpty(store: StoreCore, indexId: string, observations: readonly Observation[], note: string): VersionInfo | null {
  return commit(store, { indexId, observations, kind: 'seed', user: null, note }, true);
}

/** A new version whose snapshot is an exact copy of an older one's. */
export function rollback(
  store: StoreCore,
  versionId: number,
  user: Actor | null,
  opts: { note?: string; ip?: string | null } = {}
): VersionInfo {
  const run = store.db.transaction((): number => {
    const target = getVersion(store, versionId);
    if (!target) throw new Error(`Không có phiên bản #${versionId}`);
    const cur = currentVersion(store, target.indexId)!;
    if (cur.id === target.id) throw new Error(`Phiên bản #${versionId} đang là phiên bản hiện hành`);
    const counts = compareSnapshots(readSnapshot(store.db, cur.id), readSnapshot(store.db, target.id));
    const id = insertVersion(store, {
      indexId: target.indexId,
      kind: 'rollback',
      userId: user?.id ?? null,
      note: opts.note ?? `Khôi phục phiên bản #${target.id}`,
      fileName: null,
      fileSha256: null,
      fileBytes: null,
      rowCount: target.rowCount,
      ...counts,
      rolledBackTo: target.id
    });
    copySnapshot(store.db, target.id, id);
    copyVersionAliases(store.db, target.id, id);
    const kept = new Set(readVersionAliases(store.db, target.id).map((a) => a.aliasKey));
    const aliasesRemoved = readVersionAliases(store.db, cur.id)
      .filter((a) => !kept.has(a.aliasKey))
      .map((a) => ({ name: a.name, unitCode: a.unitCode }));
    appendAudit(store, {
      action: 'rollback',
      userId: user?.id ?? null,
      detail: { indexId: target.indexId, versionId: id, rolledBackTo: target.id, replaced: cur.id, ...counts, ...(aliasesRemoved.length ? { aliasesRemoved } : {}) },
      ip: opts.ip
    });
    return id;
  });
  return getVersion(store, run.immediate())!;
}
