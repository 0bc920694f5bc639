// The login and logout flows the routes call: rate limit, verify, session, audit.
import type { StoreCore } from '../store/types';
import { appendAudit } from './audit';
import { auditUsername, loginLockStatus } from './rateLimit';
import { createSession, destroySession, validateSession, type Session } from './sessions';
import { verifyLogin } from './users';

export type LoginResult =
  | { ok: true; token: string; session: Session }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

// Verifications in flight per username+IP: scrypt is async, so without this ten parallel
// requests could all pass the limit check before the first failure is recorded.
const pending = new Map<string, number>();

export async function login(store: StoreCore, username: string, password: string, ip: string | null): Promise<LoginResult> {
  const name = auditUsername(username);
  const key = `${name}\u0000${ip ?? ''}`;
  const inFlight = pending.get(key) ?? 0;
  const lock = loginLockStatus(store, name, ip, inFlight);
  // Locked attempts are refused before hashing and not audited one by one (no log flooding).
  if (lock.locked) return { ok: false, reason: 'locked', retryAfterSeconds: lock.retryAfterSeconds };
  pending.set(key, inFlight + 1);
  try {
    const user = await verifyLogin(store, name, password);
    if (!user) {
      appendAudit(store, { action: 'login_failed', detail: { username: name }, ip });
      return { ok: false, reason: 'invalid' };
    }
    const { token, session } = store.db.transaction(() => {
      appendAudit(store, { action: 'login', userId: user.id, detail: { username: name }, ip });
      return createSession(store, user);
    })();
    return { ok: true, token, session };
  } finally {
    const n = (pending.get(key) ?? 1) - 1;
    if (n > 0) pending.set(key, n);
    else pending.delete(key);
  }
}

export function logout(store: StoreCore, token: string, ip: string | null): void {
  const s = validateSession(store, token);
  destroySession(store, token);
  if (s) appendAudit(store, { action: 'logout', userId: s.user.id, detail: { username: s.user.username }, ip });
}
