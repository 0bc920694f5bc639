// Uploads previewed but not yet confirmed. Nothing reaches the published data until the user confirms.
// Previews are kept in the store's pending_uploads table (issue 13), so they hold no memory and survive a
// restart, within budgets: each user has a count and a byte budget and only ever evicts their own oldest
// previews; all users together have a byte budget, and when it is full a new preview is refused (never
// someone else's dropped); previews expire after 10 minutes. Writes run in IMMEDIATE transactions, so two
// requests (or two processes on one store) cannot both take one preview.
import { randomBytes } from 'node:crypto';
import type { Observation } from '../../data/observation';
import type { ImportIssue } from '../../import/types';
import type { KeptField, StoreCore, UploadAlias } from '../store/types';

export interface PendingUpload {
  id: string;
  userId: number;
  indexId: string;
  fileName: string;
  bytes: Uint8Array;
  observations: Observation[];
  issues: ImportIssue[];
  baseVersionId: number | null;
  /** Fields the file has no column for: the stored ones are kept on commit. */
  keep: KeptField[];
  /** Names mapped to units in this upload: they land with its commit. */
  aliases: UploadAlias[];
  createdAt: number;
  /** Bytes held on disk: the file and the parsed payload. */
  size: number;
}

export interface PendingLimits {
  ttlMs: number;
  perUserCount: number;
  perUserBytes: number;
  totalBytes: number;
}

export const DEFAULT_LIMITS: PendingLimits = { ttlMs: 10 * 60 * 1000, perUserCount: 5, perUserBytes: 64 * 1024 * 1024, totalBytes: 256 * 1024 * 1024 };

export type PutResult = { ok: true; entry: PendingUpload } | { ok: false; message: string };

/** What the payload column holds, as JSON. */
type Payload = Pick<PendingUpload, 'observations' | 'issues' | 'baseVersionId' | 'keep' | 'aliases'>;

interface Row {
  id: string;
  user_id: number;
  index_id: string;
  file_name: string;
  bytes: Buffer;
  payload: string;
  size: number;
  created_at: number;
}

const mb = (b: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(b / 1048576);

function fromRow(r: Row): PendingUpload {
  const p = JSON.parse(r.payload) as Payload;
  return { id: r.id, userId: r.user_id, indexId: r.index_id, fileName: r.file_name, bytes: r.bytes, ...p, createdAt: r.created_at, size: r.size };
}

export class PendingUploads {
  private readonly store: Pick<StoreCore, 'db' | 'now'>;
  private readonly limits: PendingLimits;

  constructor(store: Pick<StoreCore, 'db' | 'now'>, limits: PendingLimits = DEFAULT_LIMITS) {
    this.store = store;
    this.limits = limits;
  }

  private get db() {
    return this.store.db;
  }

  private clock(): number {
    return this.store.now().getTime();
  }

  private sweep(now: number) {
    this.db.prepare('DELETE FROM pending_uploads WHERE created_at < ?').run(now - this.limits.ttlMs);
  }

  put(p: Omit<PendingUpload, 'id' | 'createdAt' | 'size'>, now = this.clock()): PutResult {
    const payload: Payload = { observations: p.observations, issues: p.issues, baseVersionId: p.baseVersionId, keep: p.keep, aliases: p.aliases };
    const json = JSON.stringify(payload);
    const size = p.bytes.byteLength + Buffer.byteLength(json);
    const { perUserBytes, perUserCount, totalBytes } = this.limits;
    if (size > perUserBytes)
      return { ok: false, message: `Bản xem trước quá lớn để giữ chờ xác nhận (khoảng ${mb(size)} MB, tối đa ${mb(perUserBytes)} MB): hãy tách tệp theo năm rồi tải lên lại.` };
    return this.db
      .transaction((): PutResult => {
        this.sweep(now);
        // Make room among this user's own previews only, oldest first.
        const mine = this.db
          .prepare('SELECT id, size FROM pending_uploads WHERE user_id = ? ORDER BY created_at, rowid')
          .all(p.userId) as { id: string; size: number }[];
        let mineBytes = mine.reduce((s, x) => s + x.size, 0);
        const evict: string[] = [];
        let evicted = 0;
        while (mine.length && (mine.length >= perUserCount || mineBytes + size > perUserBytes)) {
          const old = mine.shift()!;
          mineBytes -= old.size;
          evicted += old.size;
          evict.push(old.id);
        }
        // Refused before anything is dropped: the user keeps the previews they had.
        if (this.bytesHeld() - evicted + size > totalBytes)
          return { ok: false, message: 'Máy chủ đang giữ nhiều bản xem trước chờ xác nhận của người dùng khác: hãy thử lại sau ít phút.' };
        const del = this.db.prepare('DELETE FROM pending_uploads WHERE id = ?');
        for (const id of evict) del.run(id);
        const entry: PendingUpload = { ...p, ...payload, id: randomBytes(16).toString('base64url'), createdAt: now, size };
        this.db
          .prepare('INSERT INTO pending_uploads (id, user_id, index_id, file_name, bytes, payload, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(entry.id, entry.userId, entry.indexId, entry.fileName, Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength), json, size, now);
        return { ok: true, entry };
      })
      .immediate();
  }

  /** The user's own preview, still there; it stays until taken (a refused commit can be retried). */
  get(id: string, userId: number, now = this.clock()): PendingUpload | null {
    this.sweep(now);
    const r = this.db.prepare('SELECT * FROM pending_uploads WHERE id = ? AND user_id = ?').get(id, userId) as Row | undefined;
    return r ? fromRow(r) : null;
  }

  take(id: string, userId: number, now = this.clock()): PendingUpload | null {
    return this.db
      .transaction(() => {
        const p = this.get(id, userId, now);
        if (p) this.db.prepare('DELETE FROM pending_uploads WHERE id = ?').run(id);
        return p;
      })
      .immediate();
  }

  /**
   * Removes the preview and runs `use` in the same transaction: the preview is gone exactly when `use`
   * succeeds (a commit that lands), and stays when it throws (a refused commit can be retried).
   * Null, and `use` not run, when the preview is no longer there (taken by another request, expired, replaced).
   */
  consume<T>(id: string, userId: number, use: () => T, now = this.clock()): { value: T } | null {
    return this.db
      .transaction(() => {
        const gone = this.db
          .prepare('DELETE FROM pending_uploads WHERE id = ? AND user_id = ? AND created_at >= ?')
          .run(id, userId, now - this.limits.ttlMs);
        return gone.changes ? { value: use() } : null;
      })
      .immediate();
  }

  /** Bytes held, for tests and monitoring. */
  bytesHeld(): number {
    return (this.db.prepare('SELECT coalesce(sum(size), 0) AS n FROM pending_uploads').get() as { n: number }).n;
  }
}

const perStore = new WeakMap<object, PendingUploads>();

/** The one set of pending previews kept in this store (keyed by its connection). */
export function pendingUploadsFor(store: Pick<StoreCore, 'db' | 'now'>): PendingUploads {
  let p = perStore.get(store.db);
  if (!p) perStore.set(store.db, (p = new PendingUploads(store)));
  return p;
}

export const PREVIEW_GONE = 'Bản xem trước đã hết hạn (sau 10 phút) hoặc đã được thay bằng bản xem trước mới hơn của bạn: hãy bấm "Xem trước" để đọc lại tệp rồi lưu.';
