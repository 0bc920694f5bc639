// The analysis view builders on the shipped data (the same code the browser and the server run).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows, num } from '../../../src/lib/data/csvRows';
import type { Db } from '../../../src/lib/db/db';
import { loadProvinceView } from '../../../src/lib/views/provinceView';
import { loadDdciView } from '../../../src/lib/views/ddciView';
import { loadUnitProfileView } from '../../../src/lib/views/unitProfileView';
import { loadMergerView } from '../../../src/lib/views/mergerView';
import { loadRegionView } from '../../../src/lib/views/regionView';
import { shippedDb } from '../../helpers/shippedDb';

const ddci = csvRows(readFileSync('data/ddci_hatinh_2021_partial.csv', 'utf8'));
const pci = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
let db: Db;
beforeAll(async () => {
  db = (await shippedDb()).db;
});

describe('province breakdown', () => {
  it('explains Hà Tĩnh 2014 → 2015 and draws the region median where the region is covered', async () => {
    const v = await loadProvinceView(db, { index: 'pci', unit: 'ha-tinh', year: '2015', peers: 'nghe-an,khong-co,ha-tinh' });
    const c = v.breakdown!.contribution;
    expect(c.status).toBe('ok');
    if (c.status !== 'ok') return;
    const a = pci.find((r) => r.year === '2014' && r.province === 'Hà Tĩnh')!;
    const b = pci.find((r) => r.year === '2015' && r.province === 'Hà Tĩnh')!;
    expect(c.publishedChange).toBeCloseTo(num(b.pci_score)! - num(a.pci_score)!, 10);
    expect(c.rows.find((r) => r.code === 'ho_tro_doanh_nghiep')!.name).toBe('Dịch vụ hỗ trợ doanh nghiệp');
    expect(v.region.region?.short).toBe('BTB&DHMT');
    expect(v.region.medians.map((m) => m.year)).toContain(2015);
    // Shipped PCI 2020–2024 covers a few provinces only: no region median there (2016–2019 is full).
    expect(v.region.medians.map((m) => m.year)).toContain(2019);
    expect(v.region.medians.some((m) => m.year > 2019)).toBe(false);
    expect(v.peers.peers.map((p) => p.slug)).toEqual(['nghe-an']);
    expect(v.peers.unknown).toEqual(['khong-co']);
    expect(v.newUnit).toMatchObject({ name: 'Hà Tĩnh', merged: false });
  });

  it('says the 2013 contribution is across a methodology break', async () => {
    const v = await loadProvinceView(db, { index: 'pci', unit: 'ha-tinh', year: '2013' });
    expect(v.breakdown!.contribution.status).toBe('break');
    // Raw changes still shown; Cạnh tranh bình đẳng did not exist in 2012: no change, not a change from 0.
    const ch = v.breakdown!.changes;
    expect(ch.find((x) => x.code === 'canh_tranh_binh_dang')).toMatchObject({ from: null, change: null });
    expect(ch.filter((x) => x.code !== 'canh_tranh_binh_dang').every((x) => x.change != null)).toBe(true);
  });
});

describe('a province without figures in the chosen index', () => {
  it('is still its page, saying which indices it has (no 404 after an index change)', async () => {
    const sipas = csvRows(readFileSync('data/par_sipas_papi_province_results.csv', 'utf8')).filter((r) => r.index === 'SIPAS');
    expect(sipas.some((r) => r.province === 'Thanh Hóa')).toBe(false);
    const v = await loadProvinceView(db, { index: 'sipas', unit: 'thanh-hoa', year: null });
    expect(v.unit?.name).toBe('Thanh Hóa');
    expect(v.absent?.map((a) => a.id)).toEqual(['pci', 'papi', 'dti']);
    expect(v.trend).toEqual([]);
    expect((await loadProvinceView(db, { index: 'sipas', unit: 'khong-co-tinh-nay', year: null })).unit).toBeNull();
  });
});

describe('PAR INDEX components (no common scale)', () => {
  const kontum = csvRows(readFileSync('data/par_index_components_kontum_2023.csv', 'utf8'));
  it('gives each component its own full points, as the Kon Tum source states them', async () => {
    const v = await loadProvinceView(db, { index: 'par_index', unit: 'kon-tum', year: '2023' });
    expect(v.componentScale).toBeNull();
    const tthc = v.components.find((c) => c.code === 'cai_cach_tthc')!;
    const src = kontum.find((r) => r.component_vi === 'Cải cách thủ tục hành chính')!;
    expect(tthc.value).toBe(num(src.score));
    expect(tthc.max).toBe(num(src.max_points));
    // The share drawn is the share the source prints (95,23 %).
    expect((tthc.value! / tthc.max!) * 100).toBeCloseTo(num(src.pct)!, 1);
    // 2022's full points follow from the source's previous-year score and percentage.
    expect((tthc.previous! / tthc.previousMax!) * 100).toBeCloseTo(num(src.prev_year_pct)!, 1);
    // A lĩnh vực with only a rank published has no value and no full points.
    expect(v.components.find((c) => c.code === 'chi_dao_dieu_hanh')?.value ?? null).toBeNull();
  });

  it('keeps a common scale for indices that have one', async () => {
    expect((await loadProvinceView(db, { index: 'papi', unit: 'ha-tinh', year: '2015' })).componentScale).toEqual({ min: 1, max: 10 });
    const pci15 = await loadProvinceView(db, { index: 'pci', unit: 'ha-tinh', year: '2015' });
    expect(pci15.componentScale).toEqual({ min: 0, max: 10 });
    expect(pci15.components.every((c) => c.max == null)).toBe(true);
  });
});

