// Keeps a name an uploader mapped to a province, so the next file resolves it.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { addUnitAlias } from '$lib/server/store/unitAliases';

export const POST = async ({ request, locals }) => {
  const u = locals.user;
  if (!u || u.disabled || (u.role !== 'admin' && u.role !== 'editor')) error(403, 'Chỉ biên tập viên hoặc quản trị viên được thêm tên gọi khác.');
  const body = (await request.json().catch(() => null)) as { name?: unknown; unitCode?: unknown } | null;
  if (!body || typeof body.name !== 'string' || typeof body.unitCode !== 'string' || !/^\d{2}$/.test(body.unitCode)) error(400, 'Thiếu tên hoặc mã tỉnh.');
  try {
    return json(addUnitAlias(await appStore(), body.name.slice(0, 200), body.unitCode, { id: u.id }));
  } catch (e) {
    error(409, e instanceof Error ? e.message : 'Không lưu được tên gọi khác.');
  }
};
