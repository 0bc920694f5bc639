// One reported figure, checked the same way whether it comes from the form or a CSV row.
// Messages are Vietnamese and say which field; the CSV reader prefixes them with the row and column.
import { dayKey, monthIndex, parsePeriod, periodLabel, windowLabel, type Day, type MonthWindow } from './periods';
import type { TargetKind } from './types';

/** What the checker needs to know about a target. */
export interface ReportTarget {
  id: number;
  kind: TargetKind;
  window: MonthWindow;
  /** Units that may report on it for this user: the user's units bound to it (directly or as a group member). */
  reportableUnits: string[];
  /** Every unit bound to it (to tell "not yours" from "not this target's"). */
  boundUnits: string[];
}

export type ReportField = 'target' | 'unit' | 'period' | 'value' | 'note' | 'evidence';

export interface ReportProblem {
  field: ReportField;
  message: string;
  /** A unit the user may not report for: the form answers 403. */
  forbidden?: boolean;
}

export interface RawReport {
  targetId: number | null;
  unitCode: string;
  period: string;
  /** Already a number (the CSV reader parses decimal commas per column); null = empty. */
  value: number | null;
  note: string;
  evidence: string;
}

export interface ReportDraft {
  targetId: number;
  unitCode: string;
  period: string;
  periodFrom: string;
  periodTo: string;
  value: number | null;
  note: string;
  evidenceUrl: string | null;
}

export const MAX_NOTE = 2000;
export const MAX_URL = 500;
const COUNTED: readonly TargetKind[] = ['rate', 'total', 'quota', 'window'];

const vn = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const num = (v: number) => vn.format(v);
const vnDate = (d: Day) => dayKey(d).split('-').reverse().join('/');

export function checkReport(
  raw: RawReport,
  ctx: { target: ReportTarget | undefined; unitName: (code: string) => string; today: Day }
): { ok: true; report: ReportDraft } | { ok: false; problems: ReportProblem[] } {
  const problems: ReportProblem[] = [];
  const add = (field: ReportField, message: string, forbidden = false) => problems.push({ field, message, ...(forbidden ? { forbidden } : {}) });
  const t = ctx.target;
  if (!t) {
    add('target', raw.targetId == null ? 'Thiếu mã mục tiêu.' : `Không có mục tiêu mã ${raw.targetId}.`);
    return { ok: false, problems };
  }
  const unit = (raw.unitCode ?? '').trim();
  if (!unit) add('unit', 'Thiếu đơn vị báo cáo.');
  else if (!t.reportableUnits.includes(unit)) {
    if (t.boundUnits.includes(unit) || t.reportableUnits.length === 0)
      add('unit', `Tài khoản này không được báo cáo cho đơn vị “${ctx.unitName(unit)}”.`, true);
    else add('unit', `Đơn vị “${ctx.unitName(unit)}” không thực hiện mục tiêu này.`);
  }

  const period = parsePeriod(raw.period ?? '');
  if (!(raw.period ?? '').trim()) add('period', 'Thiếu kỳ báo cáo.');
  else if (!period) add('period', `“${raw.period}” không phải là kỳ báo cáo: ghi tháng (05/2024) hoặc quý (Quý II/2024).`);
  else {
    const todayMonth = { year: ctx.today.year, month: ctx.today.month };
    if (monthIndex(period.from) > monthIndex(todayMonth)) add('period', `${periodLabel(period.key)} chưa bắt đầu (hôm nay là ${vnDate(ctx.today)}).`);
    else if (monthIndex(period.to) < monthIndex(t.window.from) || monthIndex(period.from) > monthIndex(t.window.to))
      add('period', `${periodLabel(period.key)} nằm ngoài thời hạn của mục tiêu (${windowLabel(t.window)}).`);
  }

  const v = raw.value;
  if (v == null) {
    if (t.kind !== 'continuous' && t.kind !== 'unquantified') add('value', 'Thiếu giá trị thực hiện.');
    else if (!raw.note.trim()) add('note', 'Công việc thường xuyên, không định lượng: hãy ghi nội dung đã thực hiện.');
  } else if (!Number.isFinite(v)) add('value', 'Giá trị không phải là số.');
  else if (v < 0) add('value', `Giá trị không được âm (${num(v)}).`);
  else if (t.kind === 'percent' && v > 100) add('value', `Tỷ lệ không quá 100% (ghi ${num(v)}%).`);
  else if (COUNTED.includes(t.kind) && !Number.isInteger(v)) add('value', `Số lượng phải là số nguyên (ghi ${num(v)}).`);
  else if (v > 1_000_000) add('value', 'Giá trị quá lớn.');

  const note = (raw.note ?? '').normalize('NFC').trim();
  if (note.length > MAX_NOTE) add('note', `Ghi chú dài quá ${MAX_NOTE} ký tự.`);
  const evidence = (raw.evidence ?? '').trim();
  if (evidence) {
    let ok = false;
    try {
      const u = new URL(evidence);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
    } catch {
      ok = false;
    }
    if (!ok) add('evidence', 'Đường dẫn minh chứng phải là địa chỉ web bắt đầu bằng http:// hoặc https://.');
    else if (evidence.length > MAX_URL) add('evidence', `Đường dẫn minh chứng dài quá ${MAX_URL} ký tự.`);
  }

  if (problems.length || !period) return { ok: false, problems };
  const mk = (m: { year: number; month: number }) => `${m.year}-${String(m.month).padStart(2, '0')}`;
  return {
    ok: true,
    report: { targetId: t.id, unitCode: unit, period: period.key, periodFrom: mk(period.from), periodTo: mk(period.to), value: v, note, evidenceUrl: evidence || null }
  };
}
