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
    expect(passwordProblem('short1!')).toMatch(/12/);
    expect(passwordProblem('Mười ký tự!')).toMatch(/12/); // 11 characters
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/đơn giản/);
    expect(passwordProblem('xx-lan.nguyen-xx', 'lan.nguyen')).toMatch(/tên đăng nhập/);
    expect(passwordProblem('Mười hai ký tự!')).toBeNull();
  });

  // The three the issue found accepted, and their longer cousins that pass the length rule.
  it.each([
    ['password12', /12 ký tự|phổ biến/],
    ['matkhau123', /12 ký tự|phổ biến/],
    ['1234567890', /12 ký tự|chữ số/],
    ['password1234', /phổ biến/],
    ['Password@2024', /phổ biến/],
    ['P@ssw0rd12345', /phổ biến/],
    ['matkhau123456', /phổ biến/],
    ['Mật khẩu 123456', /phổ biến/],
    ['matkhaumatkhau', /phổ biến/],
    ['anhyeuem12345', /phổ biến/],
    ['vietnam@12345', /phổ biến/],
    ['qwerty123456', /phổ biến/],
    ['1q2w3e4r5t6y', /phổ biến/],
    ['123456789012', /chữ số/],
    ['098765432109876', /chữ số/],
    ['abcdefghijklm', /đơn giản/],
    ['abcabcabcabc', /đơn giản/],
    ['qwertyuiopas', /đơn giản/],
    ['xyxyxyxyxyxyxy', /đơn giản/],
    ['Hoang.Minh.2025', /tên đăng nhập/]
  ])('refuses %s with a Vietnamese reason', (pw, reason) => {
    expect(passwordProblem(pw, 'hoang.minh')).toMatch(reason);
  });

  it.each(['Sở Nội vụ Hà Tĩnh 2025', 'correct horse battery staple', 'Chỉ số PCI tăng 3 bậc!', 'k7#Qm2vX9pL@'])('accepts %s', (pw) => {
    expect(passwordProblem(pw, 'hoang.minh')).toBeNull();
  });
});
