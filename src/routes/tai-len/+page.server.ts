import { error } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { canUpload } from '$lib/server/auth/permissions';
import { appStore } from '$lib/server/app';
import { provinceNamesFor } from '$lib/server/uploads/provinceNamesWithAliases';
import { sortVi } from '$lib/text/vietnamese';

export const load = async ({ locals }) => {
  if (!locals.user) error(403, 'Cần đăng nhập bằng tài khoản biên tập để tải lên số liệu.');
  const indices = allDefinitions()
    .filter((d) => canUpload(locals.user, d.id))
    .map((d) => ({ id: d.id, short: d.short, name: d.name.vi }));
  if (!indices.length) error(403, 'Tài khoản này không được giao tải lên chỉ số nào.');
  // For mapping a name the file spells in a way nobody has seen yet ("Có phải: …?").
  const provinces = sortVi(provinceNamesFor(await appStore()).all(), (p) => p.nameVi).map((p) => ({ code: p.code, name: p.nameVi }));
  return { indices, provinces };
};
