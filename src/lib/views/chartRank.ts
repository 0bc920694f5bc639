// The rank a chart draws or a table lists: the publisher's, and nothing else. A position worked out
// from scores (PAPI publishes no ranks; PAR INDEX 2023 has a dozen quoted scores) is not a rank, and a
// rank implied by "+N bậc" is shown only in words that say so (claims/claimWords.ts), never as a mark.
import type { RankSource } from '../data/observation';

export function chartRank(row: { rank: number | null; rank_source: RankSource | null }): number | null {
  return row.rank != null && row.rank_source === 'published' ? row.rank : null;
}
