import { error, fail } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { validateDefinition } from '$lib/catalogue/validateDefinition';
import { appStore, refreshCatalogue } from '$lib/server/app';
import { listAudit } from '$lib/server/auth/audit';
import { canAdmin } from '$lib/server/auth/permissions';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/passwords';
import { createUser, listUsers, ROLES, setDisabled, setRole, type Role } from '$lib/server/auth/users';
import { putIndexDefinition } from '$lib/server/store/indexDefinitions';
import { isPublicRead, setPublicRead } from '$lib/server/store/settings';

async function admin(locals: App.Locals) {
  if (!canAdmin(locals.user)) error(403, 'Chỉ quản trị viên.');
  return { store: await appStore(), user: locals.user! };
}

export const load = async ({ locals }) => {
  const { store, user } = await admin(locals);
  return {
    me: user.id,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    users: listUsers(store),
    publicRead: isPublicRead(store),
    indices: allDefinitions().map((d) => ({ id: d.id, short: d.short, json: JSON.stringify(d, null, 1) })),
    audit: listAudit(store, { limit: 100 })
  };
};

const indicesOf = (form: FormData) => form.getAll('indices').map(String).filter((id) => allDefinitions().some((d) => d.id === id));

export const actions = {
  createUser: async ({ request, locals, getClientAddress }) => {
    const { store, user } = await admin(locals);
    const f = await request.formData();
    const role = String(f.get('role')) as Role;
    if (!ROLES.includes(role)) return fail(400, { userError: 'Vai trò không hợp lệ.' });
    try {
      await createUser(store, {
        username: String(f.get('username') ?? ''),
        password: String(f.get('password') ?? ''),
        role,
        indices: indicesOf(f),
        createdBy: user.id,
        ip: getClientAddress()
      });
    } catch (e) {
      return fail(400, { userError: e instanceof Error ? e.message : 'Không tạo được tài khoản.' });
    }
    return { userOk: 'Đã tạo tài khoản.' };
  },
  setRole: async ({ request, locals }) => {
    const { store, user } = await admin(locals);
    const f = await request.formData();
    const role = String(f.get('role')) as Role;
    if (!ROLES.includes(role)) return fail(400, { userError: 'Vai trò không hợp lệ.' });
    try {
      setRole(store, Number(f.get('id')), role, indicesOf(f), user.id);
    } catch (e) {
      return fail(400, { userError: e instanceof Error ? e.message : 'Không đổi được vai trò.' });
    }
    return { userOk: 'Đã cập nhật.' };
  },
  setDisabled: async ({ request, locals, getClientAddress }) => {
    const { store, user } = await admin(locals);
    const f = await request.formData();
    const disabled = f.get('disabled') === '1';
    try {
      setDisabled(store, Number(f.get('id')), disabled, user.id, getClientAddress());
    } catch (e) {
      return fail(400, { userError: e instanceof Error ? e.message : 'Không đổi được trạng thái tài khoản.' });
    }
    return { userOk: disabled ? 'Đã khóa tài khoản; các phiên đăng nhập của tài khoản đã kết thúc.' : 'Đã mở khóa tài khoản.' };
  },
  publicRead: async ({ request, locals }) => {
    const { store } = await admin(locals);
    setPublicRead(store, (await request.formData()).get('on') === 'on');
    return { settingsOk: 'Đã lưu.' };
  },
  definition: async ({ request, locals, getClientAddress }) => {
    const { store, user } = await admin(locals);
    const f = await request.formData();
    let raw = String(f.get('json') ?? '');
    const file = f.get('file');
    if (file instanceof File && file.size > 0) {
      if (file.size > 512 * 1024) return fail(400, { defErrors: ['Tệp định nghĩa quá lớn (tối đa 512 KB).'] });
      raw = await file.text();
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return fail(400, { defErrors: ['Không phải JSON hợp lệ.'] });
    }
    const check = validateDefinition(parsed);
    if (!check.ok) return fail(400, { defErrors: check.errors });
    const version = putIndexDefinition(store, check.def, { id: user.id }, getClientAddress());
    refreshCatalogue(store);
    return { defOk: `Đã lưu định nghĩa ${check.def.short} (lần sửa ${version}).` };
  }
};
