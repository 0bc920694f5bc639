import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { login, logout } from '../../../src/lib/server/auth/login';
import { loginLockStatus, WINDOW_MS } from '../../../src/lib/server/auth/rateLimit';
import { validateSession } from '../../../src/lib/server/auth/sessions';
import { createUser } from '../../../src/lib/server/auth/users';
import { TestClock } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();
const IP = '203.113.1.10';

async function setup() {
  const clock = new TestClock();
  const s = h.open(h.dir(), { now: clock.now });
  await createUser(s, { username: 'thuha', password: 'Quang-Tri-PCI-2025', role: 'viewer' });
  return { clock, s };
}

describe('login rate limit', () => {
  it('locks after 5 failures per username + IP, with the remaining seconds, and unlocks after the window', async () => {
    const { clock, s } = await setup();
    for (let i = 0; i < 5; i++) {
      expect(await login(s, 'thuha', `wrong-${i}-password`, IP)).toEqual({ ok: false, reason: 'invalid' });
      clock.advance(10_000);
    }
    // Locked even for the right password; the first failure leaves the window in 15 min − 50 s.
    expect(await login(s, 'thuha', 'Quang-Tri-PCI-2025', IP)).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 15 * 60 - 50 });
    expect(loginLockStatus(s, 'THUHA', IP)).toMatchObject({ locked: true }); // usernames are case-insensitive
    // Another IP, or another username, is not locked.
    expect(loginLockStatus(s, 'thuha', '198.51.100.4').locked).toBe(false);
    expect(loginLockStatus(s, 'lan', IP).locked).toBe(false);

    clock.advance(WINDOW_MS - 50_000 - 1000);
    expect(loginLockStatus(s, 'thuha', IP)).toEqual({ locked: true, failures: 5, retryAfterSeconds: 1 });
    clock.advance(1000);
    expect(loginLockStatus(s, 'thuha', IP).locked).toBe(false);
    const ok = await login(s, 'thuha', 'Quang-Tri-PCI-2025', IP);
    expect(ok.ok).toBe(true);
    expect(listAudit(s, { action: 'login_failed' })).toHaveLength(5);
  });

  it('survives a restart (kept in SQLite) and a success starts the count afresh', async () => {
    const { clock, s } = await setup();
    for (let i = 0; i < 4; i++) await login(s, 'thuha', 'not-the-password', IP);
    s.close();
    const again = h.open(s.dataDir, { now: clock.now });
    expect(loginLockStatus(again, 'thuha', IP)).toEqual({ locked: false, failures: 4 });
    const r = await login(again, 'thuha', 'Quang-Tri-PCI-2025', IP);
    expect(r.ok).toBe(true);
    expect(loginLockStatus(again, 'thuha', IP)).toEqual({ locked: false, failures: 0 });
    if (r.ok) {
      expect(validateSession(again, r.token)?.user.username).toBe('thuha');
      logout(again, r.token, IP);
      expect(validateSession(again, r.token)).toBeNull();
    }
    expect(listAudit(again).map((e) => e.action).slice(0, 2)).toEqual(['logout', 'login']);
  });

  it('counts attempts still being verified, so parallel guesses cannot slip past the limit', async () => {
    const { s } = await setup();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => login(s, 'thuha', `guess-number-${i}`, IP)));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(3);
  });
});
