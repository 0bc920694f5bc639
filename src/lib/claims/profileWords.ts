// The words of a unit profile's index card: the rank and what kind of rank it is.
import type { RankView } from '../views/unitProfileView';
import { DERIVED_RANK_NOTE } from './claimWords';

export function profileRankText(r: RankView | null): string {
  if (!r) return 'chưa công bố';
  if (r.kind === 'derived') return `${r.rank} (suy ra)`;
  return r.kind === 'position' ? `thứ ${r.rank}/${r.of} theo điểm` : `${r.rank}/${r.of}`;
}

export function profileRankNote(r: RankView | null): string {
  if (!r) return '';
  if (r.kind === 'published') return 'thứ hạng công bố';
  if (r.kind === 'derived') return DERIVED_RANK_NOTE;
  return `thứ tự theo điểm trong ${r.of} đơn vị có điểm, không phải hạng công bố`;
}
