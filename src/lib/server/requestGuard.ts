// Request rules that do not depend on SvelteKit: which paths anonymous visitors may see, and
// whether a state-changing request is same-origin and carries the session's CSRF token.
import { verifyCsrf, type Session } from './auth/sessions';

export const SESSION_COOKIE = 'chiso_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isStateChanging = (method: string) => !SAFE.has(method);

/** The login form is the only body an anonymous visitor may send: a name and a password. */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;
/** Forms carry `csrf` as their first field: it must appear within this many bytes. */
export const CSRF_FIELD_WITHIN = 64 * 1024;

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

/**
 * The `csrf` field from the start of a form body (urlencoded or multipart), or null when it is not
 * there. `complete` says the text is the whole body; otherwise a field cut off at the end is ignored.
 */
export function csrfFromBodyPrefix(contentType: string, text: string, complete: boolean): string | null {
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const whole = complete ? text : text.slice(0, Math.max(0, text.lastIndexOf('&')));
    return new URLSearchParams(whole).get('csrf');
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!contentType.includes('multipart/form-data') || !boundary) return null;
  const parts = text.split(`--${boundary[1] ?? boundary[2]}`);
  // The last piece is either the closing "--" or a part still arriving: only parts followed by a boundary count.
  for (const part of parts.slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    if (!/^content-disposition:\s*form-data;\s*name="csrf"\s*$/im.test(part.slice(0, split))) continue;
    return part.slice(split + 4).replace(/\r\n$/, '');
  }
  return null;
}

/**
 * Reads only the start of a form body (a clone, so the action still gets all of it) to find `csrf`:
 * a large upload is never buffered to learn that its token is wrong.
 */
export async function readCsrfField(request: Request, limit = CSRF_FIELD_WITHIN): Promise<string | null> {
  const type = request.headers.get('content-type') ?? '';
  const reader = request.clone().body?.getReader();
  if (!reader) return null;
  const decoder = new TextDecoder('latin1');
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (!done) text += decoder.decode(value, { stream: true });
      const token = csrfFromBodyPrefix(type, text.slice(0, limit), done);
      if (token != null || done || text.length >= limit) return token;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * The whole body of an anonymous request, counted as it streams: null when it exceeds `limit`.
 * (Content-Length is checked first by the caller; this catches chunked bodies that do not declare it.)
 */
export async function readBounded(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Not cancelled: cancelling the request stream destroys the socket before the 413 can be sent.
    // The caller answers with `connection: close`, which ends the upload.
    if (size > limit) return null;
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A refusal in Vietnamese: JSON for the API and fetch callers, plain text for pages. */
export function refusal(status: number, message: string, pathname: string, accept: string | null): Response {
  const wantsJson = pathname.startsWith('/api/') || (accept ?? '').includes('application/json');
  // The body was not read: closing the connection stops the client sending the rest of it.
  const headers = { connection: 'close', 'content-type': `${wantsJson ? 'application/json' : 'text/plain'}; charset=utf-8` };
  return new Response(wantsJson ? JSON.stringify({ message }) : message, { status, headers });
}
