// The units an editor can give a target to: every unit (not group) of the plan's province, sorted the
// Vietnamese way, each with a label that is unique within the list ("Xã Bình Châu (Huyện Bình Sơn)" when
// two districts have a Xã Bình Châu), so the name typed picks exactly one code.
import { sortVi } from '../text/vietnamese';
import { levelLabel, type PlanUnit } from './planUnits';

export interface AssignableUnit {
  code: string;
  label: string;
  level: string;
}

export function assignableUnits(units: Iterable<PlanUnit>, provinceCode: string | null): AssignableUnit[] {
  const all = [...units];
  const byCode = new Map(all.map((u) => [u.code, u]));
  const mine = all.filter((u) => u.kind === 'unit' && (provinceCode == null || u.provinceCode === provinceCode));
  const seen = new Map<string, number>();
  for (const u of mine) seen.set(u.name, (seen.get(u.name) ?? 0) + 1);
  const label = (u: PlanUnit) => {
    if (seen.get(u.name)! < 2) return u.name;
    const parent = u.parentCode ? byCode.get(u.parentCode)?.name : null;
    return parent ? `${u.name} (${parent})` : `${u.name} (${u.code})`;
  };
  return sortVi(
    mine.map((u) => ({ code: u.code, label: label(u), level: levelLabel(u) })),
    (u) => u.label
  );
}
