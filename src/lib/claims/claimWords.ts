// The words for ranks, leaders and changes, written only as far as the data carries them (CLAIMS.md).
// Every page, slide and export that speaks of a rank or a leader goes through here, so the claims
// test (tests/unit/claims) can read every sentence the app can write.
import { valueDigits, type IndexDefinition } from '../catalogue/types';
import type { RankSource } from '../data/observation';
import { formatNumber, formatRank, formatRankChange, formatSigned } from '../text/vietnamese';
import { breaksBetween, knownLeaders, type YearFacts } from './rankFacts';

/** What "suy ra" means, said once wherever a derived rank is shown. */
export const DERIVED_RANK_NOTE = 'thứ tự suy ra, không phải hạng công bố';

export interface RankPoint {
  year: number;
  value: number | null;
  rank: number | null;
  rankOf: number | null;
  rankSource: RankSource | null;
}

const published = (p: RankPoint | null | undefined): p is RankPoint & { rank: number } =>
  p != null && p.rank != null && p.rankSource === 'published';

/** "xếp thứ 21/63", "đứng thứ 55 (thứ tự suy ra, không phải hạng công bố)", or null without a rank. */
export function rankPhrase(p: RankPoint, tied = false): string | null {
  if (p.rank == null || p.rankSource == null) return null;
  if (p.rankSource === 'derived') return `đứng thứ ${p.rank} (${DERIVED_RANK_NOTE})`;
  const verb = tied ? 'đồng hạng' : 'xếp thứ';
  return p.rankOf ? `${verb} ${p.rank}/${p.rankOf}` : `${verb} ${p.rank}`;
}

/** "; PCI đổi phương pháp năm 2013, so sánh chỉ để tham khảo" for a change across a break, else "". */
export function breakCaveat(def: IndexDefinition, from: number, to: number): string {
  const b = breaksBetween(def, from, to);
  if (!b.length) return '';
  return ` (${def.short} đổi phương pháp năm ${b.join(', ')}: so sánh chỉ để tham khảo)`;
}

/**
 * The move in places between two published ranks ("↑ 10 bậc so với 2014"), or null: a derived rank
 * never enters a move, so a sentence cannot turn an implied rank into a published gain.
 */
export function rankMove(def: IndexDefinition, cur: RankPoint, prev: RankPoint | null | undefined): string | null {
  if (!published(cur) || !published(prev) || prev.year >= cur.year) return null;
  return `${formatRankChange(prev.rank, cur.rank)} so với ${prev.year}${breakCaveat(def, prev.year, cur.year)}`;
}

/**
 * Who leads a year, said only as far as the data shows it:
 * - "dẫn đầu là Hải Phòng (xếp thứ 1)" where the publisher printed rank 1;
 * - "cao điểm nhất là Thừa Thiên Huế (37,45 điểm)" where every ranked unit has a score but no rank is published;
 * - "trong 11 tỉnh có số liệu, cao điểm nhất là Vĩnh Phúc (…)" otherwise: what is known, not a leader.
 * `noun` is "tỉnh" for provinces, "đơn vị" for DDCI.
 */
export function leaderPhrase(f: YearFacts, fmt: (v: number) => string, noun = 'tỉnh'): string | null {
  const known = knownLeaders(f);
  if (known?.basis === 'published-rank') {
    const names = known.rows.map((r) => (r.value != null ? `${r.unit_name} (${fmt(r.value)})` : r.unit_name));
    return known.rows.length > 1 ? `đồng dẫn đầu là ${names.join(' và ')}` : `dẫn đầu là ${names[0]}`;
  }
  if (!f.best) return null;
  const who = `${f.best.unit_name} (${fmt(f.best.value!)})`;
  if (known?.basis === 'complete-scores') return `cao điểm nhất là ${who}`;
  return `trong ${f.scored} ${noun} có số liệu, cao điểm nhất là ${who}`;
}

/** The three cards atop a unit's page: score, rank and score change, each with its small print. */
export interface HeadlineCards {
  value: string;
  valueNote: string;
  rank: string;
  rankNote: string;
  changeLabel: string;
  change: string;
  changeNote: string;
}

export function headlineCards(
  def: IndexDefinition,
  cur: RankPoint & { band: string | null },
  prev: RankPoint | null,
  unitPublishesRanks: boolean
): HeadlineCards {
  const valueNote = cur.value == null ? 'chưa công bố điểm' : cur.band ? `Xếp loại: ${cur.band}` : '';
  const rank = formatRank(cur.rank, cur.rankOf, cur.rankSource);
  let rankNote: string;
  const move = rankMove(def, cur, prev);
  if (cur.rank != null && cur.rankSource === 'derived') rankNote = DERIVED_RANK_NOTE;
  else if (move) rankNote = move;
  else if (cur.rank == null) rankNote = unitPublishesRanks ? `chưa có thứ hạng công bố năm ${cur.year}` : `${def.short} không công bố thứ hạng`;
  else rankNote = `chưa có thứ hạng công bố năm ${cur.year - 1} để so sánh`;

  const prevYear = cur.year - 1;
  const delta = prev && prev.year === prevYear && cur.value != null && prev.value != null ? cur.value - prev.value : null;
  let changeNote: string;
  if (delta != null) changeNote = 'điểm';
  else if (cur.value == null && prev?.year === prevYear && prev.value != null) changeNote = `chưa công bố điểm năm ${cur.year}`;
  else if (cur.value == null) changeNote = `chưa công bố điểm năm ${cur.year} và ${prevYear}`;
  else changeNote = `không có điểm năm ${prevYear}`;
  // The card is titled "so với <năm trước>": across a methodology break it says so, figure or not.
  changeNote += breakCaveat(def, prevYear, cur.year);
  return {
    value: formatNumber(cur.value, valueDigits(def)),
    valueNote,
    rank,
    rankNote,
    changeLabel: `Thay đổi điểm so với ${prevYear}`,
    change: formatSigned(delta, valueDigits(def)),
    changeNote
  };
}

/** How to call the year's leader in a short label: only a printed rank 1 "leads". */
export function leaderRole(basis: 'published-rank' | 'complete-scores' | null): string {
  return basis === 'published-rank' ? 'dẫn đầu' : 'cao điểm nhất';
}
