import { error, fail } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { listUsers } from '$lib/server/auth/users';
import { canAssignUnits } from '$lib/server/plans/access';
import { getUnit, listPlanRows, listUnits } from '$lib/server/plans/planStore';
import { addMemberUnit, allUserUnits, setUserUnits } from '$lib/server/plans/reports';
import { LEVEL_LABEL, type UnitLevel } from '$lib/plans/planUnits';
import { compareVi } from '$lib/text/vietnamese';

async function admin(locals: App.Locals) {
  if (!canAssignUnits(locals.user)) error(403, 'Chỉ quản trị viên phân công báo cáo.');
  return { store: await appStore(), user: locals.user! };
}

export const load = async ({ locals, url }) => {
  const { store } = await admin(locals);
  const users = listUsers(store).filter((u) => !u.disabled);
  const assigned = allUserUnits(store);
  const provinces = new Map(listPlanRows(store).filter((p) => p.provinceCode).map((p) => [p.provinceCode!, p.province]));
  const units = listUnits(store).sort((a, b) => (a.provinceCode ?? '').localeCompare(b.provinceCode ?? '') || compareVi(a.name, b.name));
  const chosen = Number(url.searchParams.get('tai-khoan')) || null;
  return {
    users: users.map((u) => ({ id: u.id, username: u.username, role: u.role, units: assigned.filter((a) => a.userId === u.id).map((a) => a.unitCode) })),
    chosen: users.some((u) => u.id === chosen) ? chosen : null,
    provinces: [...new Set(units.map((u) => u.provinceCode ?? ''))].map((code) => ({
      code,
      name: provinces.get(code) ?? (code || 'Khác'),
      units: units
        .filter((u) => (u.provinceCode ?? '') === code && u.kind === 'unit')
        .map((u) => ({ code: u.code, name: u.name, level: LEVEL_LABEL[u.level ?? 'other'], inData: !!u.registryCode })),
      groups: units
        .filter((u) => (u.provinceCode ?? '') === code && u.kind === 'group' && u.memberLevels.length)
        .map((u) => ({ code: u.code, name: u.name, levels: u.memberLevels.map((l) => ({ level: l, label: LEVEL_LABEL[l] })) }))
    }))
  };
};

export const actions = {
  assign: async ({ request, locals, getClientAddress }) => {
    const { store, user } = await admin(locals);
    const f = await request.formData();
    const id = Number(f.get('user'));
    try {
      const units = setUserUnits(store, id, f.getAll('units').map(String), { id: user.id }, getClientAddress());
      return { ok: `Đã giao ${units.length} đơn vị.` };
    } catch (e) {
      return fail(400, { error: e instanceof Error ? e.message : 'Không lưu được.' });
    }
  },
  addUnit: async ({ request, locals }) => {
    const { store, user } = await admin(locals);
    const f = await request.formData();
    const [groupCode, level] = String(f.get('member') ?? '').split('|') as [string, UnitLevel];
    const group = getUnit(store, groupCode ?? '');
    const name = String(f.get('name') ?? '').trim().slice(0, 200);
    if (!group || !name) return fail(400, { error: 'Chọn nhóm và ghi tên đơn vị.' });
    try {
      const u = addMemberUnit(store, name, group, level, { id: user.id });
      return { ok: `Đã thêm “${u.name}” (thành viên “${group.name}”).` };
    } catch (e) {
      return fail(400, { error: e instanceof Error ? e.message : 'Không thêm được.' });
    }
  }
};
