// The files shipped for issue 12, each against the checks its README states (data/README.md).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { definitionOf } from '../../../src/lib/catalogue/definitions';
import { periodFor } from '../../../src/lib/catalogue/types';
import type { Observation } from '../../../src/lib/data/observation';

const data = buildDataset(readShippedFiles());
const rows = (f: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${f}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const obs = (index: string, unit: string, year: number, indicator = 'total') =>
  data.observations.find((o) => o.index_id === index && o.unit_code === unit && o.year === year && o.indicator === indicator);
const totals = (index: string, year: number) =>
  data.observations.filter((o) => o.index_id === index && o.year === year && o.indicator === 'total' && o.unit_group === 'tinh');

/** Every higher score has a better (smaller) rank; equal scores may share one. */
function ranksFollowScores(list: Observation[]): string[] {
  const bad: string[] = [];
  for (const a of list)
    for (const b of list)
      if (a.value! > b.value! && a.rank! >= b.rank!) bad.push(`${a.unit_name} ${a.value}/${a.rank} vs ${b.unit_name} ${b.value}/${b.rank}`);
  return bad;
}

describe('PCI 2016–2019 (VCCI workbooks)', () => {
  it('has 63 provinces a year, each with a published official rank of 63', () => {
    for (const y of [2016, 2017, 2018, 2019]) {
      const t = totals('pci', y);
      expect(t.length).toBe(63);
      expect(t.every((o) => o.value != null && o.rank != null && o.rank_of === 63 && o.rank_source === 'published')).toBe(true);
      expect(new Set(t.map((o) => o.rank)).size).toBeGreaterThan(60);
    }
  });

  it('has the rank-1 province the workbook prints each year: Đà Nẵng 2016, Quảng Ninh 2017–2019', () => {
    const file = rows('pci_2016_2019_all_provinces.csv');
    const published: Record<number, string> = { 2016: 'Đà Nẵng', 2017: 'Quảng Ninh', 2018: 'Quảng Ninh', 2019: 'Quảng Ninh' };
    for (const [y, name] of Object.entries(published)) {
      const first = file.filter((r) => r.year === y && r.rank === '1');
      expect(first.map((r) => r.province)).toEqual([name]);
      const leader = totals('pci', Number(y)).filter((o) => o.rank === 1);
      expect(leader.map((o) => o.unit_name)).toEqual([name]);
      expect(leader[0].value).toBe(Number(first[0].pci_score));
    }
  });

  it('ranks follow the scores in every year', () => {
    for (const y of [2016, 2017, 2018, 2019]) expect(ranksFollowScores(totals('pci', y))).toEqual([]);
  });

  it('keeps the workbook over the profile pages, which agree for 2017–2019', () => {
    expect(data.conflicts.filter((c) => c.index_id === 'pci' && c.year >= 2017 && c.year <= 2019)).toEqual([]);
    const ht = rows('pci_2016_2019_all_provinces.csv').find((r) => r.year === '2019' && r.province === 'Hà Tĩnh')!;
    expect(obs('pci', '42', 2019)).toMatchObject({ value: Number(ht.pci_score), rank: Number(ht.rank) });
    expect(obs('pci', '42', 2019)!.source).toContain('VCCI');
  });
});

describe('PAPI 2016–2019 (provincial workbooks)', () => {
  it('has 6 dimensions to 2017 and 8 from 2018 (Hà Tĩnh 2018: 8), with the break in the catalogue', () => {
    const dims = (unit: string, y: number) =>
      data.observations.filter((o) => o.index_id === 'papi' && o.unit_code === unit && o.year === y && o.indicator !== 'total').map((o) => o.indicator);
    expect(dims('42', 2017).length).toBe(6);
    expect(dims('42', 2018).sort()).toEqual(periodFor(definitionOf('papi')!, 2018)!.components.map((c) => c.code).sort());
    expect(dims('42', 2018).length).toBe(8);
    expect(obs('papi', '42', 2018, 'd8_e_governance')!.value).toBe(3.3226);
    expect(definitionOf('papi')!.breaks).toContain(2018);
    expect(periodFor(definitionOf('papi')!, 2019)!.scale.max).toBe(80);
  });

  it('uses the published totals only: none for 2018, 2019 out of 80; and no ranks at all', () => {
    expect(obs('papi', '42', 2018)).toBeUndefined();
    expect(totals('papi', 2018)).toEqual([]);
    expect(obs('papi', '42', 2019)!.value).toBe(44.7979);
    for (const y of [2016, 2017, 2019]) expect(totals('papi', y).length).toBe(63);
    const ranked = data.observations.filter((o) => o.index_id === 'papi' && o.year >= 2016 && o.year <= 2019 && o.rank != null);
    expect(ranked).toEqual([]);
  });

  it('leaves out what PAPI excluded: Quảng Ninh and Đồng Tháp 2018 have no D2/D4', () => {
    for (const unit of ['22', '87']) {
      expect(obs('papi', unit, 2018, 'd2_transparency')).toBeUndefined();
      expect(obs('papi', unit, 2018, 'd4_control_of_corruption')).toBeUndefined();
      expect(obs('papi', unit, 2018, 'd1_participation')!.value).not.toBeNull();
    }
  });
});

describe('PCI 2022–2024 top lists (press and portals)', () => {
  it('takes stated ranks as published, of 63 even in 2023–2024 when only 30 were printed', () => {
    expect(obs('pci', '22', 2022)).toMatchObject({ value: 72.95, rank: 1, rank_of: 63, rank_source: 'published', band: 'Rất tốt' });
    expect(obs('pci', '22', 2023)).toMatchObject({ value: 71.25, rank: 1, rank_of: 63, rank_source: 'published' });
    expect(obs('pci', '31', 2024)).toMatchObject({ value: 74.84, rank: 1, rank_of: 63, rank_source: 'published' });
    expect(obs('pci', '04', 2022)).toMatchObject({ value: 59.58, rank: 63 });
    expect(obs('pci', '01', 2022)).toMatchObject({ value: null, rank: 20 });
  });

  it('gives no rank to 2024 places 6–10, which were not stated one by one (a tie at 70,35)', () => {
    const listed = rows('pci_2022_2024_top_lists.csv').filter((r) => r.year === '2024' && r.rank === '');
    expect(listed.length).toBe(5);
    for (const code of ['46', '93', '25', '87', '33']) {
      const o = obs('pci', code, 2024)!;
      expect(o.value).not.toBeNull();
      expect(o).toMatchObject({ rank: null, rank_of: null, rank_source: null });
    }
    expect(obs('pci', '25', 2024)!.value).toBe(70.35);
    expect(obs('pci', '87', 2024)!.value).toBe(70.35);
  });

  it('ranks follow the scores within each printed top list', () => {
    for (const y of [2022, 2023, 2024]) expect(ranksFollowScores(totals('pci', y).filter((o) => o.rank != null && o.value != null))).toEqual([]);
  });
});

describe('DTI', () => {
  it('2022: 63 published ranks of 63, with the tie at 15 (Thanh Hóa, Yên Bái)', () => {
    const t = totals('dti', 2022);
    expect(t.length).toBe(63);
    expect(t.every((o) => o.rank_of === 63 && o.rank_source === 'published')).toBe(true);
    expect(t.filter((o) => o.rank === 15).map((o) => o.unit_name).sort()).toEqual(['Thanh Hóa', 'Yên Bái']);
    expect(t.some((o) => o.rank === 16)).toBe(false);
    expect(Math.max(...t.map((o) => o.rank!))).toBe(63);
  });

  it('2022: Đà Nẵng first at 0,8002 with its 3 pillars and 5 foundations; scores only for ranks 1–5', () => {
    expect(obs('dti', '48', 2022)).toMatchObject({ value: 0.8002, rank: 1 });
    const comps = data.observations.filter((o) => o.index_id === 'dti' && o.unit_code === '48' && o.year === 2022 && o.indicator !== 'total');
    expect(comps.map((o) => o.indicator).sort()).toEqual(definitionOf('dti')!.periods[0].components.map((c) => c.code).sort());
    expect(obs('dti', '48', 2022, 'chinh_quyen_so')!.value).toBe(0.8575);
    expect(totals('dti', 2022).filter((o) => o.value != null).length).toBe(6); // ranks 1–5 + Trà Vinh from its portal
    expect(ranksFollowScores(totals('dti', 2022).filter((o) => o.value != null))).toEqual([]);
  });

  it('adds the quoted 2020–2023 values; a portal agrees with the ministry (Trà Vinh 25/63, 0,6077)', () => {
    expect(obs('dti', '84', 2022)).toMatchObject({ value: 0.6077, rank: 25, rank_of: 63 });
    expect(obs('dti', '48', 2023)).toMatchObject({ value: 0.834, rank: 1, rank_of: 63 });
    expect(obs('dti', '51', 2023)).toMatchObject({ rank: 21, rank_source: 'published' });
    expect(obs('dti', '48', 2020)).toMatchObject({ rank: 1 });
    // Listed in a top 10 without its own rank: nothing to show.
    expect(obs('dti', '20', 2023)).toBeUndefined();
    expect(data.conflicts.filter((c) => c.index_id === 'dti')).toEqual([]);
  });

  it('is in the catalogue on a 0–1 scale, ranked of 63 to 2023 and of 34 from 2024', async () => {
    const { rankedUnitsFor } = await import('../../../src/lib/catalogue/types');
    const dti = definitionOf('dti')!;
    expect(periodFor(dti, 2022)!.scale).toMatchObject({ min: 0, max: 1 });
    expect([2022, 2023, 2024, 2025].map((y) => rankedUnitsFor(dti, y))).toEqual([63, 63, 34, 34]);
    expect(rankedUnitsFor(definitionOf('pci')!, 2025)).toBe(34);
    expect(rankedUnitsFor(definitionOf('pci')!, 2024)).toBe(63);
  });
});

describe('PAR INDEX, SIPAS, PAPI values from the press', () => {
  it('takes rank_of_63 as the published position for PAR INDEX and SIPAS, derived for PAPI', () => {
    expect(obs('sipas', '77', 2021)).toMatchObject({ value: 86.72, rank: 38, rank_of: 63, rank_source: 'published' });
    expect(obs('sipas', '64', 2023)).toMatchObject({ value: 83.84, rank: 19, rank_of: 63, rank_source: 'published' });
    expect(obs('sipas', '01', 2023)).toMatchObject({ value: null, rank: 21, rank_source: 'published' });
    expect(obs('papi', '19', 2023)).toMatchObject({ value: 45.7875, rank: 2, rank_source: 'derived' });
    expect(obs('papi', '22', 2022)).toMatchObject({ value: null, rank: 1, rank_source: 'derived' });
  });
});

describe('DDCI Hà Tĩnh 2021 (corrected copy)', () => {
  it('has 7 units in the district group, with Huyện Cẩm Xuyên at 13,77 “Rất thấp”', () => {
    const huyen = data.observations.filter((o) => o.index_id === 'ddci_42' && o.indicator === 'total' && o.unit_group === 'huyen');
    expect(huyen.length).toBe(7);
    const cx = huyen.find((o) => o.unit_name === 'Huyện Cẩm Xuyên')!;
    expect(cx).toMatchObject({ value: 13.77, band: 'Rất thấp' });
    expect(Math.min(...huyen.map((o) => o.value!))).toBe(13.77);
    expect(definitionOf('ddci_42')!.bands).toContain('Rất thấp');
  });
});

describe('Kon Tum PCI 2020', () => {
  it('keeps the printed 60,02 and records the 62,02 the 2021 article implies', () => {
    expect(obs('pci', '62', 2020)!.value).toBe(60.02);
    const c = data.conflicts.find((x) => x.unit_code === '62' && x.year === 2020 && x.index_id === 'pci')!;
    expect(c).toMatchObject({ indicator: 'total', field: 'value', kept: 60.02, dropped: 62.02 });
    expect(c.droppedSource).toContain('pci-nam-2021');
  });
});
