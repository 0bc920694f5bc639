// The 2025 provincial merger (Nghị quyết 202/2025/QH15): 34 new units, each formed from one or more
// of the old provinces the indices were measured on. Bundled reference data (data/merger_2025_*.csv).
import unitsCsv from '../../../data/merger_2025_34_provinces.csv?raw';
import { csvRows } from '../data/csvRows';
import { slugify } from '../text/vietnamese';
import { NEW_CODE_PREFIX } from './era';

export interface NewUnit {
  /** "n:" + slug (see era.ts): never one of the old GSO codes. */
  code: string;
  name: string;
  slug: string;
  /** "tỉnh" or "thành phố". */
  type: string;
  /** GSO codes of the old provinces, in the order the resolution lists them. */
  oldCodes: string[];
  oldNames: string[];
  merged: boolean;
}

export const MERGER_EFFECTIVE = '01/07/2025';

export const NEW_UNITS: NewUnit[] = csvRows(unitsCsv).map((r) => ({
  code: NEW_CODE_PREFIX + slugify(r.new_unit_2025),
  name: r.new_unit_2025,
  slug: slugify(r.new_unit_2025),
  type: r.unit_type,
  oldCodes: r.old_gso_codes.split('+').map((s) => s.trim()),
  oldNames: r.merged_from_old_provinces.split('+').map((s) => s.trim()),
  merged: r.merged.startsWith('yes')
}));

export function newUnitBySlug(slug: string): NewUnit | undefined {
  return NEW_UNITS.find((u) => u.slug === slug);
}

export function newUnitByCode(code: string): NewUnit | undefined {
  return NEW_UNITS.find((u) => u.code === code);
}

/** The new unit an old province became part of. */
export function newUnitOf(oldCode: string): NewUnit | undefined {
  return NEW_UNITS.find((u) => u.oldCodes.includes(oldCode));
}
