// What a year's figures allow us to say about ranks and leaders. Pure: rows in, facts out.
// A "leader", "top N" or "x/N" needs the publisher's ranking; a handful of scores quoted by the press
// is not one (CLAIMS.md).
import { printedRanksFor, rankedUnitsFor, type IndexDefinition } from '../catalogue/types';
import type { RankSource } from '../data/observation';

export interface RankedRow {
  unit_code: string;
  unit_name: string;
  value: number | null;
  rank: number | null;
  rank_source: RankSource | null;
}

export interface YearFacts {
  year: number;
  /** How many units the publisher ranked that year: the N of "x/N". */
  rankedUnits: number;
  /** How many ranks it printed (PCI 2023–2024: 30 of 63). */
  printedRanks: number;
  /** Units with a score in our data. */
  scored: number;
  /** Units with a rank the publisher printed, in our data. */
  publishedRanks: number;
  /** Every unit the publisher ranked has its published rank here: a full ranking. */
  completeRanking: boolean;
  /** Every ranked unit has a score here (an index that publishes scores only, e.g. PAPI 2011–2015). */
  completeScores: boolean;
  /** Units the publisher printed at rank 1 (ties share it); empty when we hold no printed rank 1. */
  leaders: RankedRow[];
  /** The best score among units with one, and whether it is the best of all ranked units. */
  best: RankedRow | null;
  /** N where ranks 1..N are all printed but the ranking is not complete (a published top list); else 0. */
  topList: number;
}

export function yearFacts(def: IndexDefinition, year: number, rows: readonly RankedRow[]): YearFacts {
  const rankedUnits = rankedUnitsFor(def, year);
  const printedRanks = printedRanksFor(def, year);
  const scoredRows = rows.filter((r) => r.value != null);
  const published = rows.filter((r) => r.rank != null && r.rank_source === 'published');
  const best = scoredRows.reduce<RankedRow | null>((b, r) => (b == null || r.value! > b.value! ? r : b), null);
  return {
    year,
    rankedUnits,
    printedRanks,
    scored: scoredRows.length,
    publishedRanks: published.length,
    completeRanking: printedRanks >= rankedUnits && published.length >= rankedUnits,
    completeScores: scoredRows.length >= rankedUnits,
    leaders: published.filter((r) => r.rank === 1),
    best,
    topList: topListLength(published.map((r) => r.rank!), rankedUnits)
  };
}

/** The units a sentence may call the year's leader: printed at rank 1, or the best of complete scores. */
export function knownLeaders(f: YearFacts): { rows: RankedRow[]; basis: 'published-rank' | 'complete-scores' } | null {
  if (f.leaders.length) return { rows: f.leaders, basis: 'published-rank' };
  if (f.completeScores && f.best) return { rows: [f.best], basis: 'complete-scores' };
  return null;
}

/** The methodology breaks strictly after `from` and up to `to`: a change across them is not like for like. */
export function breaksBetween(def: IndexDefinition, from: number, to: number): number[] {
  return def.breaks.filter((b) => b > from && b <= to);
}

/** The longest run 1, 2, …, N of printed ranks (ties share a number and skip the next), short of a full ranking. */
function topListLength(ranks: readonly number[], rankedUnits: number): number {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  let n = 0;
  while (n < rankedUnits) {
    const c = counts.get(n + 1);
    if (!c) break;
    n += c; // a tie at 6 covers places 6..(6 + c − 1)
  }
  return n >= rankedUnits ? 0 : n;
}
