// Login throttling: at most 5 failed logins per username + IP in any 15 minutes.
//
// Kept in SQLite, and derived from the audit log's 'login_failed' entries rather than a table
// of its own: every failure is audited anyway, so there is one record that cannot disagree with
// another; a restart does not wipe an attacker's count (memory would); and the count is shared
// if two server processes ever run. A successful login starts the count afresh.
import type { StoreCore } from '../store/types';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type LockStatus = { locked: false; failures: number } | { locked: true; failures: number; retryAfterSeconds: number };

/** The key as audited: the normalised username, capped so a pasted essay is not logged whole. */
export const auditUsername = (username: string) => (username ?? '').normalize('NFC').trim().toLowerCase().slice(0, 64);

export function loginLockStatus(store: StoreCore, username: string, ip: string | null, pending = 0): LockStatus {
  const now = store.now().getTime();
  const params = { since: new Date(now - WINDOW_MS).toISOString(), username: auditUsername(username), ip };
  const match = `at > @since AND json_extract(detail, '$.username') = @username AND ip IS @ip`;
  const rows = store.db
    .prepare(
      `SELECT at FROM audit_log
       WHERE action = 'login_failed' AND ${match}
         AND id > coalesce((SELECT max(id) FROM audit_log WHERE action = 'login' AND ${match}), 0)
       ORDER BY id DESC LIMIT ${MAX_FAILURES}`
    )
    .all(params) as { at: string }[];
  const failures = rows.length + pending;
  if (failures < MAX_FAILURES) return { locked: false, failures };
  // Sliding window: the lock ends when the oldest of the counted failures leaves it.
  // (With attempts still in flight, the newest failure stands in, a safe overestimate.)
  const oldest = rows.length >= MAX_FAILURES ? rows[MAX_FAILURES - 1].at : (rows[0]?.at ?? new Date(now).toISOString());
  const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(oldest) + WINDOW_MS - now) / 1000));
  return { locked: true, failures, retryAfterSeconds };
}
