// One-line Vietnamese headline for a presentation slide:
// "PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014".
// Pure: numbers are formatted by the shared vi-VN helpers so the slide matches the tables.

import type { RankSource } from '../data/observation';
import { rankPhrase, type RankPoint } from '../claims/claimWords';
import { formatNumber, roundHalfUp } from '../text/vietnamese';

export interface HeadlinePoint {
  year: number;
  /** null = not published; never shown as 0. */
  value: number | null;
  rank: number | null;
  /** How many units the publisher ranked that year: the N in "x/N" (63 for PCI 2024, though 30 were printed). */
  rankOf: number | null;
  /** published: printed by the publisher; derived: nobody printed it (said so in words). */
  rankSource: RankSource | null;
  /** How many other units share this rank. */
  tiedWith?: number;
}

export interface HeadlineInput {
  /** 'PCI', 'PAR INDEX', … */
  indexShort: string;
  unitName: string;
  scaleUnit: 'points' | 'percent';
  current: HeadlinePoint;
  /** The previous year on record (not necessarily year − 1); may be missing. */
  previous?: HeadlinePoint | null;
  /** The index's methodology breaks: a change across one is said to be indicative only. */
  breaks?: readonly number[];
  /** What the chart shows: a score trend speaks of the score, a rank chart of the rank; default both. */
  focus?: 'score' | 'rank' | 'both';
  /** Decimals the index prints (DTI 0,8002: 4); default 2. */
  digits?: number;
}

const DIGITS = 2;

// Compare what the reader sees: two values that print the same must not read "tăng 0,01 điểm".
const rounded = (v: number, digits = DIGITS): number => roundHalfUp(v, digits);

function has(v: number | null | undefined): v is number {
  return v != null && Number.isFinite(v);
}

function formatValue(v: number, scaleUnit: HeadlineInput['scaleUnit'], digits = DIGITS): string {
  return scaleUnit === 'percent' ? `${formatNumber(v, digits)}%` : `${formatNumber(v, digits)} điểm`;
}

const asRankPoint = (p: HeadlinePoint): RankPoint => ({ year: p.year, value: p.value, rank: p.rank, rankOf: p.rankOf, rankSource: p.rankSource });

/**
 * The comparison clause ("tăng 8 bậc so với 2014"), or null when there is nothing to compare.
 * Rank moves only between two published ranks (that is what the press reports); else the score change.
 * The year named is the previous year on record, so a gap reads "so với 2012", never "năm trước";
 * across a methodology break the clause says so.
 */
export function describeChange(
  current: HeadlinePoint,
  previous: HeadlinePoint | null | undefined,
  scaleUnit: HeadlineInput['scaleUnit'],
  breaks: readonly number[] = [],
  digits = DIGITS
): string | null {
  if (!previous || previous.year >= current.year) return null;
  const crossed = breaks.filter((b) => b > previous.year && b <= current.year);
  const caveat = crossed.length ? ` (đổi phương pháp năm ${crossed.join(', ')}: so sánh chỉ để tham khảo)` : '';
  const since = `so với ${previous.year}${caveat}`;
  const bothPublished = current.rankSource === 'published' && previous.rankSource === 'published';
  if (bothPublished && has(current.rank) && has(previous.rank)) {
    // A smaller rank is better: 45 → 35 is a rise of 10 places.
    const d = previous.rank - current.rank;
    if (d === 0) return `giữ nguyên thứ hạng ${since}`;
    return d > 0 ? `tăng ${d} bậc ${since}` : `giảm ${-d} bậc ${since}`;
  }
  if (has(current.value) && has(previous.value)) {
    const d = rounded(rounded(current.value, digits) - rounded(previous.value, digits), digits);
    if (d === 0) return `giữ nguyên điểm số ${since}`;
    // A change of a percentage is in percentage points ("điểm phần trăm"), not in %.
    const unit = scaleUnit === 'percent' ? 'điểm phần trăm' : 'điểm';
    return `${d > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(d), digits)} ${unit} ${since}`;
  }
  return null;
}

export function writeHeadline(input: HeadlineInput): string {
  const focus = input.focus ?? 'both';
  // A score chart's sentence leaves the rank out, a rank chart's the score: two slides, two sentences.
  const current = focus === 'score' ? { ...input.current, rank: null, rankSource: null } : focus === 'rank' ? { ...input.current, value: null } : input.current;
  const previous = input.previous && (focus === 'score' ? { ...input.previous, rank: null, rankSource: null } : focus === 'rank' ? { ...input.previous, value: null } : input.previous);
  const lead = `${input.indexShort} ${current.year}: ${input.unitName}`;
  const rank = rankPhrase(asRankPoint(current), (current.tiedWith ?? 0) > 0);
  if (focus === 'rank' && rank == null) return `${lead} chưa có thứ hạng công bố`;

  // Nothing published this year: say so, and compare nothing (a gap is never a 0 score).
  if (!has(current.value) && rank == null) return `${lead} chưa có điểm công bố`;

  const parts: string[] = [];
  if (has(current.value)) {
    parts.push(`đạt ${formatValue(current.value, input.scaleUnit, input.digits)}`);
    if (focus === 'both') parts.push(rank ?? 'chưa công bố thứ hạng');
  } else {
    // Rank published without a score (press quotes "xếp thứ 56/63" alone); a rank chart needs no score.
    parts.push(focus === 'rank' ? rank! : `${rank} (chưa có điểm công bố)`);
  }
  const change = describeChange(current, previous, input.scaleUnit, input.breaks, input.digits);
  if (change) parts.push(change);
  return `${lead} ${parts.join(', ')}`;
}
