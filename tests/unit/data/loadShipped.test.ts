// The loader on every shipped file, checked against values read from those files.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { SHIPPED_FILES } from '../../../src/lib/data/loadShipped';

const files = readShippedFiles();
const data = buildDataset(files);
const rows = (f: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${f}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const obs = (index: string, unit: string, year: number, indicator = 'total') =>
  data.observations.find((o) => o.index_id === index && o.unit_code === unit && o.year === year && o.indicator === indicator);

describe('loadShipped', () => {
  it('reads every shipped file and resolves every name in them', () => {
    expect(SHIPPED_FILES.length).toBe(14);
    expect(data.unknownNames).toEqual([]);
    for (const index of ['pci', 'papi', 'par_index', 'sipas', 'dti', 'ddci_42']) expect(data.observations.some((o) => o.index_id === index)).toBe(true);
  });

  it('has the 2015 PCI leader as the workbook prints it', () => {
    const leader = rows('pci_2006_2015_all_provinces.csv').find((r) => r.year === '2015' && r.rank === '1')!;
    expect(leader.province).toBe('Đà Nẵng');
    const o = obs('pci', '48', 2015)!;
    expect(o.value).toBe(Number(leader.pci_score));
    expect(o.rank).toBe(1);
    expect(o.rank_of).toBe(63);
    expect(o.band).toBe(leader.tier);
  });

  it('has one PCI total per province per year: 64 to 2008 (with Hà Tây), 63 after', () => {
    for (const [year, n] of [[2006, 64], [2008, 64], [2009, 63], [2015, 63]] as const) {
      const totals = data.observations.filter((o) => o.index_id === 'pci' && o.year === year && o.indicator === 'total' && o.value != null);
      expect(totals.length).toBe(n);
    }
    expect(obs('pci', '28', 2008)?.unit_name).toBe('Hà Tây');
    expect(obs('pci', '28', 2009)).toBeUndefined();
  });

  it('keeps the workbook where the profile pages disagree, and records each of the 43 conflicts', () => {
    // The README's 43 cells (2006–2013), and Kon Tum 2020 (printed vs implied by the 2021 article).
    const pages = data.conflicts.filter((c) => !(c.unit_code === '62' && c.year === 2020));
    expect(pages.length).toBe(43);
    for (const c of pages) expect(c.year).toBeLessThanOrEqual(2013);
    // The site's "Lâm Đồng 2010" column is Lai Châu's: the workbook value is kept.
    const wb = rows('pci_2006_2015_all_provinces.csv').find((r) => r.year === '2010' && r.province === 'Lâm Đồng')!;
    expect(obs('pci', '68', 2010)!.value).toBe(Number(wb.pci_score));
    expect(data.conflicts.some((c) => c.unit_code === '68' && c.year === 2010 && c.indicator === 'total' && c.field === 'value')).toBe(true);
    // Tiền Giang 2007: the old site's rank 65 (of 64) is dropped for the workbook's, and flagged.
    const tg = rows('pci_2006_2015_all_provinces.csv').find((r) => r.year === '2007' && r.province === 'Tiền Giang')!;
    expect(obs('pci', '82', 2007)!.rank).toBe(Number(tg.rank));
    expect(data.warnings.some((w) => w.includes('Tiền Giang') && w.includes('65'))).toBe(true);
  });

  it('fills later PCI years from the profile pages and the Kon Tum news', () => {
    const ht = rows('pci_province_history.csv').find((r) => r.province === 'Hà Tĩnh' && r.year === '2022')!;
    expect(obs('pci', '42', 2022)!.value).toBe(Number(ht.pci_score));
    expect(obs('pci', '42', 2022)!.rank).toBe(Number(ht.rank));
    expect(obs('pci', '62', 2022)!.value).toBe(64.89);
    // 2019: the workbook's score, and its rank agrees with the news ("56/63").
    const kt = rows('pci_2016_2019_all_provinces.csv').find((r) => r.province === 'Kon Tum' && r.year === '2019')!;
    expect(obs('pci', '62', 2019)).toMatchObject({ value: Number(kt.pci_score), rank: 56 });
  });

  it('keeps gaps as gaps: no Cạnh tranh bình đẳng 2009–2012, no PCI 2023 total outside the top 30', () => {
    for (const y of [2009, 2010, 2011, 2012]) {
      expect(data.observations.filter((o) => o.index_id === 'pci' && o.year === y && o.indicator === 'canh_tranh_binh_dang')).toEqual([]);
    }
    expect(obs('pci', '42', 2023)).toBeUndefined();
    expect(obs('pci', '42', 2023, 'tinh_minh_bach')!.value).toBe(5.95);
    // VCCI ranked all 63 in 2023 and printed the top 30: Thanh Hóa's rank is out of 63, not 30.
    expect(obs('pci', '38', 2023)).toMatchObject({ rank_of: 63, rank_source: 'published' });
    expect(data.observations.every((o) => o.value !== 0)).toBe(true);
  });

  it('loads PAPI 2011–2015 for all 63 provinces, and the quoted PAR INDEX / SIPAS figures', () => {
    for (const y of [2011, 2015]) {
      expect(data.observations.filter((o) => o.index_id === 'papi' && o.year === y && o.indicator === 'total').length).toBe(63);
    }
    // The 2014 workbook prints 0.0000 for two provinces with no dimensions: a gap, not a zero.
    expect(obs('papi', '24', 2014)).toBeUndefined();
    expect(obs('papi', '87', 2014)).toBeUndefined();
    expect(data.warnings.filter((w) => w.startsWith('PAPI 2014')).length).toBe(2);
    const hue = rows('papi_2011_2015_dimensions.csv').find((r) => r.year === '2015' && r.province_vi === 'Thừa Thiên-Huế')!;
    expect(obs('papi', '46', 2015)!.value).toBe(Number(hue.papi_total_unweighted_6dims));
    expect(obs('par_index', '42', 2023)).toMatchObject({ value: 88.35, rank: 18, rank_of: 63 });
    expect(obs('sipas', '22', 2023)).toMatchObject({ value: 90.61, rank: 1 });
    expect(obs('par_index', '62', 2023, 'cai_cach_the_che')!.value).toBe(9.42);
    // Kon Tum's 2022 PAR ranks worked out from "+12 bậc" are derived, never published; the stated one is published.
    expect(obs('par_index', '62', 2022)).toMatchObject({ rank: 55, rank_source: 'derived' });
    expect(obs('par_index', '62', 2022, 'cai_cach_the_che')).toMatchObject({ rank: 43, rank_source: 'derived' });
    expect(obs('par_index', '62', 2022, 'cai_cach_tthc')).toMatchObject({ rank: 49, rank_source: 'published' });
    // PAPI publishes no ranks: a press position is derived.
    expect(obs('papi', '46', 2023)).toMatchObject({ rank: 1, rank_source: 'derived' });
    expect(data.observations.every((o) => (o.rank == null) === (o.rank_source == null))).toBe(true);
  });

  it('loads Hà Tĩnh DDCI 2021 by unit group, with "-" as not applicable', () => {
    const ddci = data.observations.filter((o) => o.index_id === 'ddci_42' && o.indicator === 'total');
    expect(ddci.length).toBe(17);
    const best = [...ddci].sort((a, b) => b.value! - a.value!)[0];
    expect(best.unit_name).toBe('Thị xã Hồng Lĩnh');
    expect(best.unit_group).toBe('huyen');
    expect(data.observations.find((o) => o.unit_code === '42:so-y-te' && o.indicator === 'tiep_can_dat_dai')).toBeUndefined();
    expect(new Set(ddci.map((o) => o.unit_group))).toEqual(new Set(['huyen', 'so_nganh']));
  });

});
