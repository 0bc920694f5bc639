// The SQL module on the real data, run by the same DuckDB engine the browser uses.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { median } from 'd3';
import { components, latestComponents, ranking, references, seriesFor, trend, trendsOf, unitsOf, unitYears, yearsOf } from '../../../src/lib/db/sql';
import type { Db } from '../../../src/lib/db/db';
import { shippedDb } from '../../helpers/shippedDb';

const wb = Papa.parse<Record<string, string>>(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
let db: Db;
beforeAll(async () => {
  db = (await shippedDb()).db;
});

describe('SQL on the shipped data', () => {
  it('ranks every province for PCI 2015, best first, with published ranks', async () => {
    const rows = await ranking(db, 'pci', 2015);
    expect(rows.length).toBe(63);
    expect(rows[0]).toMatchObject({ unit_name: 'Đà Nẵng', value: 68.34, rank: 1, rank_of: 63, position: 1 });
    const fileOrder = wb.filter((r) => r.year === '2015').sort((a, b) => Number(a.rank) - Number(b.rank));
    expect(rows.map((r) => r.rank)).toEqual(fileOrder.map((r) => Number(r.rank)));
    expect(typeof rows[0].rank).toBe('number');
  });

  it('computes the median and best of each year over the provinces with a value', async () => {
    const refs = await references(db, 'pci');
    for (const year of ['2006', '2012', '2015']) {
      const scores = wb.filter((r) => r.year === year).map((r) => Number(r.pci_score));
      const ref = refs.find((r) => r.year === Number(year))!;
      expect(ref.median).toBeCloseTo(median(scores)!, 6);
      expect(ref.best).toBe(Math.max(...scores));
      expect(ref.n).toBe(scores.length);
    }
    // 2019 is a full workbook year now; 2020 has only the profile pages and the news.
    expect(refs.find((r) => r.year === 2019)!.n).toBe(63);
    expect(refs.find((r) => r.year === 2020)!.n).toBeLessThan(20);
  });

  it('gives a province one trend row per year on record, an unpublished total as null', async () => {
    const t = await trend(db, 'pci', '42');
    expect(t.map((r) => r.year)).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    // PCI 2023: Hà Tĩnh is outside the published top 30; its sub-indices are on record, its total is not.
    expect(t.at(-1)).toMatchObject({ year: 2023, value: null, rank: null });
    const y15 = t.find((r) => r.year === 2015)!;
    const y14 = t.find((r) => r.year === 2014)!;
    const f15 = wb.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
    const f14 = wb.find((r) => r.year === '2014' && r.province === 'Hà Tĩnh')!;
    expect(y15.value).toBe(Number(f15.pci_score));
    expect(y14.rank! - y15.rank!).toBe(Number(f14.rank) - Number(f15.rank));
  });

  it('returns components with the previous year and the national median', async () => {
    const c = await components(db, 'pci', '42', 2015);
    const tm = c.find((r) => r.indicator === 'tinh_minh_bach')!;
    const f15 = wb.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
    const f14 = wb.find((r) => r.year === '2014' && r.province === 'Hà Tĩnh')!;
    expect(tm.value).toBe(Number(f15.tinh_minh_bach));
    expect(tm.previous).toBe(Number(f14.tinh_minh_bach));
    expect(tm.median).toBeCloseTo(median(wb.filter((r) => r.year === '2015').map((r) => Number(r.tinh_minh_bach)))!, 6);
    expect(c.find((r) => r.indicator === 'total')).toBeUndefined();
    // 2010: no Cạnh tranh bình đẳng at all.
    expect((await components(db, 'pci', '42', 2010)).find((r) => r.indicator === 'canh_tranh_binh_dang')).toBeUndefined();
  });

  it('lists units and years per index', async () => {
    expect((await unitsOf(db, 'pci')).length).toBe(64);
    expect((await unitsOf(db, 'ddci_42')).length).toBe(17);
    const years = await yearsOf(db, 'papi');
    expect(years.filter((y) => y.year <= 2015).map((y) => y.year)).toEqual([2011, 2012, 2013, 2014, 2015]);
  });

  it('treats hostile parameters as data, not SQL', async () => {
    expect(await trend(db, 'pci', "42' OR '1'='1")).toEqual([]);
    expect((await ranking(db, 'pci', 2015)).length).toBe(63);
  });
});

describe('a unit profile in three queries', () => {
  it('latestComponents gives, per index, what components() gives for the unit’s latest year with components', async () => {
    for (const unit of ['42', '62', '48', '42:so-tai-chinh']) {
      const years = await unitYears(db, unit);
      const latest = await latestComponents(db, unit);
      const indices = [...new Set(years.filter((y) => y.has_components).map((y) => y.index_id))];
      expect(new Set(latest.map((r) => r.index_id))).toEqual(new Set(indices));
      for (const index of indices) {
        const year = Math.max(...years.filter((y) => y.index_id === index && y.has_components).map((y) => y.year));
        const mine = latest.filter((r) => r.index_id === index);
        expect(mine.every((r) => r.year === year)).toBe(true);
        const one = (await components(db, index, unit, year)).map(({ previous: _p, ...r }) => r);
        const sort = <T extends { indicator: string }>(xs: T[]) => [...xs].sort((a, b) => a.indicator.localeCompare(b.indicator));
        expect(sort(mine.map(({ index_id: _i, year: _y, ...r }) => r))).toEqual(sort(one));
      }
    }
  });

  it('a year out of the every-year answers is what a question about that year alone returns, and the same rows when asked again', async () => {
    // The per-year questions as they were asked before the every-year answers (one year, one query).
    const oneYear = (index: string, year: number) =>
      db.query(
        `SELECT unit_code, unit_name, unit_group, value, rank, rank_of, rank_source, band,
                CASE WHEN value IS NULL THEN NULL ELSE (rank() OVER (PARTITION BY value IS NULL ORDER BY value DESC))::INTEGER END AS position
         FROM obs WHERE index_id = ? AND year = ? AND indicator = 'total' ORDER BY value DESC NULLS LAST, rank NULLS LAST, unit_code`,
        [index, year]
      );
    const oneYearComponents = (index: string, unit: string, year: number) =>
      db.query(
        `WITH cur AS (SELECT indicator, unit_code, value FROM obs WHERE index_id = ? AND year = ? AND indicator NOT LIKE 'total%' AND value IS NOT NULL),
              prev AS (SELECT indicator, value FROM obs WHERE index_id = ? AND year = ? AND unit_code = ? AND value IS NOT NULL)
         SELECT cur.indicator, max(cur.value) FILTER (WHERE cur.unit_code = ?)::DOUBLE AS value, any_value(prev.value)::DOUBLE AS previous,
                median(cur.value)::DOUBLE AS median, max(cur.value)::DOUBLE AS best, count(*)::INTEGER AS n
         FROM cur LEFT JOIN prev USING (indicator) GROUP BY cur.indicator ORDER BY cur.indicator`,
        [index, year, index, year - 1, unit, unit]
      );
    for (const [index, unit, years] of [['pci', '42', [2006, 2012, 2015, 2019, 2023]], ['papi', '01', [2011, 2016, 2019]], ['par_index', '62', [2023]]] as const) {
      for (const year of years) {
        expect(await ranking(db, index, year)).toEqual(await oneYear(index, year));
        const byIndicator = (rows: { indicator: string }[]) => [...rows].sort((a, b) => (a.indicator < b.indicator ? -1 : 1));
        expect(byIndicator(await components(db, index, unit, year))).toEqual(await oneYearComponents(index, unit, year));
      }
    }
    // Through the cache (shippedDb), the same year twice is the very same array: a chart given it sees nothing new.
    expect(await ranking(db, 'pci', 2014)).toBe(await ranking(db, 'pci', 2014));
    expect(await components(db, 'pci', '42', 2014)).toBe(await components(db, 'pci', '42', 2014));
    expect(await ranking(db, 'pci', 2014)).not.toBe(await ranking(db, 'pci', 2013));
  });

  it('a unit out of the every-unit answer is what a question about that unit alone returns', async () => {
    // trend, trendsOf and seriesFor as they were asked before (per unit, in SQL).
    const oneTrend = (index: string, unit: string) =>
      db.query(
        `WITH yrs AS (SELECT DISTINCT year FROM obs WHERE index_id = ? AND unit_code = ?),
              t AS (SELECT year, value, rank, rank_of, rank_source, band FROM obs WHERE index_id = ? AND unit_code = ? AND indicator = 'total')
         SELECT yrs.year, t.value, t.rank, t.rank_of, t.rank_source, t.band FROM yrs LEFT JOIN t USING (year) ORDER BY yrs.year`,
        [index, unit, index, unit]
      );
    const someTrends = (index: string, units: string[]) =>
      db.query(
        `SELECT unit_code, year, value, rank, rank_of, rank_source, band FROM obs
         WHERE index_id = ? AND indicator = 'total' AND unit_code IN (${units.map(() => '?').join(', ')}) ORDER BY unit_code, year`,
        [index, ...units]
      );
    for (const [index, units] of [['pci', ['42', '01', '62', '79']], ['papi', ['42', '01', '48']], ['dti', ['42', '01']], ['ddci_42', ['42:so-tu-phap']]] as const) {
      for (const u of units) expect(await trend(db, index, u)).toEqual(await oneTrend(index, u));
      expect(await trendsOf(db, index, [...units].reverse())).toEqual(await someTrends(index, [...units]));
      const series = await seriesFor(db, index, [...units]);
      expect(series.map(({ position: _p, n: _n, unit_name: _u, ...r }) => r)).toEqual(
        (await Promise.all([...units].sort().map(async (u) => (await oneTrend(index, u)).map((r) => ({ unit_code: u, ...(r as object) }))))).flat()
      );
    }
    // PAPI publishes no ranks: a position among the provinces with a value that year, and how many they were.
    const papi2015 = (await ranking(db, 'papi', 2015)).filter((r) => r.value != null);
    const hn = (await seriesFor(db, 'papi', ['01'])).find((r) => r.year === 2015)!;
    expect(hn.n).toBe(papi2015.length);
    expect(hn.position).toBe(1 + papi2015.filter((r) => r.value! > hn.value!).length);
    expect(await trend(db, 'pci', '42')).toBe(await trend(db, 'pci', '42'));
  });
});
