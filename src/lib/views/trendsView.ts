// The trends page (/xu-huong): several units' score or rank over the years, with the national median
// and best where (nearly) every ranked unit has a value, and the median of the chosen provinces' regions
// where (nearly) every province of the region has one. Default units: the selected province and the year's leader.
import { definitionOf } from '../catalogue/definitions';
import { rankedUnitsFor } from '../catalogue/types';
import { sourceLine } from '../charts/sourceLine';
import type { Db } from '../db/db';
import { ranking, references, seriesFor, unitsOf, type ReferenceRow } from '../db/sql';
import { chooseYear, parseYear } from '../state/urlState';
import { chartRank } from './chartRank';
import { knownLeaders, yearFacts } from '../claims/rankFacts';
import { DERIVED_RANK_NOTE } from '../claims/claimWords';
import { isNationalCoverage } from './coverage';
import { regionReferences, type RegionReference } from './regionReference';
import { parseUnitList } from './unitList';
import { regionOfProvince } from '../units/regions';
import { findUnit, unitOptions, type UnitOption } from './units';

/** The province the app opens on when none is chosen (the nav's "Hồ sơ tỉnh" is Hà Tĩnh's). */
export const HOME_UNIT = 'ha-tinh';

export type TrendMode = 'score' | 'rank';

export interface TrendsArgs {
  index: string;
  /** The user's units, "ha-tinh,da-nang"; null for the default. */
  units: string | null;
  selected: string | null;
  year: string | null;
  mode: string | null;
}

export interface TrendPointRow {
  year: number;
  value: number | null;
  /** The published rank (chartRank); null where none was printed. */
  rank: number | null;
  rankOf: number | null;
}

export interface TrendUnit extends UnitOption {
  points: TrendPointRow[];
}

/** A region median line: the region of one or more chosen provinces, its covered years only. */
export type TrendRegion = RegionReference & { region: NonNullable<RegionReference['region']> };

/** More regions than this and the chart draws none (the lines would crowd out the provinces'). */
export const MAX_REGION_MEDIANS = 2;

export interface TrendsView {
  index: string;
  indexShort: string;
  indexName: string;
  source: string;
  mode: TrendMode;
  years: number[];
  /** The year whose leader joins the default units. */
  year: number | null;
  leader: UnitOption | null;
  /** Why the leader is one: the publisher's rank 1, or the best score of a year every unit has one. */
  leaderBasis: 'published-rank' | 'complete-scores' | null;
  units: UnitOption[];
  chosen: TrendUnit[];
  /** True when the units come from the URL, false for the default pair. */
  explicit: boolean;
  references: ReferenceRow[];
  /** Score mode: the chosen provinces' regions (at most MAX_REGION_MEDIANS, first chosen first); [] otherwise. */
  regions: TrendRegion[];
  breaks: number[];
  rankMax: number;
  notes: string[];
}

