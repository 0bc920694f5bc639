import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, passwordProblem, SCRYPT_PARAMS, verifyPassword } from '../../../src/lib/server/auth/passwords';

describe('passwords', () => {
  it('hash and verify; a wrong password fails', async () => {
    const h = await hashPassword('Chỉ số PCI Hà Tĩnh 2024');
    expect(h).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$1\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$`));
    expect(await verifyPassword('Chỉ số PCI Hà Tĩnh 2024', h)).toBe(true);
    expect(await verifyPassword('Chỉ số PCI Hà Tĩnh 2023', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('correct horse battery', b)).toBe(true);
  });

  it('matches composed and decomposed Vietnamese input (NFC)', async () => {
    const h = await hashPassword('Mật khẩu dài hơn');
    expect(await verifyPassword('Mật khẩu dài hơn'.normalize('NFD'), h)).toBe(true);
  });

  it('takes tens of milliseconds, not microseconds', async () => {
    const t = performance.now();
    await hashPassword('timing-check-password');
    expect(performance.now() - t).toBeGreaterThan(20);
  });

  it('rejects malformed or hostile stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plaintext')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(false);
    expect(needsRehash('scrypt$16384$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(true);
    expect(needsRehash(await hashPassword('current params ok'))).toBe(false);
  });

  it('refuses empty and weak passwords', () => {
    expect(passwordProblem('')).toMatch(/trống/);
    expect(passwordProblem('short1!')).toMatch(/10/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/đơn giản/);
    expect(passwordProblem('xx-lan.nguyen-xx', 'lan.nguyen')).toMatch(/tên đăng nhập/);
    expect(passwordProblem('Mười ký tự!')).toBeNull();
  });
});
