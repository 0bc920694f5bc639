// A unit cell → the unit's code, canonical name and group.
// Provinces resolve through ProvinceNames (any spelling → GSO code, name as the catalogue writes it);
// DDCI units are a province's own departments and districts: code "<province>:<slug>", group from the
// unit-type column, else from the name's first word ("Sở …", "Huyện …").
import { newUnitsFrom, type IndexDefinition } from '../catalogue/types';
import { slugify } from '../text/vietnamese';
import type { ProvinceNames } from '../units/provinceNames';
import { unitsByYear } from '../units/unitsByYear';
import { headerKey } from './headerKey';
import { MAX_UNIT_NAME, suggestProvinces } from './suggestUnits';

export interface ResolvedUnit {
  code: string;
  name: string;
  /** '' when a DDCI unit's group could not be told. */
  group: string;
}

export type UnitResolution =
  | { kind: 'unit'; unit: ResolvedUnit }
  | { kind: 'aggregate' }
  /** The name is of the other era than the row's year (issue 12): an error naming both readings. */
  | { kind: 'mismatch'; message: string }
  | { kind: 'unknown'; suggestions: string[] }
  | { kind: 'too-long'; length: number };

// Summary rows inside a table ("Cả nước", "Trung bình") are not units.
const AGGREGATES = new Set(['ca nuoc', 'toan quoc', 'trung binh', 'trung binh ca nuoc', 'binh quan', 'tong', 'tong cong', 'trung vi', 'average', 'national', 'national average', 'total', 'median']);

export function resolveUnit(name: string, unitType: string, def: IndexDefinition, provinces: ProvinceNames, year: number | null = null): UnitResolution {
  // Checked before any other work: a megabyte "name" must cost nothing (issue 13).
  if (name.length > MAX_UNIT_NAME) return { kind: 'too-long', length: name.length };
  const clean = name.replace(/\s+/g, ' ').trim();
  if (AGGREGATES.has(headerKey(clean))) return { kind: 'aggregate' };
  if (def.unitLevel === 'province' && year != null) {
    // By the year of the figure: the 63 old provinces, or the 34 units from the merger.
    const r = unitsByYear(provinces).resolve(clean, year, newUnitsFrom(def));
    if (r.kind === 'unit') return { kind: 'unit', unit: { code: r.unit.code, name: r.unit.name, group: 'tinh' } };
    if (r.kind === 'mismatch') return { kind: 'mismatch', message: r.message };
  }
  if (def.unitLevel === 'province') {
    const code = provinces.resolve(clean);
    if (code == null) return { kind: 'unknown', suggestions: suggestProvinces(clean, provinces) };
    return { kind: 'unit', unit: { code, name: provinces.record(code)?.nameVi ?? clean, group: 'tinh' } };
  }
  const slug = slugify(clean);
  if (!slug) return { kind: 'unknown', suggestions: [] };
  return { kind: 'unit', unit: { code: `${def.province ?? ''}:${slug}`, name: clean, group: unitGroup(clean, unitType, def) } };
}

function unitGroup(name: string, unitType: string, def: IndexDefinition): string {
  const groups = def.unitGroups ?? [];
  const typeKey = headerKey(unitType);
  if (typeKey) {
    const hit = groups.find((g) => [g.code, g.vi, g.en, ...(g.aliases ?? [])].some((n) => headerKey(n) === typeKey));
    if (hit) return hit.code;
  }
  // "Sở Tư pháp" → the group whose label lists "sở"; "Thị xã Kỳ Anh" → the one listing "thị xã".
  const nameKey = headerKey(name);
  for (const g of groups) {
    const words = g.vi.split(/[,/]/).map((w) => headerKey(w)).filter(Boolean);
    if (words.some((w) => nameKey.startsWith(`${w} `))) return g.code;
  }
  return '';
}

