import { fail, redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { login } from '$lib/server/auth/login';
import { SESSION_COOKIE } from '$lib/server/requestGuard';
import { sessionCookieOptions } from '$lib/server/auth/sessionCookie';
import { safeNext } from '$lib/server/auth/safeNext';

export const load = ({ locals, url }) => ({ signedIn: !!locals.user, next: safeNext(url.searchParams.get('next')) });

export const actions = {
  default: async ({ request, cookies, getClientAddress, url }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '').slice(0, 64);
    const password = String(form.get('password') ?? '').slice(0, 1024);
    const res = await login(await appStore(), username, password, getClientAddress());
    if (!res.ok) {
      const message =
        res.reason === 'locked'
          ? `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${Math.ceil(res.retryAfterSeconds / 60)} phút.`
          : 'Tên đăng nhập hoặc mật khẩu không đúng.';
      return fail(res.reason === 'locked' ? 429 : 400, { username, message, locked: res.reason === 'locked' });
    }
    cookies.set(SESSION_COOKIE, res.token, sessionCookieOptions(url));
    redirect(303, safeNext(url.searchParams.get('next')));
  }
};
