// The analysis queries (regions, DDCI groups, unit totals) on the shipped data, same engine as the browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { median } from 'd3';
import { csvRows, num } from '../../../src/lib/data/csvRows';
import { allUnits, groupRanking, regionMedians, trendsOf, unitTotals, valuesWithRegion, cellsOfYear } from '../../../src/lib/db/sql';
import { ensureReferenceTables } from '../../../src/lib/db/referenceTables';
import type { Db } from '../../../src/lib/db/db';
import { shippedDb } from '../../helpers/shippedDb';

const ddci = csvRows(readFileSync('data/ddci_hatinh_2021_partial.csv', 'utf8'));
const pci = csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8'));
const regions = csvRows(readFileSync('data/regions_6.csv', 'utf8'));
let db: Db;
beforeAll(async () => {
  db = (await shippedDb()).db;
  await ensureReferenceTables(db);
  await ensureReferenceTables(db); // idempotent
});

describe('analysis SQL on the shipped data', () => {
  it('ranks DDCI 2021 units within their group, bands as published', async () => {
    const rows = await groupRanking(db, 'ddci_42', 2021);
    expect(rows.length).toBe(ddci.length);
    const so = rows.filter((r) => r.unit_group === 'so_nganh');
    const huyen = rows.filter((r) => r.unit_group === 'huyen');
    expect(so.length).toBe(ddci.filter((r) => r.unit_type === 'Sở/ngành').length);
    expect(huyen.length).toBe(ddci.filter((r) => r.unit_type.startsWith('Huyện')).length);
    const best = [...ddci].sort((a, b) => num(b.ddci_score_100)! - num(a.ddci_score_100)!)[0];
    expect(huyen[0]).toMatchObject({ unit_name: best.unit, value: num(best.ddci_score_100), group_rank: 1, group_n: huyen.length, band: best.xep_loai });
    const bestSo = ddci.filter((r) => r.unit_type === 'Sở/ngành').sort((a, b) => num(b.ddci_score_100)! - num(a.ddci_score_100)!)[0];
    expect(so[0]).toMatchObject({ unit_name: bestSo.unit, group_rank: 1 });
    expect(so.map((r) => r.group_rank)).toEqual(so.map((_, i) => i + 1));
  });

  it('keeps "-" cells of the DDCI as gaps, never 0', async () => {
    const cells = await cellsOfYear(db, 'ddci_42', 2021);
    const land = cells.filter((c) => c.indicator === 'tiep_can_dat_dai');
    expect(land.length).toBe(ddci.filter((r) => r.tiep_can_dat_dai !== '').length);
    expect(cells.some((c) => c.value === 0)).toBe(false);
  });

  it('computes each region’s median from its own provinces (PCI 2015)', async () => {
    const rows = (await regionMedians(db, 'pci')).filter((r) => r.year === 2015);
    expect(rows.length).toBe(6);
    for (const reg of new Set(regions.map((r) => r.region_code))) {
      const names = new Set(regions.filter((r) => r.region_code === reg).map((r) => r.province_vi));
      const values = pci.filter((r) => r.year === '2015' && names.has(r.province)).map((r) => Number(r.pci_score));
      const got = rows.find((r) => r.region_code === reg)!;
      expect(got.n).toBe(names.size);
      expect(got.median).toBeCloseTo(median(values)!, 6);
    }
  });

  it('gives every 2015 province its region; Quảng Ninh is in Đồng bằng sông Hồng', async () => {
    const rows = await valuesWithRegion(db, 'pci', 2015);
    expect(rows.length).toBe(63);
    expect(rows.every((r) => r.region_code != null)).toBe(true);
    expect(rows.find((r) => r.unit_code === '22')!.region_code).toBe('dbsh');
    // 2006: Hà Tây has a PCI but no planning region.
    expect((await valuesWithRegion(db, 'pci', 2006)).find((r) => r.unit_code === '28')!.region_code).toBeNull();
  });

  it("lists a unit's totals in every index with its position among the units that have one", async () => {
    const t = await unitTotals(db, '42');
    const papi15 = t.find((r) => r.index_id === 'papi' && r.year === 2015)!;
    expect(papi15.n_values).toBe(63);
    expect(papi15.rank).toBeNull();
    expect(papi15.position).toBeGreaterThanOrEqual(1);
    expect(t.find((r) => r.index_id === 'pci' && r.year === 2015)).toMatchObject({ rank: 45, rank_of: 63 });
    const units = await allUnits(db);
    expect(units.find((u) => u.unit_code === '42')!.indices.split(',')).toEqual(['dti', 'papi', 'par_index', 'pci', 'sipas']);
    expect(units.filter((u) => u.indices === 'ddci_42').length).toBe(ddci.length);
  });

  it('reads several units’ trends at once, parameters as data', async () => {
    const rows = await trendsOf(db, 'pci', ['51', '62']);
    expect(new Set(rows.map((r) => r.unit_code))).toEqual(new Set(['51', '62']));
    expect(await trendsOf(db, 'pci', ["51') OR ('1'='1"])).toEqual([]);
    expect(await trendsOf(db, 'pci', [])).toEqual([]);
  });
});