export async function loadTrendsView(db: Db, args: TrendsArgs): Promise<TrendsView> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  const mode: TrendMode = args.mode === 'hang' ? 'rank' : 'score';
  // Three queries per redraw (plus the region medians in score mode, one per index, cached in the browser):
  // the references also give the years with a value and how many units have one.
  const [unitRows, refRows] = await Promise.all([unitsOf(db, def.id), references(db, def.id)]);
  const units = unitOptions(unitRows);
  const years = refRows.map((r) => r.year);
  const national = (n: number, year: number) => isNationalCoverage(n, rankedUnitsFor(def, year));
  const full = refRows.filter((r) => national(r.n, r.year)).map((r) => r.year);
  const year = chooseYear(parseYear(args.year, years), full.length ? full : years);
  // The leader joins the default units only where the data names one: the publisher's rank 1 that
  // year, or the best score of a year every ranked unit has one (CLAIMS.md), never the best of a handful.
  const facts = year == null ? null : yearFacts(def, year, await ranking(db, def.id, year));
  const known = facts ? knownLeaders(facts) : null;
  const leader = known ? (units.find((u) => u.code === known.rows[0].unit_code) ?? null) : null;
  const leaderBasis = known?.basis ?? null;
  const explicit = parseUnitList(args.units, units);
  const home = findUnit(units, args.selected) ?? findUnit(units, HOME_UNIT);
  const chosenUnits = explicit.length ? explicit : [home, leader].filter((u, i, a): u is UnitOption => !!u && a.findIndex((x) => x?.code === u.code) === i);

  // The regions' medians (score mode) run beside the units' series.
  const [rows, regionPart] = await Promise.all([
    seriesFor(
      db,
      def.id,
      chosenUnits.map((u) => u.code)
    ),
    mode === 'score' ? trendRegions(db, def.id, chosenUnits) : { regions: [], notes: [] }
  ]);
  const chosen: TrendUnit[] = chosenUnits.map((u) => ({
    ...u,
    points: rows
      .filter((r) => r.unit_code === u.code)
      .map((r) => ({ year: r.year, value: r.value, rank: chartRank(r), rankOf: chartRank(r) != null ? r.rank_of : null }))
  }));
  const rankMax = Math.max(def.defaultRankedUnits, ...Object.values(def.rankedUnits), ...rows.map((r) => r.rank_of ?? 0));

  const notes: string[] = [];
  const refs = refRows.filter((r) => national(r.n, r.year));
  if (mode === 'score' && refs.length)
    notes.push(
      `Trung vị và điểm cao nhất toàn quốc chỉ vẽ cho năm có điểm của ít nhất 90% số tỉnh được xếp hạng (${refs[0].year}–${refs.at(-1)!.year}).`
    );
  notes.push(...regionPart.notes);
  if (mode === 'rank') {
    const drawn = rows.some((r) => chartRank(r) != null);
    notes.push(
      drawn
        ? 'Chỉ vẽ thứ hạng do cơ quan công bố in ra; hạng 1 ở trên cùng. Năm không có thứ hạng công bố để trống.'
        : `${def.short} không có thứ hạng công bố nào cho các tỉnh đang chọn: không vẽ thứ tự tự tính từ điểm.`
    );
    // A rank nobody printed (implied by "+N bậc", a press position) is said, not drawn.
    const derived = rows.filter((r) => r.rank != null && r.rank_source === 'derived');
    if (derived.length)
      notes.push(`Không vẽ: ${derived.map((r) => `${r.unit_name} ${r.year} đứng thứ ${r.rank}`).join('; ')} (${DERIVED_RANK_NOTE}).`);
  }
  notes.push(...(def.notes ?? []));
  return {
    index: def.id,
    indexShort: def.short,
    indexName: def.name.vi,
    source: sourceLine(def),
    mode,
    years,
    year,
    leader,
    leaderBasis,
    units,
    chosen,
    explicit: explicit.length > 0,
    references: mode === 'score' ? refs : [],
    regions: regionPart.regions,
    breaks: def.breaks,
    rankMax,
    notes
  };
}

/** "2006–2015", "2011–2015, 2020": consecutive years as one run. */
function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

/**
 * The distinct regions of the chosen provinces, each with its median in the years (nearly) every province of
 * the region has a value (as on the province page): one regionMedians query for all of them, never one per
 * unit; none past MAX_REGION_MEDIANS.
 */
async function trendRegions(db: Db, indexId: string, chosen: readonly UnitOption[]): Promise<{ regions: TrendRegion[]; notes: string[] }> {
  const distinct = new Set(chosen.map((u) => regionOfProvince(u.code)?.code).filter((c) => c != null));
  if (distinct.size > MAX_REGION_MEDIANS)
    return {
      regions: [],
      notes: [`Trung vị vùng chỉ vẽ khi các tỉnh được chọn thuộc nhiều nhất hai vùng (để biểu đồ dễ đọc); các tỉnh đang chọn thuộc ${distinct.size} vùng.`]
    };
  const regions: TrendRegion[] = await regionReferences(db, indexId, chosen.map((u) => u.code));
  const notes = regions.map(({ region, medians }) =>
    medians.length
      ? `Trung vị vùng ${region.name} (${region.size} tỉnh) chỉ vẽ cho năm có số liệu của gần đủ các tỉnh trong vùng (${yearRuns(medians.map((m) => m.year))}).`
      : `Chưa vẽ trung vị vùng ${region.name}: không năm nào có số liệu của gần đủ ${region.size} tỉnh trong vùng.`
  );
  return { regions, notes };
}
