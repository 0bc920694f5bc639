// Uploads previewed but not yet confirmed. Nothing reaches the store until the user confirms.
// Previews are held in memory within budgets (issue 13): each user has a count and a byte budget and
// only ever evicts their own oldest previews; all users together have a byte budget, and when it is
// full a new preview is refused (never someone else's dropped); previews expire after 10 minutes.
import { randomBytes } from 'node:crypto';
import type { Observation } from '../../data/observation';
import type { ImportIssue } from '../../import/types';
import type { KeptField, UploadAlias } from '../store/types';

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
  /** Estimated memory held, in bytes. */
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

/** Rough bytes held by one preview: the file, each observation object and its strings, the messages. */
export function estimateSize(p: Pick<PendingUpload, 'bytes' | 'observations' | 'issues'>): number {
  let n = p.bytes.byteLength;
  for (const o of p.observations) n += 160 + 2 * (o.unit_code.length + o.unit_name.length + o.indicator.length + o.source.length + (o.band?.length ?? 0));
  for (const i of p.issues) n += 80 + 2 * i.message.length;
  return n;
}

const mb = (b: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(b / 1048576);

export class PendingUploads {
  private pending = new Map<string, PendingUpload>();
  private total = 0;

  constructor(private limits: PendingLimits = DEFAULT_LIMITS) {}

  private drop(id: string) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    this.total -= p.size;
  }

  private sweep(now: number) {
    for (const [id, p] of this.pending) if (now - p.createdAt > this.limits.ttlMs) this.drop(id);
  }

  private ofUser(userId: number): PendingUpload[] {
    return [...this.pending.values()].filter((p) => p.userId === userId); // insertion order: oldest first
  }

  put(p: Omit<PendingUpload, 'id' | 'createdAt' | 'size'>, now = Date.now()): PutResult {
    this.sweep(now);
    const size = estimateSize(p);
    const { perUserBytes, perUserCount, totalBytes } = this.limits;
    if (size > perUserBytes)
      return { ok: false, message: `Bản xem trước quá lớn để giữ chờ xác nhận (khoảng ${mb(size)} MB, tối đa ${mb(perUserBytes)} MB): hãy tách tệp theo năm rồi tải lên lại.` };
    // Make room among this user's own previews only.
    const mine = this.ofUser(p.userId);
    let mineBytes = mine.reduce((s, x) => s + x.size, 0);
    while (mine.length && (mine.length >= perUserCount || mineBytes + size > perUserBytes)) {
      const old = mine.shift()!;
      mineBytes -= old.size;
      this.drop(old.id);
    }
    if (this.total + size > totalBytes)
      return { ok: false, message: 'Máy chủ đang giữ nhiều bản xem trước chờ xác nhận của người dùng khác: hãy thử lại sau ít phút.' };
    const entry: PendingUpload = { ...p, id: randomBytes(16).toString('base64url'), createdAt: now, size };
    this.pending.set(entry.id, entry);
    this.total += size;
    return { ok: true, entry };
  }

  /** The user's own preview, still there; it stays until taken (a refused commit can be retried). */
  get(id: string, userId: number, now = Date.now()): PendingUpload | null {
    this.sweep(now);
    const p = this.pending.get(id);
    return p && p.userId === userId ? p : null;
  }

  take(id: string, userId: number, now = Date.now()): PendingUpload | null {
    const p = this.get(id, userId, now);
    if (p) this.drop(id);
    return p;
  }

  /** Bytes held, for tests and monitoring. */
  bytesHeld(): number {
    return this.total;
  }
}

/** The server's one set of pending previews. */
export const pendingUploads = new PendingUploads();

export const PREVIEW_GONE = 'Bản xem trước đã hết hạn (sau 10 phút) hoặc đã được thay bằng bản xem trước mới hơn của bạn: hãy bấm "Xem trước" để đọc lại tệp rồi lưu.';
