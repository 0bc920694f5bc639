// The rank a chart draws: the publisher's rank; for an index that publishes none (PAPI 2011–2015), the
// position by score, but only in a year where (nearly) every unit has a score — 3rd of 9 is no rank.
import { isNationalCoverage } from './coverage';

export function chartRank(row: { rank: number | null; position: number | null }, n: number | null, rankedUnits: number): number | null {
  if (row.rank != null) return row.rank;
  return row.position != null && n != null && isNationalCoverage(n, rankedUnits) ? row.position : null;
}
