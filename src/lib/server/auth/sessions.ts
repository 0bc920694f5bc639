// Login sessions. The cookie carries a random 32-byte token; the database keeps only its
// SHA-256, so a leaked database file (or backup) does not let anyone log in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StoreCore } from '../store/types';
import { toUser, type User } from './users';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface Session {
  user: User;
  /** Put in forms and checked on every state-changing request (see verifyCsrf). */
  csrfToken: string;
  expiresAt: string;
}

/** What the database keeps of a session token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session; returns the token for the cookie (never stored) and the session. */
export function createSession(store: StoreCore, user: User): { token: string; session: Session } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = store.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  store.db
    .prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, csrf_token) VALUES (?, ?, ?, ?, ?)')
    .run(hashToken(token), user.id, now.toISOString(), expiresAt, csrfToken);
  return { token, session: { user, csrfToken, expiresAt } };
}

/** The session's user, or null when the token is unknown, expired, or the account disabled. */
export function validateSession(store: StoreCore, token: string | null | undefined): Session | null {
  // A well-formed token is 43 base64url characters; anything else is not worth a query.
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const h = hashToken(token);
  const r = store.db
    .prepare(
      `SELECT s.expires_at, s.csrf_token, u.id, u.username, u.role, u.indices, u.created_at, u.disabled
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`
    )
    .get(h) as
    | { expires_at: string; csrf_token: string; id: number; username: string; role: User['role']; indices: string; created_at: string; disabled: number }
    | undefined;
  if (!r) return null;
  // ISO strings from the same clock compare correctly as text; Date.parse keeps it explicit.
  if (Date.parse(r.expires_at) <= store.now().getTime()) {
    store.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(h);
    return null;
  }
  if (r.disabled === 1) return null;
  return { user: toUser(r), csrfToken: r.csrf_token, expiresAt: r.expires_at };
}

export function destroySession(store: StoreCore, token: string): void {
  store.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

/** Housekeeping (e.g. at start and hourly): expired rows serve no purpose. */
export function purgeExpiredSessions(store: StoreCore): number {
  return store.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(store.now().toISOString()).changes;
}

/** Constant-time comparison of the submitted CSRF token with the session's. */
export function verifyCsrf(session: Session, submitted: string | null | undefined): boolean {
  if (!submitted) return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
