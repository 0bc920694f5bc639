import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { login } from '../../../src/lib/server/auth/login';
import { hashToken, validateSession } from '../../../src/lib/server/auth/sessions';
import { changeOwnPassword, createUser, setDisabled, verifyLogin } from '../../../src/lib/server/auth/users';
import { storeHarness } from './harness';

const h = storeHarness();
const OLD = 'Quang-Binh-mk-2024';
const NEW = 'Quang-Binh-mk-2025!';

describe('changing one’s own password', () => {
  it('needs the current password, keeps this session and ends the others, audited', async () => {
    const s = h.open();
    const u = await createUser(s, { username: 'thu.ha', password: OLD, role: 'editor', indices: ['pci'] });
    const here = await login(s, 'thu.ha', OLD, '10.0.0.1');
    const elsewhere = await login(s, 'thu.ha', OLD, '10.0.0.2');
    if (!here.ok || !elsewhere.ok) throw new Error('login failed');

    await expect(changeOwnPassword(s, u.id, 'wrong-password-1', NEW, { keepSessionHash: hashToken(here.token) })).rejects.toThrow(
      /hiện tại không đúng/
    );
    await expect(changeOwnPassword(s, u.id, OLD, 'matkhau123456', { keepSessionHash: hashToken(here.token) })).rejects.toThrow(/phổ biến/);
    await expect(changeOwnPassword(s, u.id, OLD, OLD, { keepSessionHash: hashToken(here.token) })).rejects.toThrow(/khác/);
    expect(validateSession(s, elsewhere.token)).not.toBeNull(); // refused changes end nothing

    await changeOwnPassword(s, u.id, OLD, NEW, { keepSessionHash: hashToken(here.token), ip: '10.0.0.1' });
    expect(validateSession(s, here.token)?.user.id).toBe(u.id);
    expect(validateSession(s, elsewhere.token)).toBeNull();
    expect(await verifyLogin(s, 'thu.ha', OLD)).toBeNull();
    expect(await verifyLogin(s, 'thu.ha', NEW)).not.toBeNull();
    const [entry] = listAudit(s, { action: 'user_changed' });
    expect(entry).toMatchObject({ userId: u.id, ip: '10.0.0.1', detail: { id: u.id, password: 'changed', sessionsEnded: 1 } });
    expect(JSON.stringify(entry)).not.toContain(NEW);
  });
});

describe('disabling an account', () => {
  it('ends its sessions and refuses its logins until enabled again, audited', async () => {
    const s = h.open();
    const admin = await createUser(s, { username: 'quantri', password: 'Ha-Tinh-quan-tri-2026', role: 'admin' });
    const u = await createUser(s, { username: 'bientap', password: OLD, role: 'editor', indices: ['pci'] });
    const session = await login(s, 'bientap', OLD, null);
    if (!session.ok) throw new Error('login failed');

    setDisabled(s, u.id, true, admin.id, '10.0.0.9');
    expect(validateSession(s, session.token)).toBeNull();
    expect(await login(s, 'bientap', OLD, null)).toMatchObject({ ok: false });
    expect(listAudit(s, { action: 'user_changed' })[0]).toMatchObject({ userId: admin.id, ip: '10.0.0.9', detail: { id: u.id, disabled: true } });

    setDisabled(s, u.id, false, admin.id);
    expect(await login(s, 'bientap', OLD, null)).toMatchObject({ ok: true });
  });

  it('never locks out the last admin, nor lets an admin disable themself', async () => {
    const s = h.open();
    const admin = await createUser(s, { username: 'quantri', password: 'Ha-Tinh-quan-tri-2026', role: 'admin' });
    expect(() => setDisabled(s, admin.id, true, admin.id)).toThrow(/chính mình/);
    expect(() => setDisabled(s, admin.id, true, null)).toThrow(/cuối cùng/);
    const second = await createUser(s, { username: 'quantri2', password: 'Ha-Tinh-quan-tri-2027', role: 'admin' });
    setDisabled(s, admin.id, true, second.id);
    expect(await verifyLogin(s, 'quantri', 'Ha-Tinh-quan-tri-2026')).toBeNull();
  });
});
