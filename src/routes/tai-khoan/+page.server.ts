import { error, fail } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/passwords';
import { hashToken } from '$lib/server/auth/sessions';
import { changeOwnPassword } from '$lib/server/auth/users';
import { SESSION_COOKIE } from '$lib/server/requestGuard';

export const load = ({ locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  return { username: locals.user.username, minLength: MIN_PASSWORD_LENGTH };
};

export const actions = {
  password: async ({ request, locals, cookies, getClientAddress }) => {
    const token = cookies.get(SESSION_COOKIE);
    if (!locals.user || !token) error(401, 'Cần đăng nhập.');
    const f = await request.formData();
    const next = String(f.get('next') ?? '');
    if (next !== String(f.get('confirm') ?? '')) return fail(400, { error: 'Hai lần nhập mật khẩu mới không khớp.' });
    try {
      await changeOwnPassword(await appStore(), locals.user.id, String(f.get('current') ?? ''), next, {
        keepSessionHash: hashToken(token),
        ip: getClientAddress()
      });
    } catch (e) {
      return fail(400, { error: e instanceof Error ? e.message : 'Không đổi được mật khẩu.' });
    }
    return { ok: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản này đã kết thúc.' };
  }
};
