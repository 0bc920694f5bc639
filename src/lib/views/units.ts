// Units as the pickers show them: Vietnamese order, slugs for URLs.
import type { UnitRow } from '../db/sql';
import { compareVi, slugify } from '../text/vietnamese';

export interface UnitOption {
  code: string;
  name: string;
  slug: string;
  group: string;
}

export function unitOptions(rows: readonly UnitRow[]): UnitOption[] {
  return rows
    .map((r) => ({ code: r.unit_code, name: r.unit_name, slug: slugify(r.unit_name), group: r.unit_group }))
    .sort((a, b) => compareVi(a.name, b.name));
}

export function findUnit(units: readonly UnitOption[], slugOrCode: string | null | undefined): UnitOption | undefined {
  if (!slugOrCode) return undefined;
  return units.find((u) => u.slug === slugOrCode) ?? units.find((u) => u.code === slugOrCode);
}
