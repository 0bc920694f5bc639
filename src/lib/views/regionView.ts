// Provinces by socio-economic region for one index and year: each region's provinces and median,
// optionally filtered to one region (?vung=…).
import { definitionOf } from '../catalogue/definitions';
import { rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import { valuesWithRegion, yearsOf, type RegionValueRow } from '../db/sql';
import { ensureReferenceTables } from '../db/referenceTables';
import { chooseYear, parseYear } from '../state/urlState';
import { REGIONS, regionByCode } from '../units/regions';
import { isNationalCoverage } from './coverage';
import { median } from 'd3';

export interface RegionGroup {
  code: string;
  name: string;
  short: string;
  size: number;
  rows: RegionValueRow[];
  /** null where too few of the region's provinces have a value. */
  median: number | null;
}

export interface RegionView {
  index: string;
  indexShort: string;
  years: number[];
  year: number | null;
  yearNote: string | null;
  region: string | null;
  regionNote: string | null;
  groups: RegionGroup[];
  /** Units with a value but no planning region (Hà Tây, 2006–2008). */
  outside: RegionValueRow[];
  published: number;
  rankedUnits: number;
}

export async function loadRegionView(db: Db, args: { index: string; year: string | null; region: string | null }): Promise<RegionView> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  await ensureReferenceTables(db);
  const yearRows = await yearsOf(db, def.id);
  const years = yearRows.filter((y) => y.n > 0).map((y) => y.year);
  const parsed = parseYear(args.year, years);
  const full = yearRows.filter((y) => isNationalCoverage(y.n, rankedUnitsFor(def, y.year))).map((y) => y.year);
  const year = chooseYear(parsed, full.length ? full : years);
  const reg = regionByCode(args.region);
  const rows = year == null ? [] : await valuesWithRegion(db, def.id, year);
  const groups = REGIONS.filter((r) => !reg || r.code === reg.code).map((r) => {
    const mine = rows.filter((x) => x.region_code === r.code);
    return {
      code: r.code,
      name: r.name,
      short: r.short,
      size: r.provinces.length,
      rows: mine,
      median: isNationalCoverage(mine.length, r.provinces.length) ? (median(mine.map((x) => x.value)) ?? null) : null
    };
  });
  return {
    index: def.id,
    indexShort: def.short,
    years,
    year,
    yearNote: parsed.status === 'invalid' ? parsed.reason : null,
    region: reg?.code ?? null,
    regionNote: args.region && !reg ? `Không có vùng "${args.region}"; đang hiển thị cả 6 vùng.` : null,
    groups,
    outside: reg ? [] : rows.filter((x) => x.region_code == null),
    published: rows.length,
    rankedUnits: year == null ? def.defaultRankedUnits : rankedUnitsFor(def, year)
  };
}
