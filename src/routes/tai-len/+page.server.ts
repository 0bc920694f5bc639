import { error } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { canUpload } from '$lib/server/auth/permissions';

export const load = ({ locals }) => {
  if (!locals.user) error(403, 'Cần đăng nhập bằng tài khoản biên tập để tải lên số liệu.');
  const indices = allDefinitions()
    .filter((d) => canUpload(locals.user, d.id))
    .map((d) => ({ id: d.id, short: d.short, name: d.name.vi }));
  if (!indices.length) error(403, 'Tài khoản này không được giao tải lên chỉ số nào.');
  return { indices };
};