describe('DDCI view', () => {
  it('finds the best unit, ranks groups apart and lists the bands’ observed ranges', async () => {
    const v = await loadDdciView(db, { index: null, year: null, selected: 'thi-xa-hong-linh' });
    expect(v.index).toBe('ddci_42');
    expect(v.year).toBe(2021);
    const best = [...ddci].sort((a, b) => num(b.ddci_score_100)! - num(a.ddci_score_100)!)[0];
    expect(v.best).toMatchObject({ unit_name: best.unit, value: num(best.ddci_score_100) });
    expect(v.groups.map((g) => [g.code, g.rows.length])).toEqual([
      ['so_nganh', ddci.filter((r) => r.unit_type === 'Sở/ngành').length],
      ['huyen', ddci.filter((r) => r.unit_type !== 'Sở/ngành').length]
    ]);
    const rt = v.bandRanges.find((b) => b.band === 'Rất tốt')!;
    const rtScores = ddci.filter((r) => r.xep_loai === 'Rất tốt').map((r) => num(r.ddci_score_100)!);
    expect([rt.min, rt.max, rt.n]).toEqual([Math.min(...rtScores), Math.max(...rtScores), rtScores.length]);
    expect(v.outOfScale).toEqual([{ unit: 'Sở Tài chính', component: 'Tính năng động và hiệu lực', value: 50 }]);
    expect(v.selectedTrend.filter((t) => t.value != null).map((t) => t.year)).toEqual([2021]);
  });
});

describe('unit profile', () => {
  it('covers every national index for a province; PAPI publishes no rank, so none is shown', async () => {
    const v = await loadUnitProfileView(db, { slug: 'ha-tinh' });
    expect(v.sections.map((s) => s.index).sort()).toEqual(['dti', 'papi', 'par_index', 'pci', 'sipas']);
    const papi = v.sections.find((s) => s.index === 'papi')!;
    expect(papi.latest).toMatchObject({ year: 2019, rank: null });
    const par = v.sections.find((s) => s.index === 'par_index')!;
    expect(par.components).toBeNull();
    expect(v.region?.code).toBe('btb_dhmt');
  });

  it('compares PAR INDEX components as shares of their own full points (Kon Tum 2023)', async () => {
    const v = await loadUnitProfileView(db, { slug: 'kon-tum' });
    const par = v.sections.find((s) => s.index === 'par_index')!;
    const src = csvRows(readFileSync('data/par_index_components_kontum_2023.csv', 'utf8')).filter((r) => num(r.pct) != null && r.component_vi !== 'TỔNG: Chỉ số CCHC (PAR INDEX)');
    const byPct = [...src].sort((a, b) => num(b.pct)! - num(a.pct)!);
    expect(par.components!.year).toBe(2023);
    expect(par.components!.strongest.map((c) => c.name)).toEqual([byPct[0].component_vi]);
    expect(par.components!.weakest.map((c) => c.name)).toEqual([byPct.at(-1)!.component_vi]);
    expect(par.components!.strongest[0].max).toBe(num(byPct[0].max_points));
  });

  it('gives a DDCI unit its group rank and its province', async () => {
    const v = await loadUnitProfileView(db, { slug: 'so-tai-chinh' });
    const s = v.sections[0];
    expect(s.index).toBe('ddci_42');
    expect(s.latest!.rank).toMatchObject({ kind: 'position', of: ddci.filter((r) => r.unit_type === 'Sở/ngành').length });
    // The printed 50 is not called the unit's strongest component.
    expect(s.components!.strongest.every((c) => c.value <= 10)).toBe(true);
    expect(s.components!.note).toContain('ngoài thang');
    expect(v.parent).toEqual({ name: 'Hà Tĩnh', slug: 'ha-tinh' });
  });
});

describe('merger view', () => {
  it('returns each old province’s own series and nothing combined', async () => {
    const v = await loadMergerView(db, { slug: 'quang-ngai', index: 'pci' });
    expect(v.status).toBe('merged');
    expect(v.oldUnits.map((u) => u.name)).toEqual(['Quảng Ngãi', 'Kon Tum']);
    const qn15 = pci.find((r) => r.year === '2015' && r.province === 'Quảng Ngãi')!;
    expect(v.oldUnits[0].points.find((p) => p.year === 2015)!.value).toBe(num(qn15.pci_score));
    expect(Object.keys(v)).not.toContain('average');
    expect((await loadMergerView(db, { slug: 'ha-tinh', index: 'pci' })).redirectTo).toBe('/tinh/ha-tinh');
    expect((await loadMergerView(db, { slug: 'hue', index: 'pci' })).redirectTo).toBe('/tinh/thua-thien-hue');
    expect((await loadMergerView(db, { slug: 'atlantis', index: 'pci' })).status).toBe('unknown');
  });
});

describe('region view', () => {
  it('filters to one region and keeps Hà Tây (2006) outside every region', async () => {
    const v = await loadRegionView(db, { index: 'pci', year: '2015', region: 'dbsh' });
    expect(v.groups.length).toBe(1);
    expect(v.groups[0].rows.map((r) => r.unit_code)).toContain('22');
    const all = await loadRegionView(db, { index: 'pci', year: '2006', region: 'nowhere' });
    expect(all.groups.length).toBe(6);
    expect(all.regionNote).toContain('nowhere');
    expect(all.outside.map((r) => r.unit_name)).toEqual(['Hà Tây']);
  });
});
