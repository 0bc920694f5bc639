// Names resolve by the year of the figure: the 63 old provinces before the merger, the 34 units from it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { provinceRecords } from '../../src/lib/data/loadShipped';
import { ProvinceNames } from '../../src/lib/units/provinceNames';
import { UnitsByYear } from '../../src/lib/units/unitsByYear';
import { NEW_UNITS } from '../../src/lib/units/merger2025';
import { isNewUnitCode } from '../../src/lib/units/era';
import { bytes, def, definitions, provinces, run } from './import/helpers';
import { importCsv } from '../../src/lib/import/importFile';

const old = new ProvinceNames(provinceRecords(readFileSync('data/province_codes_63.csv', 'utf8')));
const eras = new UnitsByYear(old);
const official = Papa.parse<Record<string, string>>(readFileSync('data/merger_2025_34_provinces.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('units by year', () => {
  it('has the 34 units of the resolution, with codes that never collide with the old GSO codes', () => {
    expect(NEW_UNITS.length).toBe(34);
    expect(NEW_UNITS.map((u) => u.name)).toEqual(official.map((r) => r.new_unit_2025));
    const oldCodes = new Set(old.all().map((p) => p.code));
    for (const u of NEW_UNITS) {
      expect(isNewUnitCode(u.code)).toBe(true);
      expect(oldCodes.has(u.code)).toBe(false);
    }
    expect(new Set(NEW_UNITS.map((u) => u.code)).size).toBe(34);
  });

  it('reads every official name in 2025 as the new unit, and “Tuyên Quang” 2025 as the new Tuyên Quang', () => {
    for (const r of official) expect(eras.resolve(r.new_unit_2025, 2025)).toMatchObject({ kind: 'unit', unit: { era: 'new', name: r.new_unit_2025 } });
    const tq = eras.resolve('Tuyên Quang', 2025);
    expect(tq).toMatchObject({ kind: 'unit', unit: { code: 'n:tuyen-quang', era: 'new' } });
    expect(NEW_UNITS.find((u) => u.code === 'n:tuyen-quang')!.oldNames).toEqual(['Tuyên Quang', 'Hà Giang']);
    expect(eras.resolve('Huế', 2025)).toMatchObject({ kind: 'unit', unit: { code: 'n:hue', name: 'Huế' } });
    // The old spelling of a unit that carries on: Thừa Thiên Huế, TP.HCM.
    expect(eras.resolve('Thừa Thiên Huế', 2025)).toMatchObject({ kind: 'unit', unit: { code: 'n:hue' } });
    expect(eras.resolve('TP.HCM', 2026)).toMatchObject({ kind: 'unit', unit: { code: 'n:tp-ho-chi-minh' } });
    expect(eras.resolve('Hà Tĩnh', 2025)).toMatchObject({ kind: 'unit', unit: { code: 'n:ha-tinh', name: 'Hà Tĩnh' } });
  });

  it('reads the same names before 2025 as the old provinces', () => {
    expect(eras.resolve('Tuyên Quang', 2024)).toMatchObject({ kind: 'unit', unit: { code: '08', era: 'old' } });
    expect(eras.resolve('Huế', 2020)).toMatchObject({ kind: 'unit', unit: { code: '46', name: 'Thừa Thiên Huế' } });
    expect(eras.resolve('Hà Giang', 2022)).toMatchObject({ kind: 'unit', unit: { code: '02' } });
    // An index on the new units from 2024 (DTI): 2024 is the new era for it.
    expect(eras.resolve('Tuyên Quang', 2024, 2024)).toMatchObject({ kind: 'unit', unit: { code: 'n:tuyen-quang' } });
  });

  it('names both readings when the year and the name disagree (Hà Giang in 2025)', () => {
    const r = eras.resolve('Hà Giang', 2025);
    expect(r).toMatchObject({ kind: 'mismatch', old: { code: '02', name: 'Hà Giang' }, new: { code: 'n:tuyen-quang', name: 'Tuyên Quang' } });
    const m = (r as { message: string }).message;
    expect(m).toContain('Hà Giang (tỉnh cũ)');
    expect(m).toContain('Tuyên Quang mới');
    expect(m).toContain('2025');
    expect(eras.resolve('Kon Tum', 2025)).toMatchObject({ kind: 'mismatch', new: { name: 'Quảng Ngãi' } });
    expect(eras.resolve('Atlantis', 2025)).toEqual({ kind: 'unknown' });
  });
});

describe('an upload resolves names by its year', () => {
  const file = readFileSync('tests/fixtures/eras/dti_2025_34_units_placeholder.csv');
  it('a 2025 DTI file naming the 34 units (placeholder values): every row a new unit, ranked of 34', () => {
    const r = importCsv(new Uint8Array(file), { definition: def('dti'), definitions, provinces, now: new Date('2026-06-01T00:00:00Z') });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const totals = r.observations.filter((o) => o.indicator === 'total');
    expect(totals.length).toBe(34);
    expect(totals.every((o) => isNewUnitCode(o.unit_code) && o.rank_of === 34)).toBe(true);
    expect(totals.find((o) => o.unit_name === 'Tuyên Quang')!.unit_code).toBe('n:tuyen-quang');
  });

  it('a 2025 row naming an old province is an error at its row, naming both readings', () => {
    const r = importCsv(bytes('Tỉnh,Năm,Chỉ số DTI\nHà Giang,2025,0.5\nHà Tĩnh,2025,0.5\n'), {
      definition: def('dti'), definitions, provinces, now: new Date('2026-06-01T00:00:00Z')
    });
    const e = r.issues.find((i) => i.severity === 'error')!;
    expect(e.row).toBe(2);
    expect(e.message).toContain('Hà Giang (tỉnh cũ)');
    expect(e.message).toContain('Tuyên Quang mới');
  });

  it('a 2015 PCI row still reads the old provinces', () => {
    const r = run('Tỉnh,Năm,PCI\nTuyên Quang,2015,58.1\n');
    expect(r.observations.find((o) => o.indicator === 'total')).toMatchObject({ unit_code: '08', unit_name: 'Tuyên Quang' });
  });
});
