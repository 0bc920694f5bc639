// The trends view on the shipped data, through the same DuckDB engine the browser runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db';
import { seriesFor } from '../../../src/lib/db/sql';
import { loadTrendsView } from '../../../src/lib/views/trendsView';
import { trendsArgs, trendsQuery } from '../../../src/lib/views/trendsArgs';
import { parseUnitList } from '../../../src/lib/views/unitList';
import { shippedDb } from '../../helpers/shippedDb';
import { profileSeries, workbookYear } from '../charts/realFixtures';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { median } from 'd3';
import { trendsSeries } from '../../../src/lib/charts/trendsSeries';
import { trendLines } from '../../../src/lib/charts/trendLines';
import { nationalReferencesNote, trendLegendItems } from '../../../src/lib/charts/trendLegend';
import { REGION_COLOURS, REGION_MEDIAN, UNIT_COLOURS } from '../../../src/lib/charts/palette';
import { regionMedianColours } from '../../../src/lib/charts/trendsSeries';

let db: Db;
let data: Awaited<ReturnType<typeof shippedDb>>['dataset'];
beforeAll(async () => {
  ({ db, dataset: data } = await shippedDb());
});
const args = (q: string) => trendsArgs(new URLSearchParams(q));

describe('seriesFor', () => {
  it('returns every year each unit is on record, an unpublished total as null', async () => {
    const rows = await seriesFor(db, 'pci', ['42', '48']);
    const ht = rows.filter((r) => r.unit_code === '42');
    expect(ht.map((r) => r.year)).toEqual(profileSeries('Hà Tĩnh').map((p) => p.year));
    expect(ht.at(-1)).toMatchObject({ year: 2023, value: null, rank: null });
    // A published rank needs no position of ours.
    expect(ht.find((r) => r.year === 2015)).toMatchObject({ value: 57.2, rank: 45, rank_of: 63, n: null, position: null });
    expect(rows.find((r) => r.unit_code === '48' && r.year === 2015)).toMatchObject({ unit_name: 'Đà Nẵng', value: 68.34, rank: 1 });
    expect(await seriesFor(db, 'pci', [])).toEqual([]);
  });

  it('works out a position by score where no rank is published (PAPI 2015), among the units with a value', async () => {
    const [hue] = (await seriesFor(db, 'papi', ['46'])).filter((r) => r.year === 2015);
    const all = data.observations.filter((o) => o.index_id === 'papi' && o.year === 2015 && o.indicator === 'total' && o.value != null);
    expect(hue.rank).toBeNull();
    expect(hue.n).toBe(all.length);
    expect(hue.position).toBe(1 + all.filter((o) => o.value! > hue.value!).length);
  });
});

