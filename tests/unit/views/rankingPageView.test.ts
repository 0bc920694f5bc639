// The Xếp hạng page's sections on the shipped data: bump (top 10), slope (two years), table.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/db';
import { loadRankingPage } from '../../../src/lib/views/rankingPageView';
import { rankingPageArgs } from '../../../src/lib/views/rankingPageArgs';
import { shippedDb } from '../../helpers/shippedDb';
import { workbookYear } from '../charts/realFixtures';

let db: Db;
beforeAll(async () => {
  db = (await shippedDb()).db;
});
const load = (q: string) => loadRankingPage(db, rankingPageArgs(new URLSearchParams(q)));

describe('loadRankingPage', () => {
  it('queries only the section on screen', async () => {
    const v = await load('nam=2015');
    expect(v.tab).toBe('thanh');
    expect([v.bump, v.slope, v.table]).toEqual([null, null, null]);
    expect(v.rows.length).toBe(63);
  });

  it('bump: the top 10 of PCI 2015 from 2006, plus the selected Hà Tĩnh', async () => {
    const v = await load('nam=2015&xem=dien-bien&chon=ha-tinh');
    const top = workbookYear(2015).filter((r) => r.rank! <= 10).map((r) => r.name).sort();
    expect(v.bump!.topFound).toBe(10);
    expect(v.bump!.years).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    expect(v.bump!.series.filter((s) => !s.selected).map((s) => s.name).sort()).toEqual(top);
    const ht = v.bump!.series.find((s) => s.selected)!;
    expect(ht.name).toBe('Hà Tĩnh');
    expect(ht.points.find((p) => p.year === 2015)!.rank).toBe(45);
    expect(ht.points.every((p) => p.year <= 2015)).toBe(true);
  });

  it('slope: 2014 → 2015 by default; Hà Tĩnh 35 → 45', async () => {
    const v = await load('nam=2015&xem=tang-giam&chon=ha-tinh');
    expect([v.slope!.from, v.slope!.to]).toEqual([2014, 2015]);
    const ht = v.slope!.rows.find((r) => r.name === 'Hà Tĩnh')!;
    const f14 = workbookYear(2014).find((r) => r.name === 'Hà Tĩnh')!;
    const f15 = workbookYear(2015).find((r) => r.name === 'Hà Tĩnh')!;
    expect([ht.from, ht.to]).toEqual([f14.rank, f15.rank]);
    expect([ht.from, ht.to]).toEqual([35, 45]);
    expect(v.slope!.rows.filter((r) => r.from != null && r.to != null).length).toBe(63);
  });

  it('slope: a chosen first year, and a wrong one explained', async () => {
    const v = await load('nam=2015&xem=tang-giam&tu=2011');
    expect(v.slope!.from).toBe(2011);
    const bad = await load('nam=2015&xem=tang-giam&tu=1999');
    expect(bad.slope!.from).toBe(2014);
    expect(bad.slope!.fromNote).toContain('1999');
  });

  it('table: every province of PCI 2015 with rank, score, band and the change since 2014', async () => {
    const v = await load('nam=2015&xem=bang');
    expect(v.table!.previousYear).toBe(2014);
    expect(v.table!.rows.length).toBe(63);
    const dn = v.table!.rows.find((r) => r.name === 'Đà Nẵng')!;
    expect(dn).toMatchObject({ rank: 1, rankOf: 63, value: 68.34 });
    const ht = v.table!.rows.find((r) => r.name === 'Hà Tĩnh')!;
    expect(ht).toMatchObject({ rank: 45, previousRank: 35, rankChange: -10, valueChange: -0.99 });
  });

  it('accepts several selected units; the first is the highlighted one', async () => {
    const v = await load('nam=2015&chon=ha-tinh,quang-ngai');
    expect(v.selected?.name).toBe('Hà Tĩnh');
    expect(v.chosen.map((u) => u.name)).toEqual(['Hà Tĩnh', 'Quảng Ngãi']);
  });
});
