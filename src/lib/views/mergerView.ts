// A 2025 province and the old ones it was formed from: each old province's own history, then the new
// unit's own figures from the year the index publishes on the 34 units, in one chart with the merger
// marked. Nothing here adds the old provinces up or averages them into a figure the publisher never
// printed. An old province's slug opens its successor's page, saying what it became.
import { allDefinitions, definitionOf } from '../catalogue/definitions';
import { newUnitsFrom, rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import type { RankSource } from '../data/observation';
import { trendsOf, unitsOf } from '../db/sql';
import { slugify } from '../text/vietnamese';
import { MERGER_EFFECTIVE, NEW_UNITS, newUnitBySlug, type NewUnit } from '../units/merger2025';
import { regionOfProvince } from '../units/regions';

export interface TrendPoint {
  year: number;
  value: number | null;
  rank: number | null;
  rankOf: number | null;
  rankSource: RankSource | null;
}

export interface OldUnitHistory {
  code: string;
  name: string;
  slug: string;
  regionShort: string | null;
  points: TrendPoint[];
}

export interface MergerView {
  /** Not found, or an unchanged unit with no figures of its own: the page sends the reader to the old province's history. */
  status: 'merged' | 'unchanged' | 'unknown';
  redirectTo: string | null;
  name: string;
  slug: string;
  type: string;
  effective: string;
  /** The old province whose slug was asked for ("ha-giang" opens new Tuyên Quang), else null. */
  from: { name: string; slug: string } | null;
  index: string;
  indexShort: string;
  indices: { id: string; short: string }[];
  breaks: number[];
  /** First year of this index on the 34 units: the break "sáp nhập 1/7/2025" is drawn before it. */
  mergerYear: number;
  rankMax: number;
  oldUnits: OldUnitHistory[];
  /** The new unit's own figures (code "n:<slug>"), from mergerYear on; empty until something is published. */
  own: { code: string; points: TrendPoint[] };
  years: number[];
}

/** The new unit a slug names: its own, or one of its old provinces'. */
function unitForSlug(slug: string): { nu: NewUnit; from: MergerView['from'] } | null {
  const nu = newUnitBySlug(slug);
  if (nu) return { nu, from: null };
  for (const u of NEW_UNITS) {
    const i = u.oldNames.findIndex((n) => slugify(n) === slug);
    if (i >= 0) return { nu: u, from: { name: u.oldNames[i], slug } };
  }
  return null;
}

const point = (r: { year: number; value: number | null; rank: number | null; rank_of: number | null; rank_source: RankSource | null }): TrendPoint => ({
  year: r.year,
  value: r.value,
  rank: r.rank,
  rankSource: r.rank_source,
  rankOf: r.rank_of
});

export async function loadMergerView(db: Db, args: { slug: string; index: string }): Promise<MergerView> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  const found = unitForSlug(args.slug);
  const nu = found?.nu;
  const base: MergerView = {
    status: 'unknown',
    redirectTo: null,
    name: nu?.name ?? args.slug,
    slug: nu?.slug ?? args.slug,
    type: nu?.type ?? '',
    effective: MERGER_EFFECTIVE,
    from: found?.from ?? null,
    index: def.id,
    indexShort: def.short,
    indices: allDefinitions()
      .filter((d) => d.unitLevel === 'province')
      .map((d) => ({ id: d.id, short: d.short })),
    breaks: def.breaks,
    mergerYear: newUnitsFrom(def),
    rankMax: def.defaultRankedUnits,
    oldUnits: [],
    own: { code: nu?.code ?? '', points: [] },
    years: []
  };
  if (!nu) return base;
  const units = await unitsOf(db, def.id);
  const nameOf = (code: string, i: number) => units.find((u) => u.unit_code === code)?.unit_name ?? nu.oldNames[i];
  const rows = await trendsOf(db, def.id, [...nu.oldCodes, nu.code]);
  // Old provinces were measured before the merger only; the new unit from the index's first year on the 34.
  const own = { code: nu.code, points: rows.filter((r) => r.unit_code === nu.code && r.year >= base.mergerYear).map(point) };
  const hasOwn = own.points.some((p) => p.value != null || p.rank != null);
  if (!nu.merged && !hasOwn && !found.from) return { ...base, status: 'unchanged', redirectTo: `/tinh/${slugify(nameOf(nu.oldCodes[0], 0))}` };
  const oldUnits = nu.oldCodes.map((code, i) => ({
    code,
    name: nameOf(code, i),
    slug: slugify(nameOf(code, i)),
    regionShort: regionOfProvince(code)?.short ?? null,
    points: rows.filter((r) => r.unit_code === code && r.year < base.mergerYear).map(point)
  }));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const rankMax = Math.max(def.defaultRankedUnits, ...years.map((y) => rankedUnitsFor(def, y)));
  return { ...base, status: nu.merged ? 'merged' : 'unchanged', oldUnits, own, years, rankMax };
}
