import { redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { logout } from '$lib/server/auth/login';
import { SESSION_COOKIE } from '$lib/server/requestGuard';
import { sessionCookieOptions } from '$lib/server/auth/sessionCookie';

export const actions = {
  default: async ({ cookies, getClientAddress, url }) => {
    const token = cookies.get(SESSION_COOKIE);
    if (token) logout(await appStore(), token, getClientAddress());
    cookies.delete(SESSION_COOKIE, sessionCookieOptions(url));
    redirect(303, '/xep-hang');
  }
};
