// One-line Vietnamese headline for a presentation slide:
// "PCI 2015: Hà Tĩnh đạt 57,20 điểm, xếp thứ 45/63, giảm 10 bậc so với 2014".
// Pure: numbers are formatted by the shared vi-VN helpers so the slide matches the tables.

import { formatNumber } from '../text/vietnamese';

export interface HeadlinePoint {
  year: number;
  /** null = not published; never shown as 0. */
  value: number | null;
  rank: number | null;
  /** Number of units with a published rank that year: the N in "x/N". */
  rankOf: number | null;
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
  /**
   * How many units the index rates that year (63 provinces). When `current.rankOf` is smaller,
   * only the top N were ranked (PCI from 2023: top 30), and the sentence says so.
   */
  unitsTotal?: number | null;
  /** Noun for the rated units in "x/N tỉnh được công bố"; DDCI rates "đơn vị". */
  unitNoun?: string;
}

const DIGITS = 2;

// Compare what the reader sees: two values that print the same must not read "tăng 0,01 điểm".
function rounded(v: number): number {
  return Math.round(v * 10 ** DIGITS) / 10 ** DIGITS;
}

function has(v: number | null | undefined): v is number {
  return v != null && Number.isFinite(v);
}

function formatValue(v: number, scaleUnit: HeadlineInput['scaleUnit']): string {
  return scaleUnit === 'percent' ? `${formatNumber(v, DIGITS)}%` : `${formatNumber(v, DIGITS)} điểm`;
}

function rankClause(input: HeadlineInput): string | null {
  const { rank, rankOf, tiedWith } = input.current;
  if (!has(rank)) return null;
  const verb = tiedWith && tiedWith > 0 ? 'đồng hạng' : 'xếp thứ';
  if (!has(rankOf)) return `${verb} ${rank}`;
  // A partly published ranking: "30/30" alone would read as last place of all provinces.
  const partial = has(input.unitsTotal) && rankOf < input.unitsTotal;
  return partial ? `${verb} ${rank}/${rankOf} ${input.unitNoun ?? 'tỉnh'} được công bố` : `${verb} ${rank}/${rankOf}`;
}

/**
 * The comparison clause ("tăng 8 bậc so với 2014"), or null when there is nothing to compare.
 * Rank moves are preferred (that is what the press reports); without both ranks, the score change.
 * The year named is the previous year on record, so a gap reads "so với 2012", never "năm trước".
 */
export function describeChange(
  current: HeadlinePoint,
  previous: HeadlinePoint | null | undefined,
  scaleUnit: HeadlineInput['scaleUnit']
): string | null {
  if (!previous || previous.year >= current.year) return null;
  const since = `so với ${previous.year}`;
  if (has(current.rank) && has(previous.rank)) {
    // A smaller rank is better: 45 → 35 is a rise of 10 places.
    const d = previous.rank - current.rank;
    if (d === 0) return `giữ nguyên thứ hạng ${since}`;
    return d > 0 ? `tăng ${d} bậc ${since}` : `giảm ${-d} bậc ${since}`;
  }
  if (has(current.value) && has(previous.value)) {
    const d = rounded(rounded(current.value) - rounded(previous.value));
    if (d === 0) return `giữ nguyên điểm số ${since}`;
    // A change of a percentage is in percentage points ("điểm phần trăm"), not in %.
    const unit = scaleUnit === 'percent' ? 'điểm phần trăm' : 'điểm';
    return `${d > 0 ? 'tăng' : 'giảm'} ${formatNumber(Math.abs(d), DIGITS)} ${unit} ${since}`;
  }
  return null;
}

export function writeHeadline(input: HeadlineInput): string {
  const { current } = input;
  const lead = `${input.indexShort} ${current.year}: ${input.unitName}`;
  const rank = rankClause(input);

  // Nothing published this year: say so, and compare nothing (a gap is never a 0 score).
  if (!has(current.value) && rank == null) return `${lead} chưa có điểm công bố`;

  const parts: string[] = [];
  if (has(current.value)) {
    parts.push(`đạt ${formatValue(current.value, input.scaleUnit)}`);
    parts.push(rank ?? 'chưa công bố thứ hạng');
  } else {
    // Rank published without a score (press quotes "xếp thứ 56/63" alone).
    parts.push(`${rank} (chưa có điểm công bố)`);
  }
  const change = describeChange(current, input.previous, input.scaleUnit);
  if (change) parts.push(change);
  return `${lead} ${parts.join(', ')}`;
}
