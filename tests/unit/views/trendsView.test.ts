// The trends view on the shipped data, through the same DuckDB engine the browser runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db';
import { seriesFor } from '../../../src/lib/db/sql';
import { loadTrendsView } from '../../../src/lib/views/trendsView';
import { trendsArgs, trendsQuery } from '../../../src/lib/views/trendsArgs';
import { parseUnitList } from '../../../src/lib/views/unitList';
import { shippedDb } from '../../helpers/shippedDb';
import { profileSeries, workbookYear } from '../charts/realFixtures';

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
  it('defaults to Hà Tĩnh and the leader of the latest full year (PCI 2015: Đà Nẵng)', async () => {
    const v = await loadTrendsView(db, args('chiso=pci'));
    expect(v.year).toBe(2015);
    expect(v.leader?.name).toBe(workbookYear(2015).find((r) => r.rank === 1)!.name);
    expect(v.chosen.map((u) => u.name)).toEqual(['Hà Tĩnh', 'Đà Nẵng']);
    expect(v.explicit).toBe(false);
    expect(v.breaks).toEqual([2009, 2013, 2021]);
  });

  it('draws national median and best only where ≥ 90 % of ranked provinces have a score (2006–2015)', async () => {
    const v = await loadTrendsView(db, args('chiso=pci'));
    expect(v.references.map((r) => r.year)).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
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

  it('ranks PAPI (no published rank) by position only in years with (nearly) every province', async () => {
    const v = await loadTrendsView(db, args('chiso=papi&tinh=thua-thien-hue&do=hang'));
    const pts = v.chosen[0].points;
    expect(pts.filter((p) => p.year >= 2011 && p.year <= 2015).every((p) => p.rank != null && p.rankOf != null && p.rankOf >= 57)).toBe(true);
    expect(v.notes[0]).toContain('không công bố thứ hạng');
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
