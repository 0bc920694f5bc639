// Targets and progress in Vietnamese words, with vi-VN numbers: "03–04 số/tháng", "20/48 số; cần 24
// đến hết tháng 6/2024".
import { formatNumber } from '../text/vietnamese';
import { monthLabel, windowLabel, type MonthWindow } from './periods';
import type { Progress } from './targetStatus';
import type { Target } from './types';

const PER: Record<string, string> = { week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm' };
const n = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
const two = (v: number) => (Number.isInteger(v) && v < 10 ? `0${v}` : n(v));

/** The target as a short phrase. */
export function describeTarget(t: Target): string {
  switch (t.kind) {
    case 'rate': {
      const amount = t.max == null ? `tối thiểu ${two(t.min)}` : t.min === 0 ? `tối đa ${two(t.max)}` : t.max === t.min ? two(t.min) : `${two(t.min)}–${two(t.max)}`;
      const each = t.each ? ` mỗi ${t.each}` : '';
      return `${t.total != null ? `${n(t.total)} ${t.unitWord} (` : ''}${amount} ${t.unitWord}/${PER[t.per]}${t.total != null ? ')' : ''}${each}`;
    }
    case 'total':
      return `${n(t.amount)} ${t.unitWord}${t.periodYear ? ` năm ${t.periodYear}` : ''}`;
    case 'percent':
      return `${n(t.percent)}% ${t.of}`;
    case 'quota':
      return `${two(t.amount)} ${t.what} mỗi ${t.per}`;
    case 'window':
      return t.openEnd ? `từ ${monthLabel(t.from)}` : `trong ${windowLabel({ from: t.from, to: t.to })}`;
    case 'continuous':
      return t.year ? `thường xuyên trong năm ${t.year}` : 'thường xuyên';
    default:
      return t.text;
  }
}

/** The counted word for a target: "số", "lần", "%", "người", "quý có báo cáo". */
export function unitWordOf(t: Target): string {
  switch (t.kind) {
    case 'rate':
    case 'total':
      return t.unitWord;
    case 'percent':
      return '%';
    case 'quota':
      return t.what;
    case 'window':
      return 'lần';
    default:
      return 'quý có báo cáo';
  }
}

/** "20/48 số" (or "85% / 100%", "2/4 quý có báo cáo"). Null when nothing is counted. */
export function actualText(t: Target, p: Progress): string | null {
  if (t.kind === 'unquantified') return p.reports ? `${p.reports} báo cáo` : null;
  if (p.full == null) return null;
  const word = unitWordOf(t);
  const actual = p.actual ?? 0;
  if (t.kind === 'percent') return `${p.actual == null ? '—' : n(actual)}% / ${n(p.full)}%`;
  return `${n(actual)}/${n(p.full)} ${word}`;
}

/** "cần 24 đến hết tháng 6/2024", or why nothing is due yet. */
export function expectedText(t: Target, p: Progress, window: MonthWindow): string {
  if (!p.started) return `bắt đầu từ tháng ${monthLabel(window.from)}`;
  if (t.kind === 'unquantified') return 'không định lượng';
  if (p.expected == null) return '';
  if (t.kind === 'window') return p.ended ? `hạn đã qua (hết tháng ${monthLabel(window.to)})` : `hạn: hết tháng ${monthLabel(window.to)}`;
  const last = p.monthsDone === 0 ? null : addMonthsLabel(window, p.monthsDone);
  if (!last) return 'chưa hết tháng đầu tiên';
  const word = t.kind === 'percent' ? '%' : ` ${unitWordOf(t)}`;
  return `cần ${n(p.expected)}${word} đến hết tháng ${last}`;
}

function addMonthsLabel(w: MonthWindow, done: number): string {
  const i = w.from.year * 12 + (w.from.month - 1) + done - 1;
  return monthLabel({ year: Math.floor(i / 12), month: (i % 12) + 1 });
}

/** Whether the target's own words already say when (then the window need not be repeated). */
export function saysWhen(t: Target): boolean {
  return t.kind === 'window' || (t.kind === 'continuous' && t.year != null);
}
