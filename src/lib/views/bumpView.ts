// Bump chart data: rank over the years up to the chosen year, for that year's top 10 and the selected units.
import type { IndexDefinition } from '../catalogue/types';
import type { Db } from '../db/db';
import { ranking, seriesFor, type RankingRow } from '../db/sql';
import { chartRank } from './chartRank';
import type { UnitOption } from './units';

export const BUMP_TOP = 10;

export interface BumpUnit extends UnitOption {
  selected: boolean;
  points: { year: number; rank: number | null; value: number | null }[];
}

export interface BumpView {
  years: number[];
  /** How many of the top 10 the data holds for the year (fewer where only some provinces are published). */
  topFound: number;
  series: BumpUnit[];
}

export async function loadBumpView(
  db: Db,
  def: IndexDefinition,
  year: number,
  years: readonly number[],
  units: readonly UnitOption[],
  selected: readonly UnitOption[],
  ofYear?: readonly RankingRow[]
): Promise<BumpView> {
  const rows = ofYear ?? (await ranking(db, def.id, year));
  const top = rows
    .map((r) => ({ code: r.unit_code, rank: chartRank(r) }))
    .filter((r): r is { code: string; rank: number } => r.rank != null && r.rank <= BUMP_TOP)
    .sort((a, b) => a.rank - b.rank);
  const codes = [...new Set([...top.map((t) => t.code), ...selected.map((u) => u.code)])];
  const span = years.filter((y) => y <= year);
  const series = await seriesFor(db, def.id, codes);
  const chosen = new Set(selected.map((u) => u.code));
  const byCode = new Map(units.map((u) => [u.code, u]));
  return {
    years: span,
    topFound: top.length,
    series: codes
      .map((code) => byCode.get(code))
      .filter((u): u is UnitOption => !!u)
      .map((u) => ({
        ...u,
        selected: chosen.has(u.code),
        points: series
          .filter((r) => r.unit_code === u.code && r.year <= year)
          .map((r) => ({ year: r.year, rank: chartRank(r), value: r.value }))
      }))
  };
}
