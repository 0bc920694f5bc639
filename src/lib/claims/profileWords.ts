// The words of a unit profile's index card: the rank and what kind of rank it is.
import type { RankView } from '../views/unitProfileView';
import { DERIVED_RANK_NOTE } from './claimWords';
import { formatRank } from '../text/vietnamese';

export function profileRankText(r: RankView | null): string {
  if (!r) return 'chưa công bố';
  // A position by score is ours, said as one; published and derived ranks read as everywhere else.
  return r.kind === 'position' ? `thứ ${r.rank}/${r.of} theo điểm` : formatRank(r.rank, r.of, r.kind);
}

export function profileRankNote(r: RankView | null): string {
  if (!r) return '';
  if (r.kind === 'published') return 'thứ hạng công bố';
  if (r.kind === 'derived') return DERIVED_RANK_NOTE;
  return `thứ tự theo điểm trong ${r.of} đơn vị có điểm, không phải hạng công bố`;
}
