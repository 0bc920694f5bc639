// Request rules that do not depend on SvelteKit: which paths anonymous visitors may see, and
// whether a state-changing request is same-origin and carries the session's CSRF token.
import { verifyCsrf, type Session } from './auth/sessions';

export const SESSION_COOKIE = 'chiso_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Always reachable, even with public reading off: the login page and the assets it needs. */
export function isOpenPath(pathname: string): boolean {
  return pathname === '/dang-nhap' || pathname.startsWith('/_app/') || pathname === '/favicon.svg' || pathname === '/service-worker.js';
}

export type CsrfVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Every state-changing request must come from our own pages (Origin) and, once signed in, carry the
 * session's CSRF token (header, or form field `csrf`). Login itself has no session yet: Origin only.
 */
export function checkCsrf(
  method: string,
  pathname: string,
  origin: string | null,
  ownOrigin: string,
  session: Session | null,
  submittedToken: string | null
): CsrfVerdict {
  if (SAFE.has(method)) return { ok: true };
  if (origin !== ownOrigin) return { ok: false, reason: 'Yêu cầu đến từ trang khác đã bị từ chối (CSRF).' };
  if (pathname === '/dang-nhap') return { ok: true };
  if (!session) return { ok: false, reason: 'Cần đăng nhập.' };
  if (!verifyCsrf(session, submittedToken)) return { ok: false, reason: 'Mã chống giả mạo (CSRF) không hợp lệ: hãy tải lại trang.' };
  return { ok: true };
}
