import { redirect, type Handle } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { validateSession } from '$lib/server/auth/sessions';
import { canRead } from '$lib/server/auth/permissions';
import { isPublicRead } from '$lib/server/store/settings';
import { checkCsrf, CSRF_HEADER, isOpenPath, SESSION_COOKIE } from '$lib/server/requestGuard';

export const handle: Handle = async ({ event, resolve }) => {
  const store = await appStore();
  const session = validateSession(store, event.cookies.get(SESSION_COOKIE));
  event.locals.session = session;
  event.locals.user = session?.user ?? null;

  const { pathname } = event.url;
  // Form posts carry the token as a field; reading it clones the body only for non-API form posts.
  let token = event.request.headers.get(CSRF_HEADER);
  const type = event.request.headers.get('content-type') ?? '';
  if (!token && event.request.method === 'POST' && type.includes('application/x-www-form-urlencoded')) {
    token = ((await event.request.clone().formData()).get('csrf') as string | null) ?? null;
  }
  const verdict = checkCsrf(event.request.method, pathname, event.request.headers.get('origin'), event.url.origin, session, token);
  if (!verdict.ok) return new Response(verdict.reason, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });

  if (!isOpenPath(pathname) && !canRead(event.locals.user, isPublicRead(store))) {
    if (pathname.startsWith('/api/')) return new Response('Cần đăng nhập.', { status: 401 });
    redirect(303, `/dang-nhap?next=${encodeURIComponent(pathname + event.url.search)}`);
  }

  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('x-frame-options', 'DENY');
  return response;
};
