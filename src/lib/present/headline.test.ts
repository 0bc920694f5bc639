import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { periodFor, rankedUnitsFor, type IndexDefinition } from '../catalogue/types';
import { formatNumber } from '../text/vietnamese';
import { describeChange, writeHeadline, type HeadlinePoint } from './headline';

// Every case below is read from the shipped data: numbers are never typed in by hand,
// except the one whole sentence the brief pins (Hà Tĩnh PCI 2014 → 2015).

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const text = readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

function readIndex(id: string): IndexDefinition {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/indices/${id}.json`, import.meta.url)), 'utf8'));
}

/** Empty cell = not published → null (never 0). */
const num = (s: string | undefined): number | null => (s == null || s.trim() === '' ? null : Number(s));

function find(rows: Row[], pred: (r: Row) => boolean): Row {
  const r = rows.find(pred);
  if (!r) throw new Error('row not found in the shipped data');
  return r;
}

const workbook = readCsv('pci_2006_2015_all_provinces.csv');
const history = readCsv('pci_province_history.csv');
const parSipasPapi = readCsv('par_sipas_papi_province_results.csv');
const papiDims = readCsv('papi_2011_2015_dimensions.csv');
const kontumNews = readCsv('pci_kontum_news.csv');
const pci = readIndex('pci');
const parIndex = readIndex('par_index');
const papi = readIndex('papi');

/** A PCI workbook row as a headline point; N and ties are counted from the same year's rows. */
function pciPoint(province: string, year: number): HeadlinePoint {
  const r = find(workbook, (x) => x.province === province && Number(x.year) === year);
  const sameYear = workbook.filter((x) => Number(x.year) === year && num(x.rank) != null);
  const rank = num(r.rank);
  return {
    year,
    value: num(r.pci_score),
    rank,
    rankOf: sameYear.length,
    rankSource: rank != null ? 'published' : null,
    tiedWith: sameYear.filter((x) => x !== r && num(x.rank) === rank).length
  };
}

/** A PCI profile-page row; N comes from the catalogue (top 30 only from 2023). */
function historyPoint(province: string, year: number): HeadlinePoint {
  const r = find(history, (x) => x.province === province && Number(x.year) === year);
  return { year, value: num(r.pci_score), rank: num(r.rank), rankOf: rankedUnitsFor(pci, year), rankSource: r.rank ? 'published' : null };
}

function pressPoint(index: string, province: string, year: number, def: IndexDefinition): HeadlinePoint {
  const r = find(parSipasPapi, (x) => x.index === index && x.province === province && Number(x.year) === year);
  // PAPI publishes no ranks: a press position is derived (data/README.md).
  const rank = num(r.rank_of_63);
  return { year, value: num(r.value), rank, rankOf: rankedUnitsFor(def, year), rankSource: rank == null ? null : index === 'PAPI' ? 'derived' : 'published' };
}

const pts = (v: number | null) => `${formatNumber(v)} điểm`;

describe('writeHeadline on real PCI data (VCCI workbook 2006–2015)', () => {
  it('the workbook ranks agree with the catalogue N (64 provinces to 2008, 63 after)', () => {
    expect(pciPoint('Hà Tĩnh', 2006).rankOf).toBe(rankedUnitsFor(pci, 2006));
    expect(pciPoint('Hà Tĩnh', 2015).rankOf).toBe(rankedUnitsFor(pci, 2015));
  });

  it('a fall: Hà Tĩnh 2014 → 2015, whole sentence', () => {
    const previous = pciPoint('Hà Tĩnh', 2014);
    const current = pciPoint('Hà Tĩnh', 2015);
    expect(writeHeadline({ indexShort: pci.short, unitName: 'Hà Tĩnh', scaleUnit: 'points', current, previous })).toBe(
      'PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014'
    );
  });

  it('a rise: Hà Tĩnh 2013 → 2014', () => {
    const previous = pciPoint('Hà Tĩnh', 2013);
    const current = pciPoint('Hà Tĩnh', 2014);
    expect(previous.rank!).toBeGreaterThan(current.rank!);
    expect(writeHeadline({ indexShort: pci.short, unitName: 'Hà Tĩnh', scaleUnit: 'points', current, previous })).toBe(
      `PCI 2014: Hà Tĩnh đạt ${pts(current.value)}, xếp thứ ${current.rank}/${current.rankOf}, tăng ${previous.rank! - current.rank!} bậc so với 2013`
    );
  });

  it('no change: a province with the same rank in two consecutive years', () => {
    const same = workbook.find((r) => {
      const prev = workbook.find((x) => x.province === r.province && Number(x.year) === Number(r.year) - 1);
      return prev != null && num(r.rank) != null && num(prev.rank) === num(r.rank);
    });
    expect(same).toBeDefined();
    const year = Number(same!.year);
    const current = pciPoint(same!.province, year);
    const previous = pciPoint(same!.province, year - 1);
    const h = writeHeadline({ indexShort: 'PCI', unitName: same!.province, scaleUnit: 'points', current, previous });
    expect(h).toBe(
      `PCI ${year}: ${same!.province} đạt ${pts(current.value)}, xếp thứ ${current.rank}/${current.rankOf}, giữ nguyên thứ hạng so với ${year - 1}`
    );
  });

  it('a first year: Hà Tĩnh 2006 has nothing to compare with', () => {
    const current = pciPoint('Hà Tĩnh', 2006);
    const h = writeHeadline({ indexShort: 'PCI', unitName: 'Hà Tĩnh', scaleUnit: 'points', current, previous: null });
    expect(h).toBe(`PCI 2006: Hà Tĩnh đạt ${pts(current.value)}, xếp thứ ${current.rank}/${current.rankOf}`);
    expect(h).not.toContain('so với');
  });

  it('ties: equal printed scores that VCCI ranked apart are not called "đồng hạng"', () => {
    // The workbook has no shared rank in any year; it does have equal scores at 2 decimals.
    const pair = workbook.filter((r) => r.year === '2015' && r.pci_score === '59.04');
    expect(pair.length).toBe(2);
    for (const r of pair) {
      const current = pciPoint(r.province, 2015);
      const h = writeHeadline({ indexShort: 'PCI', unitName: r.province, scaleUnit: 'points', current });
      if (current.tiedWith) expect(h).toContain(`đồng hạng ${current.rank}/63`);
      else expect(h).toBe(`PCI 2015: ${r.province} đạt 59,04 điểm, xếp thứ ${current.rank}/63`);
    }
  });

  it('equal printed scores are no tie: VCCI ranked Lâm Đồng 21st and Sóc Trăng 22nd at 59,04 in 2015', () => {
    const ld = pciPoint('Lâm Đồng', 2015);
    const st = pciPoint('Sóc Trăng', 2015);
    expect(ld.value).toBe(st.value);
    expect(ld.tiedWith).toBe(0);
    expect(writeHeadline({ indexShort: 'PCI', unitName: 'Lâm Đồng', scaleUnit: 'points', current: ld })).toBe(`PCI 2015: Lâm Đồng đạt 59,04 điểm, xếp thứ ${ld.rank}/63`);
    expect(writeHeadline({ indexShort: 'PCI', unitName: 'Sóc Trăng', scaleUnit: 'points', current: st })).toBe(`PCI 2015: Sóc Trăng đạt 59,04 điểm, xếp thứ ${st.rank}/63`);
  });
});

describe('writeHeadline on PCI 2023–2024 (all 63 ranked, only the top 30 printed)', () => {

  it('a missing year: Hà Tĩnh 2023 has sub-indices but no published score or rank', () => {
    const r = find(history, (x) => x.province === 'Hà Tĩnh' && x.year === '2023');
    expect(r.pci_score).toBe('');
    expect(r.rank).toBe('');
    const h = writeHeadline({
      indexShort: 'PCI',
      unitName: 'Hà Tĩnh',
      scaleUnit: 'points',
      current: historyPoint('Hà Tĩnh', 2023),
      previous: historyPoint('Hà Tĩnh', 2022)
    });
    expect(h).toBe('PCI 2023: Hà Tĩnh chưa có điểm công bố');
    expect(h).not.toMatch(/\b0 điểm|so với/);
  });

  it('Thanh Hóa PCI 2024 is 21st of 63, not "21/30": VCCI ranked all 63 and printed 30', () => {
    const p2023 = historyPoint('Thanh Hóa', 2023);
    const p2024 = historyPoint('Thanh Hóa', 2024);
    expect(p2024.rank).toBe(21);
    const base = { indexShort: 'PCI', unitName: 'Thanh Hóa', scaleUnit: 'points', breaks: pci.breaks } as const;
    const h = writeHeadline({ ...base, current: p2024, previous: p2023 });
    expect(h).toBe(`PCI 2024: Thanh Hóa đạt ${pts(p2024.value)}, xếp thứ 21/63, tăng ${p2023.rank! - 21} bậc so với 2023`);
    expect(h).not.toMatch(/\/30/);
  });
});

describe('writeHeadline across a methodology break and with derived ranks', () => {
  it('PCI 2012 → 2013 names the break', () => {
    const h = writeHeadline({ indexShort: 'PCI', unitName: 'Hà Tĩnh', scaleUnit: 'points', current: pciPoint('Hà Tĩnh', 2013), previous: pciPoint('Hà Tĩnh', 2012), breaks: pci.breaks });
    expect(h).toContain('so với 2012 (đổi phương pháp năm 2013: so sánh chỉ để tham khảo)');
    const same = writeHeadline({ indexShort: 'PCI', unitName: 'Hà Tĩnh', scaleUnit: 'points', current: pciPoint('Hà Tĩnh', 2015), previous: pciPoint('Hà Tĩnh', 2014), breaks: pci.breaks });
    expect(same).not.toContain('đổi phương pháp');
  });

  it('a derived rank is said as one and never enters a move in places (Kon Tum PAR INDEX 2022 "55")', () => {
    const current: HeadlinePoint = { year: 2022, value: null, rank: 55, rankOf: 63, rankSource: 'derived' };
    expect(writeHeadline({ indexShort: 'PAR INDEX', unitName: 'Kon Tum', scaleUnit: 'percent', current })).toBe(
      'PAR INDEX 2022: Kon Tum đứng thứ 55 (thứ tự suy ra, không phải hạng công bố) (chưa có điểm công bố)'
    );
    const next: HeadlinePoint = { year: 2023, value: 86.14, rank: 43, rankOf: 63, rankSource: 'published' };
    expect(describeChange(next, current, 'percent')).toBeNull();
  });

  it('PAPI 2023 Thừa Thiên Huế: the press "1" is no PAPI rank', () => {
    const h = writeHeadline({ indexShort: 'PAPI', unitName: 'Thừa Thiên Huế', scaleUnit: 'points', current: pressPoint('PAPI', 'Thừa Thiên Huế', 2023, papi) });
    expect(h).not.toMatch(/xếp thứ|dẫn đầu|\/63/);
    expect(h).toContain('không phải hạng công bố');
  });
});

describe('writeHeadline on gaps and partial press figures', () => {
  it('a gap between years names the real year: Kon Tum PCI 2019 (rank only) vs 2015', () => {
    const r2019 = find(kontumNews, (x) => x.year === '2019' && x.field === 'pci_rank');
    const current: HeadlinePoint = { year: 2019, value: num(r2019.value), rank: num(r2019.rank_of_63), rankOf: rankedUnitsFor(pci, 2019), rankSource: 'published' };
    // Previous year on record for Kon Tum across the shipped files: the workbook's last year.
    const before = workbook.filter((x) => x.province === 'Kon Tum' && Number(x.year) < 2019).map((x) => Number(x.year));
    const prevYear = Math.max(...before);
    expect(prevYear).toBe(2015);
    const previous = pciPoint('Kon Tum', prevYear);
    const h = writeHeadline({ indexShort: 'PCI', unitName: 'Kon Tum', scaleUnit: 'points', current, previous });
    expect(h).toBe(
      `PCI 2019: Kon Tum xếp thứ ${current.rank}/63 (chưa có điểm công bố), giảm ${current.rank! - previous.rank!} bậc so với 2015`
    );
    expect(h).not.toContain('0 điểm');
  });

  it('no change, as the press put it: Kon Tum stayed 56/63 in 2019 and 2020', () => {
    const [r2019, r2020] = ['2019', '2020'].map((y) => find(kontumNews, (x) => x.year === y && (x.field === 'pci_rank' || x.field === 'pci_score')));
    const point = (r: Row): HeadlinePoint => ({ year: Number(r.year), value: num(r.value), rank: num(r.rank_of_63), rankOf: 63, rankSource: 'published' });
    expect(writeHeadline({ indexShort: 'PCI', unitName: 'Kon Tum', scaleUnit: 'points', current: point(r2020), previous: point(r2019) })).toBe(
      `PCI 2020: Kon Tum đạt ${pts(num(r2020.value))}, xếp thứ 56/63, giữ nguyên thứ hạng so với 2019`
    );
  });

  it('a value without a rank: PAPI 2021 Bà Rịa - Vũng Tàu → "chưa công bố thứ hạng"', () => {
    const current = pressPoint('PAPI', 'Bà Rịa - Vũng Tàu', 2021, papi);
    expect(current.rank).toBeNull();
    // The previous year on record (2015) is on the 6–60 scale: not comparable, so none is passed.
    expect(periodFor(papi, 2015)).not.toBe(periodFor(papi, 2021));
    expect(writeHeadline({ indexShort: papi.short, unitName: 'Bà Rịa - Vũng Tàu', scaleUnit: 'points', current })).toBe(
      `PAPI 2021: Bà Rịa - Vũng Tàu đạt ${pts(current.value)}, chưa công bố thứ hạng`
    );
  });

  it('no ranks on record: compare the score (PAPI Hà Tĩnh 2014 → 2015, unweighted totals)', () => {
    const point = (year: number): HeadlinePoint => {
      const r = find(papiDims, (x) => x.province_vi === 'Hà Tĩnh' && Number(x.year) === year);
      return { year, value: num(r.papi_total_unweighted_6dims), rank: null, rankOf: null, rankSource: null };
    };
    const previous = point(2014);
    const current = point(2015);
    const d = Number(formatNumber(current.value).replace(',', '.')) - Number(formatNumber(previous.value).replace(',', '.'));
    expect(d).toBeGreaterThan(0);
    expect(writeHeadline({ indexShort: 'PAPI', unitName: 'Hà Tĩnh', scaleUnit: 'points', current, previous })).toBe(
      `PAPI 2015: Hà Tĩnh đạt ${pts(current.value)}, chưa công bố thứ hạng, tăng ${formatNumber(d)} điểm so với 2014`
    );
  });

  it('a previous year without a rank: Hà Tĩnh PCI 2015 against 2014 with its rank withheld → score change', () => {
    const current = pciPoint('Hà Tĩnh', 2015);
    const previous = { ...pciPoint('Hà Tĩnh', 2014), rank: null, rankSource: null };
    const d = current.value! - previous.value!;
    expect(describeChange(current, previous, 'points')).toBe(`${d > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(d))} điểm so với 2014`);
    expect(writeHeadline({ indexShort: 'PCI', unitName: 'Hà Tĩnh', scaleUnit: 'points', current, previous })).toBe(
      'PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 0,99 điểm so với 2014'
    );
  });
});

describe('writeHeadline on percent indices (PAR INDEX)', () => {
  it('Hà Tĩnh 2022 → 2023: "đạt 88,35%", up 10 places (as the source headline says)', () => {
    const previous = pressPoint('PAR_INDEX', 'Hà Tĩnh', 2022, parIndex);
    const current = pressPoint('PAR_INDEX', 'Hà Tĩnh', 2023, parIndex);
    expect(writeHeadline({ indexShort: parIndex.short, unitName: 'Hà Tĩnh', scaleUnit: 'percent', current, previous })).toBe(
      `PAR INDEX 2023: Hà Tĩnh đạt ${formatNumber(current.value)}%, xếp thứ ${current.rank}/63, tăng ${previous.rank! - current.rank!} bậc so với 2022`
    );
    expect(current.value).toBe(88.35);
    expect(previous.rank! - current.rank!).toBe(10);
  });

  it('a percent score change is in "điểm phần trăm"', () => {
    const previous = { ...pressPoint('PAR_INDEX', 'Hà Tĩnh', 2022, parIndex), rank: null };
    const current = pressPoint('PAR_INDEX', 'Hà Tĩnh', 2023, parIndex);
    expect(describeChange(current, previous, 'percent')).toBe(
      `tăng ${formatNumber(current.value! - previous.value!)} điểm phần trăm so với 2022`
    );
  });

  it('Quảng Ngãi kept 27th (2022 rank only, 2023 with score)', () => {
    const previous = pressPoint('PAR_INDEX', 'Quảng Ngãi', 2022, parIndex);
    const current = pressPoint('PAR_INDEX', 'Quảng Ngãi', 2023, parIndex);
    expect(previous.value).toBeNull();
    expect(writeHeadline({ indexShort: parIndex.short, unitName: 'Quảng Ngãi', scaleUnit: 'percent', current, previous })).toBe(
      `PAR INDEX 2023: Quảng Ngãi đạt ${formatNumber(current.value)}%, xếp thứ ${current.rank}/63, giữ nguyên thứ hạng so với 2022`
    );
  });
});

describe('describeChange edge cases', () => {
  it('says nothing without a usable previous point', () => {
    const current = pciPoint('Hà Tĩnh', 2015);
    expect(describeChange(current, null, 'points')).toBeNull();
    expect(describeChange(current, { year: 2014, value: null, rank: null, rankOf: null, rankSource: null }, 'points')).toBeNull();
    // A "previous" that is not earlier is ignored rather than read backwards.
    expect(describeChange(current, pciPoint('Hà Tĩnh', 2015), 'points')).toBeNull();
  });
});
