import { describe, expect, it } from 'vitest';
import { checkCsrf, isOpenPath } from '../../../src/lib/server/requestGuard';
import type { Session } from '../../../src/lib/server/auth/sessions';

const session = { csrfToken: 'a'.repeat(43), user: { id: 1 } } as unknown as Session;
const own = 'http://127.0.0.1:3000';

describe('checkCsrf', () => {
  it('lets reads through', () => {
    expect(checkCsrf('GET', '/api/x', null, own, null, null).ok).toBe(true);
  });
  it('rejects another origin, and a missing Origin', () => {
    expect(checkCsrf('POST', '/api/upload/commit', 'http://evil.example', own, session, session.csrfToken).ok).toBe(false);
    expect(checkCsrf('POST', '/api/upload/commit', null, own, session, session.csrfToken).ok).toBe(false);
  });
  it('needs the session token once signed in; login needs only the origin', () => {
    expect(checkCsrf('POST', '/api/upload/commit', own, own, session, null).ok).toBe(false);
    expect(checkCsrf('POST', '/api/upload/commit', own, own, session, 'b'.repeat(43)).ok).toBe(false);
    expect(checkCsrf('POST', '/api/upload/commit', own, own, session, session.csrfToken).ok).toBe(true);
    expect(checkCsrf('POST', '/api/upload/commit', own, own, null, 'x').ok).toBe(false);
    expect(checkCsrf('POST', '/dang-nhap', own, own, null, null).ok).toBe(true);
  });
  it('keeps the login page and assets open', () => {
    expect(isOpenPath('/dang-nhap')).toBe(true);
    expect(isOpenPath('/_app/immutable/x.js')).toBe(true);
    expect(isOpenPath('/xep-hang')).toBe(false);
    expect(isOpenPath('/api/data/x.arrow')).toBe(false);
  });
});
