import { error } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { appStore } from '$lib/server/app';
import { canEditPlans } from '$lib/server/plans/access';
import { provinceNamesFor } from '$lib/server/uploads/provinceNamesWithAliases';
import { sortVi } from '$lib/text/vietnamese';
import { NEW_UNITS } from '$lib/units/merger2025';

export const load = async ({ locals }) => {
  if (!locals.user) error(403, 'Cần đăng nhập bằng tài khoản biên tập để nhập kế hoạch.');
  if (!canEditPlans(locals.user)) error(403, 'Chỉ biên tập viên và quản trị viên nhập được kế hoạch.');
  const store = await appStore();
  return {
    indices: allDefinitions().map((d) => ({ id: d.id, short: d.short, province: d.province ?? null })),
    // The 63 provinces for plans issued before 1/7/2025, the 34 for plans from that day.
    provinces: sortVi(provinceNamesFor(store).all(), (p) => p.nameVi).map((p) => ({ code: p.code, name: p.nameVi, oldCodes: [p.code] })),
    provincesNew: sortVi(NEW_UNITS, (u) => u.name).map((u) => ({ code: u.code, name: u.name, oldCodes: u.oldCodes }))
  };
};
