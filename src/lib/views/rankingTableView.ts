// The ranking table: every unit's rank, score and band for a year, with the change since the year before.
import type { IndexDefinition } from '../catalogue/types';
import type { Db } from '../db/db';
import { ranking, type RankingRow } from '../db/sql';
import { chartRank } from './chartRank';
import type { UnitOption } from './units';

export interface RankingTableRow {
  code: string;
  name: string;
  slug: string;
  rank: number | null;
  rankOf: number | null;
  value: number | null;
  band: string | null;
  previousRank: number | null;
  /** Places gained since the year before (45 → 35 is +10); null without both ranks. */
  rankChange: number | null;
  valueChange: number | null;
}

export interface RankingTableView {
  previousYear: number | null;
  rows: RankingTableRow[];
}

export async function loadRankingTable(
  db: Db,
  def: IndexDefinition,
  year: number,
  years: readonly number[],
  units: readonly UnitOption[],
  ofYear?: RankingRow[]
): Promise<RankingTableView> {
  const previousYear = years.includes(year - 1) ? year - 1 : null;
  const [cur, prev] = await Promise.all([
    ofYear ?? ranking(db, def.id, year),
    previousYear == null ? Promise.resolve([] as RankingRow[]) : ranking(db, def.id, previousYear)
  ]);
  const before = new Map(prev.map((r) => [r.unit_code, { rank: chartRank(r), value: r.value }]));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rows = cur
    .filter((r) => r.value != null || r.rank != null)
    .map((r) => {
      const rank = chartRank(r);
      const p = before.get(r.unit_code);
      const u = byCode.get(r.unit_code);
      return {
        code: r.unit_code,
        name: u?.name ?? r.unit_name,
        slug: u?.slug ?? r.unit_code,
        rank,
        rankOf: rank != null ? r.rank_of : null,
        value: r.value,
        band: r.band,
        previousRank: p?.rank ?? null,
        rankChange: rank != null && p?.rank != null ? p.rank - rank : null,
        valueChange: r.value != null && p?.value != null ? Math.round((r.value - p.value) * 1e6) / 1e6 : null
      };
    });
  return { previousYear, rows };
}
