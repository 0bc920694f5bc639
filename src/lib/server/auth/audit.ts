// The audit log: who did what, when, from where. Append-only (triggers refuse UPDATE/DELETE).
import type { StoreCore } from '../store/types';

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'upload'
  | 'rollback'
  | 'user_created'
  /** Role, indices, password or disabled flag changed: privilege changes are audited too. */
  | 'user_changed'
  | 'catalogue_changed'
  /** A new release's shipped data merged under what users uploaded (store/shippedSync.ts). */
  | 'seed_refreshed';

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  action: AuditAction;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface AuditInput {
  action: AuditAction;
  userId?: number | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends one entry. Call it inside the caller's transaction when the action writes data too. */
export function appendAudit(store: StoreCore, e: AuditInput): number {
  const res = store.db
    .prepare('INSERT INTO audit_log (at, user_id, action, detail, ip) VALUES (?, ?, ?, ?, ?)')
    .run(store.now().toISOString(), e.userId ?? null, e.action, JSON.stringify(e.detail ?? {}), e.ip ?? null);
  return Number(res.lastInsertRowid);
}

export interface AuditQuery {
  action?: AuditAction;
  userId?: number;
  /** Only entries with a smaller id: for paging back. */
  beforeId?: number;
  limit?: number;
}

/** Newest first. */
export function listAudit(store: StoreCore, q: AuditQuery = {}): AuditEntry[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, v: string | number | undefined) => {
    if (v === undefined) return;
    where.push(clause);
    params.push(v);
  };
  add('action = ?', q.action);
  add('user_id = ?', q.userId);
  add('id < ?', q.beforeId);
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? 100)), 1000);
  const rows = store.db
    .prepare(
      `SELECT id, at, user_id, action, detail, ip FROM audit_log
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ${limit}`
    )
    .all(...params) as { id: number; at: string; user_id: number | null; action: AuditAction; detail: string; ip: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    action: r.action,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    ip: r.ip
  }));
}
