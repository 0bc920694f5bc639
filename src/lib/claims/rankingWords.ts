// The sentences of the Xếp hạng page (bars, bump, slope, table) and of its slides, from the view.
// Pure, so the claims test reads exactly what a leader would read aloud.
import type { RankingPageView } from '../views/rankingPageView';
import { formatNumber, formatRank } from '../text/vietnamese';
import { digitsOf } from '../catalogue/definitions';
import { DERIVED_RANK_NOTE, leaderPhrase } from './claimWords';

export interface RankingWords {
  /** Under the tabs: how many units have a score, and what the ranks are. */
  coverage: string;
  /** The bar chart's description (screen readers, exported image, slide). */
  barsDescription: string;
  /** The chosen unit's card: "21/63" or "chưa công bố" / "55 (suy ra)", and its small print. */
  selectedRank: string | null;
  selectedRankNote: string | null;
  bumpTitle: string;
  /** Why the bump chart is short or empty, or null. */
  bumpNote: string | null;
}

const noun = (v: RankingPageView) => (v.unitLevel === 'province' ? 'tỉnh, thành phố' : 'đơn vị');

export function rankingWords(v: RankingPageView): RankingWords {
  const f = v.facts;
  const year = v.year ?? '';
  const fmt = (x: number) => formatNumber(x, digitsOf(v.index));
  let coverage: string;
  if (!f) coverage = `Chưa có số liệu ${v.indexShort}.`;
  else if (f.completeRanking) coverage = `${f.scored} ${noun(v)} có điểm năm ${year}; thứ hạng là thứ hạng ${v.indexShort} công bố (x/${f.rankedUnits}).`;
  else if (f.topList >= 3)
    coverage =
      `Top ${f.topList} do ${v.publisher} công bố năm ${year} (${v.indexShort} xếp hạng ${f.rankedUnits} ${noun(v)}); bộ dữ liệu có điểm của ${f.scored} ${noun(v)}. ` +
      `Đây không phải bảng xếp hạng đầy đủ: thứ tự các thanh là thứ tự điểm, nhãn là thứ hạng công bố.`;
  else if (f.publishedRanks > 0)
    coverage =
      `Có điểm của ${f.scored} ${noun(v)} năm ${year}. ${v.indexShort} xếp hạng ${f.rankedUnits} ${noun(v)}` +
      (f.printedRanks < f.rankedUnits ? ` nhưng chỉ công bố ${f.printedRanks} hạng đầu` : '') +
      `; bộ dữ liệu có ${f.publishedRanks} thứ hạng công bố, ghi ở nhãn (x/${f.rankedUnits}). Đây không phải bảng xếp hạng đầy đủ: thứ tự các thanh là thứ tự điểm.`;
  else
    coverage =
      `Có điểm của ${f.scored} ${noun(v)} năm ${year}` +
      (f.completeScores ? '' : ` (${v.indexShort} đánh giá ${f.rankedUnits})`) +
      `; bộ dữ liệu không có thứ hạng công bố năm này, nên không ghi hạng: thứ tự các thanh là thứ tự điểm.`;

  const lead = f ? leaderPhrase(f, fmt, v.unitLevel === 'province' ? 'tỉnh' : 'đơn vị') : null;
  const barsDescription =
    `Biểu đồ thanh ngang: điểm ${v.indexShort} năm ${year} của ${v.published} ${noun(v)}, xếp từ cao xuống thấp` + (lead ? `; ${lead}.` : '.');

  let selectedRank: string | null = null;
  let selectedRankNote: string | null = null;
  if (v.selected) {
    const row = v.rows.find((r) => r.unit_code === v.selected!.code);
    if (row) {
      selectedRank = formatRank(row.rank, row.rank_of, row.rank_source);
      selectedRankNote =
        row.rank_source === 'derived' ? DERIVED_RANK_NOTE : row.rank == null && f && f.publishedRanks === 0 ? `${v.indexShort} ${year}: không có thứ hạng công bố` : null;
    }
  }

  const topCount = v.bump?.topFound ?? 0;
  const bumpTitle =
    topCount > 0
      ? `Diễn biến thứ hạng ${v.indexShort}: ${topCount} ${noun(v)} đứng đầu năm ${year} theo thứ hạng công bố`
      : `Diễn biến thứ hạng ${v.indexShort}`;
  let bumpNote: string | null = null;
  if (v.bump && topCount === 0) bumpNote = `${v.indexShort} ${year}: bộ dữ liệu không có thứ hạng công bố, nên không vẽ diễn biến thứ hạng (không tự xếp hạng từ điểm).`;
  else if (v.bump && topCount < 10) bumpNote = `Năm ${year} bộ dữ liệu chỉ có thứ hạng công bố của ${topCount} trong 10 ${noun(v)} đứng đầu.`;
  return { coverage, barsDescription, selectedRank, selectedRankNote, bumpTitle, bumpNote };
}
