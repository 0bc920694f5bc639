// The unit's socio-economic region and the region's median per year, drawn only where (nearly) every
// province of the region has a value: a median of 2 of 14 provinces is not the region's median.
import type { Db } from '../db/db';
import { regionMedians } from '../db/sql';
import { ensureReferenceTables } from '../db/referenceTables';
import { regionOfProvince } from '../units/regions';
import { isNationalCoverage } from './coverage';

export interface RegionInfo {
  code: string;
  name: string;
  short: string;
  size: number;
}

export interface RegionReference {
  region: RegionInfo | null;
  medians: { year: number; value: number; n: number }[];
  /** Years with some values in the region but too few for a median. */
  thinYears: number[];
}

/**
 * The regions of the given units (each once, in the order of their first unit) with their medians, from one
 * regionMedians query however many regions: the trends page asks for two, the province page for one.
 */
export async function regionReferences(db: Db, indexId: string, unitCodes: readonly string[]): Promise<(RegionReference & { region: RegionInfo })[]> {
  const regions = [...new Map(unitCodes.map((c) => regionOfProvince(c)).filter((r) => r != null).map((r) => [r.code, r])).values()];
  if (regions.length === 0) return [];
  await ensureReferenceTables(db);
  const all = await regionMedians(db, indexId);
  return regions.map((reg) => {
    const rows = all.filter((r) => r.region_code === reg.code);
    const size = reg.provinces.length;
    return {
      region: { code: reg.code, name: reg.name, short: reg.short, size },
      medians: rows.filter((r) => isNationalCoverage(r.n, size)).map((r) => ({ year: r.year, value: r.median, n: r.n })),
      thinYears: rows.filter((r) => !isNationalCoverage(r.n, size)).map((r) => r.year)
    };
  });
}

export async function regionReference(db: Db, indexId: string, unitCode: string): Promise<RegionReference> {
  return (await regionReferences(db, indexId, [unitCode]))[0] ?? { region: null, medians: [], thinYears: [] };
}
