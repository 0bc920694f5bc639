import { describe, expect, it } from 'vitest';
import { createSession, purgeExpiredSessions, SESSION_TTL_MS, validateSession, verifyCsrf, destroySession } from '../../../src/lib/server/auth/sessions';
import { createUser, setDisabled } from '../../../src/lib/server/auth/users';
import { TestClock } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();

async function setup() {
  const clock = new TestClock();
  const s = h.open(h.dir(), { now: clock.now });
  const user = await createUser(s, { username: 'hoa', password: 'Ninh-Thuan-2025!', role: 'editor', indices: ['pci'] });
  return { clock, s, user };
}

describe('sessions', () => {
  it('store only the token hash and return the user for a valid token', async () => {
    const { s, user } = await setup();
    const { token, session } = createSession(s, user);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = s.db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]).not.toContain(token);
    expect(validateSession(s, token)).toEqual(session);
    expect(validateSession(s, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(validateSession(s, '')).toBeNull();
    expect(validateSession(s, undefined)).toBeNull();
  });

  it('expire after 12 hours', async () => {
    const { clock, s, user } = await setup();
    const { token } = createSession(s, user);
    clock.advance(SESSION_TTL_MS - 1000);
    expect(validateSession(s, token)?.user.id).toBe(user.id);
    clock.advance(1000);
    expect(validateSession(s, token)).toBeNull();
    expect(s.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('end on logout, on disabling the account, and are purged when expired', async () => {
    const { clock, s, user } = await setup();
    const a = createSession(s, user);
    destroySession(s, a.token);
    expect(validateSession(s, a.token)).toBeNull();
    const b = createSession(s, user);
    setDisabled(s, user.id, true);
    expect(validateSession(s, b.token)).toBeNull();
    setDisabled(s, user.id, false);
    createSession(s, user);
    clock.advance(SESSION_TTL_MS);
    expect(purgeExpiredSessions(s)).toBe(1);
  });

  it('carry a per-session CSRF token, compared in constant time', async () => {
    const { s, user } = await setup();
    const a = createSession(s, user).session;
    const b = createSession(s, user).session;
    expect(a.csrfToken).not.toBe(b.csrfToken);
    expect(verifyCsrf(a, a.csrfToken)).toBe(true);
    expect(verifyCsrf(a, b.csrfToken)).toBe(false);
    expect(verifyCsrf(a, '')).toBe(false);
    expect(verifyCsrf(a, null)).toBe(false);
  });
});