describe('loadTrendsView', () => {
  it('defaults to Hà Tĩnh and the leader of the latest full year (PCI 2019: Quảng Ninh)', async () => {
    const v = await loadTrendsView(db, args('chiso=pci'));
    expect(v.year).toBe(2019);
    const wb2019 = Papa.parse<Record<string, string>>(readFileSync('data/pci_2016_2019_all_provinces.csv', 'utf8'), { header: true }).data;
    expect(v.leader?.name).toBe(wb2019.find((r) => r.year === '2019' && r.rank === '1')!.province);
    expect(v.chosen.map((u) => u.name)).toEqual(['Hà Tĩnh', 'Quảng Ninh']);
    expect(v.explicit).toBe(false);
    expect(v.breaks).toEqual([2009, 2013, 2021]);
  });

  it('draws national median and best only where ≥ 90 % of ranked provinces have a score (2006–2019)', async () => {
    const v = await loadTrendsView(db, args('chiso=pci'));
    expect(v.references.map((r) => r.year)).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(v.references.find((r) => r.year === 2015)!.best).toBe(68.34);
  });

  it('keeps Hà Tĩnh PCI 2023 as a gap: on record, no score, no rank', async () => {
    const v = await loadTrendsView(db, args('chiso=pci&tinh=ha-tinh'));
    const p23 = v.chosen[0].points.find((p) => p.year === 2023)!;
    expect(p23).toEqual({ year: 2023, value: null, rank: null, rankOf: null });
    expect(v.explicit).toBe(true);
  });

  it('uses the units the user chose, in order, and the rank mode has no median', async () => {
    const v = await loadTrendsView(db, args('chiso=pci&tinh=quang-ngai,ha-tinh,khong-co&do=hang'));
    expect(v.chosen.map((u) => u.name)).toEqual(['Quảng Ngãi', 'Hà Tĩnh']);
    expect(v.mode).toBe('rank');
    expect(v.references).toEqual([]);
    expect(v.rankMax).toBe(64);
    expect(v.chosen[1].points.find((p) => p.year === 2014)!.rank).toBe(35);
  });

  it('draws no PAPI rank: PAPI publishes none, and the press "1" of 2023 is said, not drawn', async () => {
    const v = await loadTrendsView(db, args('chiso=papi&tinh=thua-thien-hue&do=hang'));
    const pts = v.chosen[0].points;
    expect(pts.every((p) => p.rank == null && p.rankOf == null)).toBe(true);
    expect(v.notes[0]).toContain('không có thứ hạng công bố');
    expect(v.notes.join(' ')).toContain('2023 đứng thứ 1 (thứ tự suy ra, không phải hạng công bố)');
  });

  it('a year with a dozen quoted scores names no leader: PAR INDEX 2023 adds no "leader" to the default units', async () => {
    const v = await loadTrendsView(db, args('chiso=par_index&nam=2023'));
    // PAR INDEX 2023 in the shipped data: a published rank 1 exists only if a source printed it.
    if (v.leader) expect(v.leaderBasis).toBe('published-rank');
    const pci = await loadTrendsView(db, args('chiso=pci&nam=2015'));
    expect(pci.leader?.name).toBe('Đà Nẵng');
    expect(pci.leaderBasis).toBe('published-rank');
  });

  it('round-trips its arguments to the server query, reading only its own parameters', () => {
    const a = args('chiso=pci&tinh=ha-tinh,da-nang&do=hang&bang=xu-huong&nam=2014');
    expect(a).toEqual({ index: 'pci', units: 'ha-tinh,da-nang', selected: null, year: '2014', mode: 'hang' });
    expect(trendsQuery(a)).toBe('chiso=pci&tinh=ha-tinh%2Cda-nang&nam=2014&do=hang');
  });

  it('parses a unit list: known slugs or codes, no duplicates, at most 8', () => {
    const units = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((s, i) => ({ code: String(i), name: s, slug: s, group: 'tinh' }));
    expect(parseUnitList('a,b,a,zz,2', units).map((u) => u.slug)).toEqual(['a', 'b', 'c']);
    expect(parseUnitList('a,b,c,d,e,f,g,h,i', units).length).toBe(8);
  });
});

// Regions as the shipped file lists them (data/regions_6.csv), and each region's median computed here
// from the shipped observations, not from the SQL under test.
const regionRows = Papa.parse<Record<string, string>>(readFileSync('data/regions_6.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const regionOf = (name: string) => regionRows.find((r) => r.province_vi === name)!;
const codesOf = (region: string) => regionRows.filter((r) => r.region_code === region).map((r) => r.gso_code);

function expectedRegionMedians(index: string, region: string) {
  const codes = codesOf(region);
  const byYear = new Map<number, number[]>();
  for (const o of data.observations)
    if (o.index_id === index && o.indicator === 'total' && o.value != null && codes.includes(o.unit_code))
      byYear.set(o.year, [...(byYear.get(o.year) ?? []), o.value]);
  return [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, values]) => ({ year, n: values.length, value: median(values)! }))
    .filter((m) => m.n >= Math.ceil(codes.length * 0.9));
}

/** Counts the regionMedians queries a view makes. */
function counting(inner: Db) {
  const seen = { regionMedians: 0 };
  const db: Db = {
    query: (sql, params) => {
      if (/GROUP BY r\.region_code, o\.year/.test(sql)) seen.regionMedians++;
      return inner.query(sql, params);
    },
    registerCsv: (n, t) => inner.registerCsv(n, t)
  };
  return { db, seen };
}

