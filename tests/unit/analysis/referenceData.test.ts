// Regions (Nghị quyết 81/2023/QH15) and the 2025 merger, checked against the shipped files.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows } from '../../../src/lib/data/csvRows';
import { REGIONS, regionOfProvince } from '../../../src/lib/units/regions';
import { NEW_UNITS, newUnitBySlug, newUnitOf } from '../../../src/lib/units/merger2025';
import { newUnitOptions, pickerUnits, unitHref } from '../../../src/lib/views/pickerUnits';
import { parsePeerSlugs, MAX_PEERS } from '../../../src/lib/state/analysisParams';

const provinces = csvRows(readFileSync('data/province_codes_63.csv', 'utf8'));
const regionRows = csvRows(readFileSync('data/regions_6.csv', 'utf8'));
const oldToNew = csvRows(readFileSync('data/merger_2025_old_to_new_map.csv', 'utf8'));

describe('regions_6.csv', () => {
  it('puts each of the 63 provinces (not Hà Tây) in exactly one of 6 regions, names matching the code list', () => {
    expect(regionRows.length).toBe(63);
    expect(new Set(regionRows.map((r) => r.gso_code)).size).toBe(63);
    for (const r of regionRows) expect(provinces.find((p) => p.gso_code_2digit === r.gso_code)?.province_vi).toBe(r.province_vi);
    expect(regionOfProvince('28')).toBeNull();
    expect(REGIONS.map((r) => [r.short, r.provinces.length])).toEqual([
      ['TDMNPB', 14],
      ['ĐBSH', 11],
      ['BTB&DHMT', 14],
      ['TN', 5],
      ['ĐNB', 6],
      ['ĐBSCL', 13]
    ]);
    expect(regionRows.every((r) => r.source.includes('81/2023/QH15'))).toBe(true);
  });

  it.each([
    ['22', 'dbsh'], // Quảng Ninh: Đồng bằng sông Hồng under the national master plan
    ['26', 'dbsh'], // Vĩnh Phúc
    ['24', 'tdmnpb'], // Bắc Giang
    ['25', 'tdmnpb'], // Phú Thọ
    ['42', 'btb_dhmt'], // Hà Tĩnh
    ['46', 'btb_dhmt'], // Thừa Thiên Huế
    ['60', 'btb_dhmt'], // Bình Thuận
    ['68', 'tn'], // Lâm Đồng
    ['70', 'dnb'], // Bình Phước
    ['72', 'dnb'], // Tây Ninh
    ['80', 'dbscl'] // Long An
  ])('province %s is in %s', (code, region) => {
    expect(regionOfProvince(code)?.code).toBe(region);
  });
});

describe('2025 merger', () => {
  it('forms 34 units from the 63 old provinces, each old one used once, as the old→new map says', () => {
    expect(NEW_UNITS.length).toBe(34);
    const all = NEW_UNITS.flatMap((u) => u.oldCodes);
    expect(all.length).toBe(63);
    expect(new Set(all).size).toBe(63);
    for (const r of oldToNew) expect(newUnitOf(r.old_gso_code)?.name).toBe(r.new_unit_2025);
    expect(NEW_UNITS.filter((u) => !u.merged).length).toBe(11);
  });

  it('knows new Quảng Ngãi and new Phú Thọ by their old provinces', () => {
    expect(newUnitBySlug('quang-ngai')).toMatchObject({ oldCodes: ['51', '62'], merged: true });
    expect(newUnitBySlug('phu-tho')!.oldCodes.sort()).toEqual(['17', '25', '26']);
    expect(newUnitBySlug('ha-tinh')).toMatchObject({ merged: false, oldCodes: ['42'] });
  });

  it('gives the picker the merged units and renamed Huế, leading to their pages', () => {
    const opts = newUnitOptions();
    expect(opts.length).toBe(23 + 1);
    const qn = opts.find((o) => o.slug === 'quang-ngai')!;
    expect(qn.name).toContain('Quảng Ngãi + Kon Tum');
    expect(unitHref(qn, '/tinh')).toBe('/tinh-moi/quang-ngai');
    expect(opts.find((o) => o.slug === 'hue')!.name).toContain('Thừa Thiên Huế');
    const old = [{ code: '42', name: 'Hà Tĩnh', slug: 'ha-tinh', group: 'tinh' }];
    expect(unitHref(pickerUnits(old)[0], '/tinh')).toBe('/tinh/ha-tinh');
  });
});

describe('peer list in the URL', () => {
  it('keeps valid, unique slugs, at most MAX_PEERS', () => {
    expect(parsePeerSlugs('nghe-an,,Quang-Binh,nghe-an,<x>')).toEqual(['nghe-an', 'quang-binh']);
    expect(parsePeerSlugs(Array.from({ length: 10 }, (_, i) => `p${i}`).join(',')).length).toBe(MAX_PEERS);
    expect(parsePeerSlugs(null)).toEqual([]);
  });
});
