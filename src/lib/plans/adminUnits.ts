// A province's administrative units before the 2025 reorganisation (data/plans/units_pre2025.json,
// from the GSO list): the members through which "UBND các huyện, thành phố, thị xã" and "UBND các xã,
// phường, thị trấn" report. Districts are coded like the registry's DDCI units ("42:huyen-vu-quang"),
// communes under their district with their GSO code ("51:huyen-binh-son:xa-binh-chau-16042";
// folded names collide: Bình Thạnh and Bình Thanh). Pure: the file is read by the caller.
import { slugify } from '../text/vietnamese';
import { unitKey, type PlanUnit } from './planUnits';

export interface AdminUnitsFile {
  note: string;
  source: { name: string; via: string; url: string };
  provinces: {
    code: string;
    name: string;
    plan: string;
    /** The date of the list ("2024-05-01"). */
    asOf: string;
    package: string;
    note?: string;
    districts: { gso: string; name: string; type: string; communes?: { gso: string; name: string; type: string }[] }[];
  }[];
}

/**
 * The province's districts and (where shipped) communes as plan units. `resolve` gives a district the
 * registry's code and name when the index data knows it (Hà Tĩnh's DDCI districts).
 */
export function adminPlanUnits(file: AdminUnitsFile, provinceCode: string | null, resolve: (name: string) => PlanUnit | null = () => null): PlanUnit[] {
  const province = file.provinces.find((p) => p.code === provinceCode);
  if (!province || !provinceCode) return [];
  const out: PlanUnit[] = [];
  for (const d of province.districts) {
    const known = resolve(d.name);
    const district: PlanUnit = known?.registryCode
      ? { ...known, level: 'district', parentCode: null }
      : { code: `${provinceCode}:${slugify(unitKey(d.name))}`, name: d.name, kind: 'unit', level: 'district', memberLevels: [], provinceCode, registryCode: null, parentCode: null };
    out.push(district);
    for (const c of d.communes ?? [])
      out.push({ code: `${district.code}:${slugify(unitKey(c.name))}-${c.gso}`, name: c.name, kind: 'unit', level: 'commune', memberLevels: [], provinceCode, registryCode: null, parentCode: district.code });
  }
  return out;
}

/** "Danh mục ĐVHC ngày 01/05/2024 (Tổng cục Thống kê)": what the members of a province's groups come from. */
export function adminUnitsSource(file: AdminUnitsFile, provinceCode: string | null): string | null {
  const p = file.provinces.find((x) => x.code === provinceCode);
  if (!p) return null;
  const [y, m, d] = p.asOf.split('-');
  return `${file.source.name}, ngày ${d}/${m}/${y}`;
}

/** data/plans/units_2025.json: the 34 provinces from 1/7/2025 and their communes (xã, phường, đặc khu). */
export interface Units2025File {
  note: string;
  source: { package: string; version: string; license: string; url: string; basis: string; asOf: string };
  /** `unit`: the new unit's name as in data/merger_2025_34_provinces.csv. */
  provinces: { code: string; name: string; unit: string; communes: { code: string; name: string; kind: string }[] }[];
}

/**
 * A new-era province's communes as plan units, coded under the province's new-unit code
 * ("n:tuyen-quang:xa-minh-xuan-02233"): no district level between them.
 */
export function communes2025PlanUnits(file: Units2025File, unitName: string, provinceCode: string): PlanUnit[] {
  const p = file.provinces.find((x) => x.unit === unitName);
  if (!p) return [];
  return p.communes.map((c) => ({
    code: `${provinceCode}:${slugify(unitKey(c.name))}-${c.code}`,
    name: c.name,
    kind: 'unit',
    level: 'commune',
    memberLevels: [],
    provinceCode,
    registryCode: null,
    parentCode: null
  }));
}

/** "Danh mục đơn vị hành chính từ 01/07/2025 (Nghị quyết 202/2025/QH15)". */
export function units2025Source(file: Units2025File): string {
  const [y, m, d] = file.source.asOf.split('-');
  return `Danh mục đơn vị hành chính từ ${d}/${m}/${y} (${file.source.basis}; gói ${file.source.package} ${file.source.version})`;
}
