// A 2025 province formed from several old ones: each old province's own history of an index, side by
// side and labelled. Indices before 2025 were measured on the old units; nothing here adds them up or
// averages them into a figure the publisher never printed.
import { allDefinitions, definitionOf } from '../catalogue/definitions';
import { rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import type { RankSource } from '../data/observation';
import { trendsOf, unitsOf } from '../db/sql';
import { slugify } from '../text/vietnamese';
import { MERGER_EFFECTIVE, newUnitBySlug } from '../units/merger2025';
import { regionOfProvince } from '../units/regions';

export interface OldUnitHistory {
  code: string;
  name: string;
  slug: string;
  regionShort: string | null;
  points: { year: number; value: number | null; rank: number | null; rankOf: number | null; rankSource: RankSource | null }[];
}

export interface MergerView {
  /** Not found, or an unchanged unit: the page sends the reader to the old province's history. */
  status: 'merged' | 'unchanged' | 'unknown';
  redirectTo: string | null;
  name: string;
  type: string;
  effective: string;
  index: string;
  indexShort: string;
  indices: { id: string; short: string }[];
  breaks: number[];
  rankMax: number;
  oldUnits: OldUnitHistory[];
  years: number[];
}

export async function loadMergerView(db: Db, args: { slug: string; index: string }): Promise<MergerView> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  const nu = newUnitBySlug(args.slug);
  const base: MergerView = {
    status: 'unknown',
    redirectTo: null,
    name: nu?.name ?? args.slug,
    type: nu?.type ?? '',
    effective: MERGER_EFFECTIVE,
    index: def.id,
    indexShort: def.short,
    indices: allDefinitions()
      .filter((d) => d.unitLevel === 'province')
      .map((d) => ({ id: d.id, short: d.short })),
    breaks: def.breaks,
    rankMax: def.defaultRankedUnits,
    oldUnits: [],
    years: []
  };
  if (!nu) return base;
  const units = await unitsOf(db, def.id);
  const nameOf = (code: string, i: number) => units.find((u) => u.unit_code === code)?.unit_name ?? nu.oldNames[i];
  if (!nu.merged) return { ...base, status: 'unchanged', redirectTo: `/tinh/${slugify(nameOf(nu.oldCodes[0], 0))}` };
  const rows = await trendsOf(db, def.id, nu.oldCodes);
  const oldUnits = nu.oldCodes.map((code, i) => ({
    code,
    name: nameOf(code, i),
    slug: slugify(nameOf(code, i)),
    regionShort: regionOfProvince(code)?.short ?? null,
    points: rows.filter((r) => r.unit_code === code).map((r) => ({ year: r.year, value: r.value, rank: r.rank, rankOf: r.rank_of, rankSource: r.rank_source }))
  }));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const rankMax = Math.max(def.defaultRankedUnits, ...years.map((y) => rankedUnitsFor(def, y)));
  return { ...base, status: 'merged', oldUnits, years, rankMax };
}
