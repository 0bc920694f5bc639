import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { createUser, ensureFirstAdmin, listUsers, setDisabled, setPassword, setRole, verifyLogin } from '../../../src/lib/server/auth/users';
import { storeHarness } from './harness';

const h = storeHarness();

describe('users', () => {
  it('creates users with a role and indices, and verifies logins', async () => {
    const s = h.open();
    const u = await createUser(s, { username: ' Lan.Nguyen ', password: 'so-lieu-PCI-2024', role: 'editor', indices: ['pci', 'ddci_42', 'pci'] });
    expect(u).toMatchObject({ username: 'lan.nguyen', role: 'editor', indices: ['ddci_42', 'pci'], disabled: false });
    expect(await verifyLogin(s, 'LAN.NGUYEN', 'so-lieu-PCI-2024')).toMatchObject({ id: u.id });
    expect(await verifyLogin(s, 'lan.nguyen', 'so-lieu-PCI-2023')).toBeNull();
    expect(await verifyLogin(s, 'nobody', 'so-lieu-PCI-2024')).toBeNull();
    // The hash never leaves the module.
    expect(JSON.stringify(listUsers(s))).not.toContain('scrypt');
    expect(listAudit(s, { action: 'user_created' })[0].detail).toMatchObject({ username: 'lan.nguyen', role: 'editor' });
  });

  it('rejects weak passwords, bad usernames and duplicates', async () => {
    const s = h.open();
    await expect(createUser(s, { username: 'an', password: '', role: 'viewer' })).rejects.toThrow(/trống/);
    await expect(createUser(s, { username: 'an', password: '123456789', role: 'viewer' })).rejects.toThrow(/12/);
    await expect(createUser(s, { username: 'a b', password: 'long enough pw', role: 'viewer' })).rejects.toThrow(/Tên đăng nhập/);
    await expect(createUser(s, { username: 'an', password: 'long enough pw', role: 'root' as never })).rejects.toThrow(/Vai trò/);
    await createUser(s, { username: 'an', password: 'long enough pw', role: 'viewer' });
    await expect(createUser(s, { username: 'AN', password: 'long enough pw', role: 'viewer' })).rejects.toThrow(/đã tồn tại/);
    expect(listUsers(s)).toHaveLength(1);
  });

  it('changes roles, disables accounts and changes passwords, auditing each', async () => {
    const s = h.open();
    const u = await createUser(s, { username: 'binh', password: 'Quang-Ngai-mk-1', role: 'viewer', indices: ['pci'] });
    expect(u.indices).toEqual([]); // indices only mean something for editors
    expect(setRole(s, u.id, 'editor', ['papi'])).toMatchObject({ role: 'editor', indices: ['papi'] });
    setDisabled(s, u.id, true);
    expect(await verifyLogin(s, 'binh', 'Quang-Ngai-mk-1')).toBeNull();
    setDisabled(s, u.id, false);
    await setPassword(s, u.id, 'Quang-Ngai-mk-2');
    expect(await verifyLogin(s, 'binh', 'Quang-Ngai-mk-1')).toBeNull();
    expect(await verifyLogin(s, 'binh', 'Quang-Ngai-mk-2')).not.toBeNull();
    expect(listAudit(s, { action: 'user_changed' })).toHaveLength(4);
    await expect(setPassword(s, u.id, 'short')).rejects.toThrow(/12/);
  });

  it('creates the first admin only from the environment, and only once', async () => {
    const s = h.open();
    expect(await ensureFirstAdmin(s, {})).toEqual({ status: 'missing-env' });
    expect(listUsers(s)).toEqual([]); // no default account, no default password
    await expect(ensureFirstAdmin(s, { CHISO_ADMIN_USER: 'admin', CHISO_ADMIN_PASSWORD: 'admin' })).rejects.toThrow();
    const r = await ensureFirstAdmin(s, { CHISO_ADMIN_USER: 'quantri', CHISO_ADMIN_PASSWORD: 'Sở Nội vụ Hà Tĩnh 2025!' });
    expect(r).toMatchObject({ status: 'created', user: { username: 'quantri', role: 'admin' } });
    expect(await ensureFirstAdmin(s, { CHISO_ADMIN_USER: 'other', CHISO_ADMIN_PASSWORD: 'another long one' })).toEqual({ status: 'exists' });
    expect(listUsers(s).map((u) => u.username)).toEqual(['quantri']);
  });
});
