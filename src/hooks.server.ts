import { redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { validateSession } from '$lib/server/auth/sessions';
import { canRead } from '$lib/server/auth/permissions';
import { isPublicRead } from '$lib/server/store/settings';
import { cachedPage, isCacheableRequest } from '$lib/server/pageCache';
import { dataFileUrl, serverData } from '$lib/server/serverDb';
import { duckDbFirstLink, isPageResponse } from '$lib/server/duckDbFirst';
import type { Session } from '$lib/server/auth/sessions';
import {
  ANONYMOUS_BODY_LIMIT,
  checkCsrf,
  CSRF_HEADER,
  isOpenPath,
  isStateChanging,
  readBounded,
  readCsrfField,
  refusal,
  SESSION_COOKIE
} from '$lib/server/requestGuard';

const TOO_LARGE = 'Nội dung gửi lên quá lớn.';

/**
 * A state-changing request is judged before its body is read: another origin or no session is refused
 * at once; the only anonymous body (login) is capped, by Content-Length and while it streams; a signed-in
 * form's CSRF token is read from the start of its body (urlencoded or multipart) when not in the header.
 */
async function guardBody(event: RequestEvent, session: Session | null): Promise<Response | null> {
  const { pathname } = event.url;
  const { method, headers } = event.request;
  const accept = headers.get('accept');
  const origin = headers.get('origin');
  let token = headers.get(CSRF_HEADER);
  if (session && !token && origin === event.url.origin && /form-data|x-www-form-urlencoded/.test(headers.get('content-type') ?? '')) {
    token = await readCsrfField(event.request);
  }
  const verdict = checkCsrf(method, pathname, origin, event.url.origin, session, token);
  if (!verdict.ok) return refusal(403, verdict.reason, pathname, accept);
  if (!session) {
    if (Number(headers.get('content-length') ?? 0) > ANONYMOUS_BODY_LIMIT) return refusal(413, TOO_LARGE, pathname, accept);
    const body = await readBounded(event.request, ANONYMOUS_BODY_LIMIT);
    if (!body) return refusal(413, TOO_LARGE, pathname, accept);
    // The bounded copy replaces the stream the action would otherwise read without limit.
    event.request = new Request(event.request.url, { method, headers, body: body.length ? body : null });
  }
  return null;
}

export const handle: Handle = async ({ event, resolve }) => {
  const store = await appStore();
  const session = validateSession(store, event.cookies.get(SESSION_COOKIE));
  event.locals.session = session;
  event.locals.user = session?.user ?? null;

  const { pathname } = event.url;
  if (isStateChanging(event.request.method)) {
    const refused = await guardBody(event, session);
    if (refused) return refused;
  }

  if (!isOpenPath(pathname) && !canRead(event.locals.user, isPublicRead(store))) {
    if (pathname.startsWith('/api/')) return new Response('Cần đăng nhập.', { status: 401 });
    redirect(303, `/dang-nhap?next=${encodeURIComponent(pathname + event.url.search)}`);
  }

  // An anonymous reader of a data page gets the bytes every other reader gets, rendered once per data version.
  const response = isCacheableRequest(event) ? await cachedPage(event, () => resolve(event)) : await resolve(event);
  if (isPageResponse(response)) {
    response.headers.set('link', duckDbFirstLink(response.headers.get('link'), dataFileUrl((await serverData()).key)));
  }
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('x-frame-options', 'DENY');
  return response;
};
