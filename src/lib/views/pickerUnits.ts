// The unit picker knows the old provinces the indices were measured on and the 2025 units they
// became. A merged new unit gets its own entry (code "moi:<slug>") leading to its page of old histories;
// an unchanged one is the same unit as the old province and needs no entry of its own, except a
// renamed one (Huế, formerly Thừa Thiên Huế), listed under its new name too.
import { NEW_UNITS } from '../units/merger2025';
import type { UnitOption } from './units';

export const NEW_UNIT_GROUP = 'tinh_moi';

export function newUnitOptions(): UnitOption[] {
  return NEW_UNITS.filter((u) => u.merged || u.oldNames[0] !== u.name).map((u) => ({
    code: `moi:${u.slug}`,
    name: u.merged ? `${u.name} — ${u.type} mới từ 2025 (${u.oldNames.join(' + ')})` : `${u.name} — tên từ 2025 (trước là ${u.oldNames[0]})`,
    slug: u.slug,
    group: NEW_UNIT_GROUP
  }));
}

/** Old provinces first (as given), then the 2025 units. */
export function pickerUnits(old: readonly UnitOption[]): UnitOption[] {
  return [...old, ...newUnitOptions()];
}

/** Where choosing a unit leads: a new unit's page, or the old province's page. */
export function unitHref(u: UnitOption, oldBase: string): string {
  return u.group === NEW_UNIT_GROUP ? `/tinh-moi/${u.slug}` : `${oldBase}/${u.slug}`;
}
