// Editing a saved target: its number (the monthly minimum, the total, the percentage, the amount per unit)
// and its window (from, to). Pure: the input as typed (vi-VN numbers, "2025-03" months) → the new target or
// a Vietnamese error naming the field. The server writes it and audits before and after.
import { parseNumber } from '../import/parseNumber';
import { compareMonths, monthKey, parseMonthKey } from './periods';
import type { Target, YearMonth } from './types';

export interface TargetEditInput {
  /** The target's number as typed ("2", "1,5", "90"); '' or absent keeps it. */
  value?: string;
  /** "YYYY-MM"; absent keeps it. */
  from?: string;
  to?: string;
}

export interface EditableTarget {
  target: Target;
  window: { from: YearMonth; to: YearMonth };
}

export type TargetEditResult = ({ ok: true } & EditableTarget) | { ok: false; field: 'value' | 'from' | 'to'; error: string };

/** What the number of a target is called, or null when it has none to edit (a window, ongoing work, text). */
export function editableNumber(t: Target): { label: string; value: number; max: number; integer: boolean } | null {
  switch (t.kind) {
    case 'rate':
      return { label: `Tối thiểu (${t.unitWord}/${{ week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm' }[t.per]})`, value: t.min, max: 10_000, integer: false };
    case 'total':
      return { label: `Tổng (${t.unitWord})`, value: t.amount, max: 1_000_000, integer: false };
    case 'percent':
      return { label: `Tỉ lệ (%) ${t.of}`, value: t.percent, max: 100, integer: false };
    case 'quota':
      return { label: `Mỗi ${t.per} (${t.what})`, value: t.amount, max: 100_000, integer: false };
    default:
      return null;
  }
}

function withNumber(t: Target, v: number): Target {
  switch (t.kind) {
    case 'rate':
      // A range keeps its width above the new minimum ("2–3 bài" → "4–5 bài"); no upper bound stays none.
      return { ...t, min: v, max: t.max == null ? null : Math.max(v, t.max + (v - t.min)) };
    case 'total':
      return { ...t, amount: v };
    case 'percent':
      return { ...t, percent: v };
    case 'quota':
      return { ...t, amount: v };
    default:
      return t;
  }
}

export function applyTargetEdit(current: EditableTarget, input: TargetEditInput): TargetEditResult {
  let target = current.target;
  const raw = (input.value ?? '').trim();
  if (raw !== '') {
    const num = editableNumber(target);
    if (!num) return { ok: false, field: 'value', error: 'Mục tiêu này không có con số để sửa (chỉ sửa được thời gian).' };
    if (raw.length > 20) return { ok: false, field: 'value', error: 'Con số quá dài.' };
    const parsed = parseNumber(raw, 'comma');
    if (!parsed.ok || parsed.value == null) return { ok: false, field: 'value', error: `“${raw}” không phải là một con số.` };
    const v = parsed.value;
    if (v < 0) return { ok: false, field: 'value', error: 'Mục tiêu không thể là số âm.' };
    if (v === 0) return { ok: false, field: 'value', error: 'Mục tiêu bằng 0 thì không còn là mục tiêu; muốn bỏ, hãy nhập lại kế hoạch.' };
    if (v > num.max) return { ok: false, field: 'value', error: `${num.label} không thể lớn hơn ${num.max.toLocaleString('vi-VN')}.` };
    target = withNumber(target, v);
  }
  const month = (field: 'from' | 'to', s: string | undefined, keep: YearMonth): YearMonth | string => {
    if (s == null || s.trim() === '') return keep;
    const ym = parseMonthKey(s.trim());
    if (!ym) return `Tháng “${s}” không đúng dạng năm-tháng (ví dụ 2025-03).`;
    if (ym.year < 2000 || ym.year > 2100) return `Năm ${ym.year} nằm ngoài khoảng 2000–2100.`;
    return ym;
  };
  const from = month('from', input.from, current.window.from);
  if (typeof from === 'string') return { ok: false, field: 'from', error: from };
  const to = month('to', input.to, current.window.to);
  if (typeof to === 'string') return { ok: false, field: 'to', error: to };
  if (compareMonths(to, from) < 0) return { ok: false, field: 'to', error: `Tháng kết thúc (${monthKey(to)}) trước tháng bắt đầu (${monthKey(from)}).` };
  // A window target's own dates are its window.
  if (target.kind === 'window') target = { ...target, from, to };
  return { ok: true, target, window: { from, to } };
}
