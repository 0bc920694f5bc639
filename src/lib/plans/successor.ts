// Where an old plan's unit stands since 1/7/2025 (Nghị quyết 202/2025/QH15): a province of the 63 is
// part of one of the 34; a district (huyện) no longer exists, its area is in that new province; a
// department or commune of an old province is in the new province's area. Only what the merger list
// supports is said: which new province, formed from which old ones. No commune-to-commune mapping is
// claimed (the shipped list has none).
import { isNewUnitCode } from '../units/era';
import { MERGER_EFFECTIVE, newUnitByCode, newUnitOf } from '../units/merger2025';
import type { PlanUnit } from './planUnits';

export interface Successor {
  /** The new unit's name ("Quảng Ngãi"). */
  name: string;
  href: string;
  text: string;
}

export function successorOf(u: Pick<PlanUnit, 'kind' | 'level' | 'provinceCode' | 'code'>): Successor | null {
  const prov = u.provinceCode;
  if (!prov || isNewUnitCode(prov) || !/^\d{2}$/.test(prov)) return null;
  const nu = newUnitOf(prov);
  if (!nu) return null;
  const whole = `${nu.type} ${nu.name}`;
  const made = nu.merged ? `${whole} mới (gồm ${nu.oldNames.join(', ')})` : `${whole} (không sáp nhập)`;
  const href = `/tinh-moi/${nu.slug}`;
  const from = `Từ ${MERGER_EFFECTIVE}`;
  if (u.kind === 'unit' && u.level === 'province' && u.code === prov)
    return { name: nu.name, href, text: `${from}, ${nu.merged ? 'tỉnh cũ này là một phần của' : 'là'} ${made}.` };
  if (u.kind === 'unit' && u.level === 'district')
    return { name: nu.name, href, text: `${from}, cấp huyện không còn; địa bàn của đơn vị này thuộc ${made}.` };
  return { name: nu.name, href, text: `${from}, địa bàn của ${u.kind === 'group' ? 'nhóm đơn vị' : 'đơn vị'} này thuộc ${made}.` };
}

/** A new-era unit's province page ("/tinh-moi/tuyen-quang"), for units of plans from 1/7/2025. */
export function newProvinceOf(u: Pick<PlanUnit, 'provinceCode'>): { name: string; href: string } | null {
  const nu = u.provinceCode && isNewUnitCode(u.provinceCode) ? newUnitByCode(u.provinceCode) : undefined;
  return nu ? { name: `${nu.type} ${nu.name}`, href: `/tinh-moi/${nu.slug}` } : null;
}
