// The simulator's target and comparison year in the URL: ?muc-tieu=top-30 | hang-20 | diem-60,5 and ?so-voi=2016.
import type { GainTarget } from './targetGain';

export const TARGET_PARAM = 'muc-tieu';
/** The year whose published totals of the other provinces are to be reached (default: the page's year). */
export const AGAINST_PARAM = 'so-voi';

export type ParsedTarget = { status: 'ok'; target: GainTarget } | { status: 'missing' } | { status: 'invalid'; reason: string };

export function parseTargetParam(raw: string | null): ParsedTarget {
  const s = raw?.trim().toLowerCase();
  if (!s) return { status: 'missing' };
  const rank = /^(top|hang)-(\d{1,3})$/.exec(s);
  if (rank) {
    const n = Number(rank[2]);
    if (n >= 1) return { status: 'ok', target: { kind: 'rank', n, words: rank[1] as 'top' | 'hang' } };
  }
  const score = /^diem-(\d{1,3}(?:[.,]\d{1,4})?)$/.exec(s);
  if (score) return { status: 'ok', target: { kind: 'score', value: Number(score[1].replace(',', '.')) } };
  return { status: 'invalid', reason: `Không hiểu mục tiêu "${raw!.slice(0, 40)}": dùng top-30, hang-20 hoặc diem-60,5` };
}

export function targetParam(t: GainTarget): string {
  return t.kind === 'rank' ? `${t.words}-${t.n}` : `diem-${String(t.value).replace('.', ',')}`;
}

/**
 * Without a target in the URL: the next usual step above the unit's rank (top 30, top 10, then first);
 * none for the unit ranked first. Without a published rank, top 30 (the simulator then says why it cannot).
 */
export function defaultTarget(rank: number | null): GainTarget | null {
  if (rank === 1) return null;
  if (rank == null || rank > 30) return { kind: 'rank', n: 30, words: 'top' };
  if (rank > 10) return { kind: 'rank', n: 10, words: 'top' };
  return { kind: 'rank', n: 1, words: 'hang' };
}