describe('region medians on /xu-huong', () => {
  it('reads the regions from the file: Hà Tĩnh and Quảng Ngãi are both in BTB&DHMT, Quảng Ninh in ĐBSH, Kon Tum in TN', () => {
    expect(['Hà Tĩnh', 'Quảng Ngãi'].map((n) => regionOf(n).region_short)).toEqual(['BTB&DHMT', 'BTB&DHMT']);
    expect(regionOf('Quảng Ninh').region_short).toBe('ĐBSH');
    expect(regionOf('Kon Tum').region_short).toBe('TN');
  });

  it('PCI Hà Tĩnh + Quảng Ngãi: exactly one region median, BTB&DHMT, only in covered years, one query', async () => {
    const { db: counted, seen } = counting(db);
    const v = await loadTrendsView(counted, args('chiso=pci&tinh=ha-tinh,quang-ngai'));
    expect(seen.regionMedians).toBe(1);
    expect(v.regions.map((r) => r.region.code)).toEqual(['btb_dhmt']);
    const expected = expectedRegionMedians('pci', 'btb_dhmt');
    expect(expected.length).toBeGreaterThan(0);
    expect(v.regions[0].medians.map((m) => m.year)).toEqual(expected.map((m) => m.year));
    v.regions[0].medians.forEach((m, i) => expect(m.value).toBeCloseTo(expected[i].value, 9));

    const lines = trendsSeries(v).filter((s) => s.key.startsWith('region-'));
    expect(lines.length).toBe(1);
    // BTB&DHMT's orange is Quảng Ngãi's line (2nd unit): the province page's region-median purple instead.
    expect(lines[0]).toMatchObject({ label: 'Trung vị vùng BTB&DHMT', kind: 'median', colour: REGION_MEDIAN });
    expect(lines[0].points.map((p) => p.year)).toEqual(expected.map((m) => m.year));
    expect(lines[0].points[0].detail).toBe(`${expected[0].n}/${codesOf('btb_dhmt').length} tỉnh trong vùng`);
    expect(v.notes.some((n) => n.startsWith('Trung vị vùng Bắc Trung Bộ và duyên hải miền Trung (14 tỉnh) chỉ vẽ cho năm'))).toBe(true);
    // Drawn and in the legend.
    const spec = trendLines(trendsSeries(v), { mode: 'score', breaks: v.breaks });
    expect(spec.series.find((s) => s.key === 'region-btb_dhmt')!.dots.length).toBe(expected.length);
    expect(trendLegendItems(spec).map((l) => l.label)).toContain('Trung vị vùng BTB&DHMT');
  });

  it('one query per region, never per unit: three BTB&DHMT provinces ask once', async () => {
    const { db: counted, seen } = counting(db);
    const v = await loadTrendsView(counted, args('chiso=pci&tinh=ha-tinh,quang-ngai,da-nang'));
    expect(v.regions.length).toBe(1);
    expect(seen.regionMedians).toBe(1);
  });

  it('two regions: two lines, in colours no province line has', async () => {
    const v = await loadTrendsView(db, args('chiso=pci&tinh=ha-tinh,quang-ninh'));
    const series = trendsSeries(v);
    const lines = series.filter((s) => s.key.startsWith('region-'));
    expect(lines.map((l) => l.label)).toEqual(['Trung vị vùng BTB&DHMT', 'Trung vị vùng ĐBSH']);
    const unitColours = series.filter((s) => s.kind === 'unit').map((s) => s.colour);
    expect(new Set([...unitColours, ...lines.map((l) => l.colour)]).size).toBe(4);
    // Hà Tĩnh's blue is ĐBSH's colour, Quảng Ninh's orange BTB&DHMT's: neither median may wear them.
    expect(unitColours).toEqual([REGION_COLOURS.dbsh, REGION_COLOURS.btb_dhmt]);
    expect(lines[1].points.map((p) => p.year)).toEqual(expectedRegionMedians('pci', 'dbsh').map((m) => m.year));
  });

  it('region median colours: the region\'s own when free, else the purple, else a colour no line has', () => {
    expect(regionMedianColours(['tn'], [UNIT_COLOURS[0]])).toEqual([REGION_COLOURS.tn]);
    expect(regionMedianColours(['btb_dhmt', 'dbsh'], UNIT_COLOURS.slice(0, 3))).toEqual([REGION_MEDIAN, '#999933']);
    // ĐNB's vermillion is the national best's line.
    expect(regionMedianColours(['dnb'], [])).toEqual([REGION_MEDIAN]);
    const all = regionMedianColours(['tn', 'dbsh'], UNIT_COLOURS);
    expect(all.every((c) => !UNIT_COLOURS.includes(c))).toBe(true);
    expect(new Set(all).size).toBe(2);
  });

  it('provinces in three regions: no region median, and a note says why', async () => {
    const v = await loadTrendsView(db, args('chiso=pci&tinh=ha-tinh,quang-ninh,kon-tum'));
    expect(v.regions).toEqual([]);
    expect(trendsSeries(v).some((s) => s.key.startsWith('region-'))).toBe(false);
    expect(v.notes).toContain('Trung vị vùng chỉ vẽ khi các tỉnh được chọn thuộc nhiều nhất hai vùng (để biểu đồ dễ đọc); các tỉnh đang chọn thuộc 3 vùng.');
  });

  it('rank mode draws no region median and asks for none', async () => {
    const { db: counted, seen } = counting(db);
    const v = await loadTrendsView(counted, args('chiso=pci&tinh=ha-tinh,quang-ngai&do=hang'));
    expect(v.regions).toEqual([]);
    expect(seen.regionMedians).toBe(0);
    expect(trendsSeries(v).every((s) => s.kind === 'unit')).toBe(true);
  });

  it('SIPAS Hà Tĩnh + Quảng Ninh: no covered year in either region, a note for each; the legend lists only what is drawn', async () => {
    const v = await loadTrendsView(db, args('chiso=sipas&tinh=ha-tinh,quang-ninh'));
    expect(expectedRegionMedians('sipas', 'btb_dhmt')).toEqual([]);
    expect(expectedRegionMedians('sipas', 'dbsh')).toEqual([]);
    expect(v.regions.map((r) => [r.region.code, r.medians.length])).toEqual([
      ['btb_dhmt', 0],
      ['dbsh', 0]
    ]);
    expect(v.notes).toContain('Chưa vẽ trung vị vùng Bắc Trung Bộ và duyên hải miền Trung: không năm nào có số liệu của gần đủ 14 tỉnh trong vùng.');
    expect(v.notes).toContain('Chưa vẽ trung vị vùng Đồng bằng sông Hồng: không năm nào có số liệu của gần đủ 11 tỉnh trong vùng.');

    const series = trendsSeries(v);
    expect(series.some((s) => s.key.startsWith('region-'))).toBe(false);
    // The national lines are passed (empty: no SIPAS year has 90 % of provinces) …
    expect(v.references).toEqual([]);
    const spec = trendLines(series, { mode: 'score', breaks: v.breaks });
    const legend = trendLegendItems(spec).map((l) => l.label);
    // … but neither is promised by the legend; the page says why instead.
    expect(legend).not.toContain('Trung vị toàn quốc');
    expect(legend).not.toContain('Cao nhất cả nước');
    expect(legend.slice(0, 2)).toEqual(['Hà Tĩnh', 'Quảng Ninh']);
    expect(nationalReferencesNote(spec.series, v.indexShort)).toBe(
      'Không vẽ trung vị và điểm cao nhất toàn quốc: mỗi năm SIPAS chỉ có số liệu của dưới 90% số tỉnh được xếp hạng.'
    );
    // SIPAS changed method in 2022, inside the years drawn: the break stays, with its legend entry.
    const drawn = data.observations.filter((o) => o.index_id === 'sipas' && o.indicator === 'total' && o.value != null && ['42', '22'].includes(o.unit_code)).map((o) => o.year);
    expect(v.breaks.filter((b) => b > Math.min(...drawn) && b <= Math.max(...drawn))).toEqual(spec.breaks.map((b) => b.year));
    expect(legend.includes('đổi phương pháp')).toBe(spec.breaks.length > 0);
  });

  it('PCI with national references drawn: no note, the national lines are in the legend', async () => {
    const v = await loadTrendsView(db, args('chiso=pci&tinh=ha-tinh,quang-ngai'));
    const spec = trendLines(trendsSeries(v), { mode: 'score', breaks: v.breaks });
    expect(nationalReferencesNote(spec.series, v.indexShort)).toBeNull();
    expect(trendLegendItems(spec).map((l) => l.label)).toEqual(expect.arrayContaining(['Trung vị toàn quốc', 'Cao nhất cả nước', 'đổi phương pháp', 'năm chưa công bố']));
  });
});
