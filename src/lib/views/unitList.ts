// Several units in one URL parameter: "?tinh=ha-tinh,da-nang" (slugs or codes), order kept, duplicates and unknowns dropped.
import { findUnit, type UnitOption } from './units';

export const MAX_UNITS = 8;

export function parseUnitList(raw: string | null | undefined, units: readonly UnitOption[]): UnitOption[] {
  const out: UnitOption[] = [];
  for (const part of (raw ?? '').split(',')) {
    const u = findUnit(units, part.trim());
    if (u && !out.some((o) => o.code === u.code)) out.push(u);
    if (out.length === MAX_UNITS) break;
  }
  return out;
}

export const unitListParam = (units: readonly { slug: string }[]): string => units.map((u) => u.slug).join(',');
