// The unit registry: old provinces (codes, spellings, aliases users confirmed), the 34 units of
// 2025 with their lineage, and each province's DDCI units.
import { fail } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { unitsOf } from '$lib/db/sql';
import { appStore } from '$lib/server/app';
import { serverData } from '$lib/server/serverDb';
import { addGlobalAlias } from '$lib/server/uploads/globalAliases';
import { aliasKeysInForce, provinceNamesFor } from '$lib/server/uploads/provinceNamesWithAliases';
import { slugify, sortVi } from '$lib/text/vietnamese';
import { NEW_UNITS, newUnitOf } from '$lib/units/merger2025';
import { regionOfProvince } from '$lib/units/regions';
import { NEW_ERA_FROM } from '$lib/units/era';

// What an old province became: the new unit, and whether it kept the province as it was.
function successorOf(code: string) {
  const u = newUnitOf(code);
  return u ? { name: u.name, slug: u.slug, merged: u.merged } : null;
}

export const load = async () => {
  const store = await appStore();
  // Admins' names and those that came with the current versions' uploads.
  const aliases = aliasKeysInForce(store);
  const provinces = sortVi(provinceNamesFor(store).all(), (p) => p.nameVi).map((p) => ({
    code: p.code,
    name: p.nameVi,
    slug: slugify(p.nameVi),
    en: p.nameEn,
    region: regionOfProvince(p.code)?.name ?? null,
    successor: successorOf(p.code),
    aliases: aliases.filter((a) => a.unitCode === p.code).map((a) => a.aliasKey)
  }));
  const { db } = await serverData();
  const ddci = await Promise.all(
    allDefinitions()
      .filter((d) => d.unitLevel === 'department-district')
      .map(async (d) => ({
        id: d.id,
        short: d.short,
        groups: (d.unitGroups ?? []).map((g) => ({ code: g.code, name: g.vi })),
        units: sortVi(await unitsOf(db, d.id), (u) => u.unit_name)
      }))
  );
  return { provinces, newUnits: sortVi(NEW_UNITS, (u) => u.name), newEraFrom: NEW_ERA_FROM, ddci };
};

export const actions = {
  // Only an admin adds a name for every upload; an editor's mapping stays inside their upload's commit.
  alias: async ({ request, locals, getClientAddress }) => {
    const u = locals.user;
    if (!u || u.disabled || u.role !== 'admin') return fail(403, { aliasError: 'Chỉ quản trị viên được thêm tên gọi khác cho danh mục.' });
    const form = await request.formData();
    const r = addGlobalAlias(await appStore(), String(form.get('name') ?? '').slice(0, 500), String(form.get('unitCode') ?? ''), { id: u.id }, getClientAddress());
    return r.ok ? { aliasAdded: r.aliasKey } : fail(400, { aliasError: r.message });
  }
};
