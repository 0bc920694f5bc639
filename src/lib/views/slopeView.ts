// Slope chart data: every unit's rank in two years (who rose, who fell).
import type { IndexDefinition } from '../catalogue/types';
import type { Db } from '../db/db';
import { ranking, type RankingRow } from '../db/sql';
import { parseYear } from '../state/urlState';
import { chartRank } from './chartRank';
import { breaksBetween } from '../claims/rankFacts';
import type { UnitOption } from './units';

export interface SlopeRow {
  code: string;
  name: string;
  slug: string;
  from: number | null;
  to: number | null;
  fromValue: number | null;
  toValue: number | null;
}

export interface SlopeView {
  /** null when the index has a single year. */
  from: number | null;
  to: number;
  /** The years the first year can be. */
  fromYears: number[];
  fromNote: string | null;
  /** Set where the two years straddle a methodology break: the ranks moved under different rules. */
  breakNote: string | null;
  rows: SlopeRow[];
}

const ranksOf = (rows: RankingRow[]) => {
  return new Map(rows.map((r) => [r.unit_code, { rank: chartRank(r), value: r.value, name: r.unit_name }]));
};

export async function loadSlopeView(
  db: Db,
  def: IndexDefinition,
  to: number,
  years: readonly number[],
  units: readonly UnitOption[],
  fromArg: string | null,
  ofYear?: RankingRow[]
): Promise<SlopeView> {
  const fromYears = years.filter((y) => y !== to);
  const parsed = parseYear(fromArg, fromYears);
  // Default: the year just before, so the first look is "since last year".
  const from = parsed.status === 'valid' ? parsed.value : ([...fromYears].reverse().find((y) => y < to) ?? fromYears[0] ?? null);
  const fromNote = parsed.status === 'invalid' ? parsed.reason : null;
  if (from == null) return { from, to, fromYears, fromNote, breakNote: null, rows: [] };
  const crossed = breaksBetween(def, Math.min(from, to), Math.max(from, to));
  const breakNote = crossed.length
    ? `${def.short} đổi phương pháp năm ${crossed.join(', ')}: thứ hạng ${from} và ${to} được tính theo hai phương pháp khác nhau, so sánh chỉ để tham khảo.`
    : null;
  const [a, b] = await Promise.all([ranking(db, def.id, from), ofYear ?? ranking(db, def.id, to)]);
  const ra = ranksOf(a);
  const rb = ranksOf(b);
  // A map, not findUnit per row: 4,000 units × 4,000 rows would be 16 million comparisons.
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rows = [...new Set([...ra.keys(), ...rb.keys()])]
    .map((code) => {
      const x = ra.get(code);
      const y = rb.get(code);
      const u = byCode.get(code);
      return {
        code,
        name: u?.name ?? y?.name ?? x?.name ?? code,
        slug: u?.slug ?? code,
        from: x?.rank ?? null,
        to: y?.rank ?? null,
        fromValue: x?.value ?? null,
        toValue: y?.value ?? null
      };
    })
    .filter((r) => r.from != null || r.to != null);
  return { from, to, fromYears, fromNote, breakNote, rows };
}
