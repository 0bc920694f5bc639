import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { canAdmin } from '$lib/server/auth/permissions';

export const POST = async ({ params, locals, getClientAddress }) => {
  if (!canAdmin(locals.user)) error(403, 'Chỉ quản trị viên được khôi phục phiên bản.');
  const id = Number(params.id);
  const store = await appStore();
  if (!Number.isInteger(id) || !store.getVersion(id)) error(404, 'Không có phiên bản này.');
  try {
    return json({ version: store.rollback(id, { id: locals.user!.id }, { ip: getClientAddress() }) });
  } catch (e) {
    error(409, e instanceof Error ? e.message : 'Không khôi phục được.');
  }
};
