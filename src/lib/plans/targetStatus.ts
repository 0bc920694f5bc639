// Where a unit stands on one target: a pure function of (target, its window, the unit's reports, a day).
//
// - Expected-to-date is pro rata over the window's *completed* months: on 15/07 a unit is held to
//   January–June, not to half of July it has not had the chance to report yet. A month is completed
//   on its last day: on 31/01 January is due, on 31/12 the whole year, on 31/03 the first quarter.
//   Counts are whole items (floor): "Tối thiểu 01 lần/năm" is not half-due in June.
// - Reports count by the period they report, whatever day they were filed: "as of 30/06/2024" asked in
//   2026 counts the reports for January–June 2024 filed late. Reports for periods not begun by the day
//   do not count. A later report for the same period replaces the earlier one (a correction).
// - Nothing reported when something was due is late (chậm), not "not reported"; after the window,
//   anything short of the target — nothing reported included — is quá hạn.
import type { Target } from './types';
import {
  addMonths,
  compareMonths,
  monthCount,
  monthIndex,
  monthKey,
  monthsIn,
  periodFromKey,
  type Day,
  type MonthWindow,
  type ReportPeriod
} from './periods';
import type { YearMonth } from './types';

export type TargetStatus = 'qua_han' | 'dat' | 'dung_tien_do' | 'cham' | 'chua_bao_cao' | 'chua_den_ky' | 'khong_do_duoc';

export const STATUS_LABEL: Record<TargetStatus, string> = {
  qua_han: 'quá hạn',
  dat: 'đạt',
  dung_tien_do: 'đúng tiến độ',
  cham: 'chậm',
  chua_bao_cao: 'chưa báo cáo',
  chua_den_ky: 'chưa đến kỳ',
  khong_do_duoc: 'không định lượng'
};

/** Worst first: what a leader must look at before anything else. */
export const STATUS_ORDER: readonly TargetStatus[] = ['qua_han', 'cham', 'chua_bao_cao', 'dung_tien_do', 'dat', 'khong_do_duoc', 'chua_den_ky'];

/** Statuses a leader must act on. */
export const BEHIND: readonly TargetStatus[] = ['qua_han', 'cham'];

/** The last month completed on a day: the day's own month on its last day, else the month before. */
export function lastCompletedMonth(day: Day): YearMonth {
  const lastDay = new Date(Date.UTC(day.year, day.month, 0)).getUTCDate();
  return day.day >= lastDay ? { year: day.year, month: day.month } : addMonths({ year: day.year, month: day.month }, -1);
}

export interface ReportPoint {
  /** "2024-05" or "2024-Q2". */
  period: string;
  value: number | null;
  /** ISO timestamp the report was filed; reports filed after today are not counted. */
  at?: string;
}

export interface Progress {
  status: TargetStatus;
  /** False for continuous and unquantified work: nothing to count against. */
  measurable: boolean;
  /** Done over the whole window (48 số, 100 %, 1 cuộc thi); for continuous work, the quarters to report. */
  full: number | null;
  /** Due by the end of the last completed month. */
  expected: number | null;
  /** Done so far: a sum, the latest percentage, or (continuous work) quarters reported. */
  actual: number | null;
  /** Reports counted (one per period, corrections replace). */
  reports: number;
  lastPeriod: string | null;
  monthsDone: number;
  monthsTotal: number;
  started: boolean;
  ended: boolean;
}

const MONTHS_PER: Record<string, number> = { month: 1, quarter: 3, year: 12 };

/** Reports of this window for periods begun by the day, one per period (the last filed wins), whenever filed. */
export function countedReports(window: MonthWindow, reports: readonly ReportPoint[], today: Day): { period: ReportPeriod; value: number | null }[] {
  const todayMonth = { year: today.year, month: today.month };
  const byPeriod = new Map<string, { period: ReportPeriod; value: number | null }>();
  const ordered = [...reports].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  for (const r of ordered) {
    const p = periodFromKey(r.period);
    if (!p) continue;
    if (compareMonths(p.from, todayMonth) > 0) continue; // a period that has not begun
    if (monthIndex(p.to) < monthIndex(window.from) || monthIndex(p.from) > monthIndex(window.to)) continue;
    byPeriod.set(p.key, { period: p, value: r.value });
  }
  return [...byPeriod.values()].sort((a, b) => compareMonths(a.period.to, b.period.to) || a.period.key.localeCompare(b.period.key));
}

/** Whole periods of `per` in the window ("01 lần/quý" over Q2–Q3 = 2). */
function periodsIn(months: number, per: string): number {
  if (per === 'week') return Math.round((months * 52) / 12);
  return Math.max(1, Math.ceil(months / (MONTHS_PER[per] ?? 1) - 1e-9));
}

/** Quarters of the window, or those whose last month is completed by `done`. */
function quartersIn(window: MonthWindow, done?: YearMonth): string[] {
  const keys = new Set<string>();
  for (const m of monthsIn(window)) {
    const q = Math.ceil(m.month / 3);
    const end = { year: m.year, month: q * 3 };
    if (done && compareMonths(end, done) > 0) continue;
    keys.add(`${m.year}-Q${q}`);
  }
  return [...keys];
}

export function targetProgress(target: Target, window: MonthWindow, reports: readonly ReportPoint[], today: Day): Progress {
  const todayMonth = { year: today.year, month: today.month };
  const done = lastCompletedMonth(today);
  const monthsTotal = monthCount(window);
  const started = compareMonths(todayMonth, window.from) >= 0;
  const ended = compareMonths(done, window.to) >= 0;
  const monthsDone = ended ? monthsTotal : Math.max(0, monthIndex(done) - monthIndex(window.from) + 1);
  const counted = countedReports(window, reports, today);
  const base = { monthsDone, monthsTotal, started, ended, reports: counted.length, lastPeriod: counted.at(-1)?.period.key ?? null };
  const values = counted.map((c) => c.value).filter((v): v is number => v != null && Number.isFinite(v));
  const sum = values.reduce((a, b) => a + b, 0);
  const share = monthsTotal > 0 ? monthsDone / monthsTotal : 0;

  let full: number | null = null;
  let expected: number | null = null;
  let actual: number | null = null;
  let measurable = true;

  switch (target.kind) {
    case 'rate':
      if (target.min > 0) {
        full = target.total ?? target.min * periodsIn(monthsTotal, target.per);
        expected = Math.floor(full * share + 1e-9);
        actual = sum;
      } else measurable = false; // a cap ("tối đa …") sets no amount to reach
      break;
    case 'total':
    case 'quota':
      full = target.amount;
      expected = Math.floor(full * share + 1e-9);
      actual = sum;
      break;
    case 'percent': {
      full = target.percent;
      expected = Math.round(full * share * 10) / 10;
      const last = [...counted].reverse().find((c) => c.value != null);
      actual = last?.value ?? null;
      break;
    }
    case 'window':
      full = 1;
      expected = ended ? 1 : 0;
      actual = sum;
      break;
    default:
      measurable = false;
  }

  if (!measurable && target.kind !== 'unquantified') {
    // Continuous work: one report per quarter (the plans' "định kỳ quý … báo cáo").
    const reported = new Set(counted.map((c) => `${c.period.to.year}-Q${Math.ceil(c.period.to.month / 3)}`));
    full = quartersIn(window).length;
    expected = quartersIn(window, ended ? undefined : done).length;
    actual = reported.size;
  }

  const status = ((): TargetStatus => {
    if (!started) return 'chua_den_ky';
    // Unquantified work is never scored, but a window over with no report at all is still overdue.
    if (target.kind === 'unquantified') return counted.length ? 'khong_do_duoc' : ended ? 'qua_han' : 'chua_bao_cao';
    const got = actual ?? 0; // reports without a figure count as nothing done
    if (full != null && full > 0 && got >= full - 1e-9) return 'dat';
    if (ended) return 'qua_han';
    const due = expected ?? 0;
    if (due > 1e-9 && got < due - 1e-9) return 'cham';
    return counted.length === 0 ? 'chua_bao_cao' : 'dung_tien_do';
  })();

  return { status, measurable: measurable && target.kind !== 'unquantified', full, expected, actual, ...base };
}

/** The worst of several statuses (a task over its units, a group over its members). */
export function worstStatus(statuses: Iterable<TargetStatus>): TargetStatus | null {
  let best: number | null = null;
  for (const s of statuses) {
    const i = STATUS_ORDER.indexOf(s);
    if (best == null || i < best) best = i;
  }
  return best == null ? null : STATUS_ORDER[best];
}

// ── The strip of months ─────────────────────────────────────────────────────────────────────────

export type MonthState = 'met' | 'short' | 'missing' | 'reported' | 'current' | 'empty' | 'future' | 'outside';

export const MONTH_STATE_LABEL: Record<MonthState, string> = {
  met: 'đủ',
  short: 'thiếu',
  missing: 'chưa báo cáo',
  reported: 'có báo cáo',
  current: 'tháng hiện tại',
  empty: 'không có báo cáo',
  future: 'chưa đến',
  outside: 'ngoài thời hạn'
};

/** Worst first, for merging strips of several units. */
const MONTH_ORDER: readonly MonthState[] = ['missing', 'short', 'current', 'reported', 'met', 'empty', 'future', 'outside'];

export interface MonthCell {
  month: string;
  state: MonthState;
  /** The figure reported for this month (a quarter's figure sits on each of its months). */
  value: number | null;
}

/**
 * One cell per month of `display`: per-month rates are judged month by month, per-quarter rates quarter by
 * quarter; other targets show only whether something was reported.
 */
export function monthStrip(target: Target, window: MonthWindow, reports: readonly ReportPoint[], today: Day, display: MonthWindow = window): MonthCell[] {
  return unitTargetState(target, window, reports, today, display).strip;
}

/**
 * A unit on a target, the card's status and the strip's months from one computation, so they agree:
 * a target reached shows no missing month; a target late or overdue shows where (its past months
 * without a report, or those reported short).
 */
export function unitTargetState(target: Target, window: MonthWindow, reports: readonly ReportPoint[], today: Day, display: MonthWindow = window): { progress: Progress; strip: MonthCell[] } {
  const progress = targetProgress(target, window, reports, today);
  const raw = rawStrip(target, window, reports, today, display);
  const inWindow = (c: MonthCell) => c.state !== 'outside';
  let strip = raw;
  if (progress.status === 'dat') strip = raw.map((c) => (c.state === 'missing' || c.state === 'short' ? { ...c, state: 'met' } : c));
  else if ((progress.status === 'cham' || progress.status === 'qua_han') && !raw.some((c) => c.state === 'missing' || c.state === 'short')) {
    const done = monthKey(lastCompletedMonth(today));
    strip = raw.map((c) => (inWindow(c) && c.month <= done ? { ...c, state: c.state === 'empty' ? 'missing' : c.state === 'reported' ? 'short' : c.state } : c));
  }
  return { progress, strip };
}

function rawStrip(target: Target, window: MonthWindow, reports: readonly ReportPoint[], today: Day, display: MonthWindow): MonthCell[] {
  const todayMonth = { year: today.year, month: today.month };
  const done = lastCompletedMonth(today);
  const counted = countedReports(window, reports, today);
  const coverOf = (m: YearMonth) => counted.filter((c) => compareMonths(c.period.from, m) <= 0 && compareMonths(m, c.period.to) <= 0);
  const rate = target.kind === 'rate' && target.min > 0 ? target : null;
  return monthsIn(display).map((m): MonthCell => {
    const inWindow = compareMonths(m, window.from) >= 0 && compareMonths(m, window.to) <= 0;
    const cover = coverOf(m);
    const value = cover.length ? cover.reduce((a, c) => a + (c.value ?? 0), 0) : null;
    const cell = (state: MonthState): MonthCell => ({ month: monthKey(m), state, value });
    if (!inWindow) return cell('outside');
    const past = compareMonths(m, done) <= 0;
    const isCurrent = !past && compareMonths(m, todayMonth) === 0;
    if (rate && (rate.per === 'month' || rate.per === 'quarter')) {
      const q = Math.ceil(m.month / 3);
      const quarterEnd = { year: m.year, month: q * 3 };
      if (rate.per === 'month') {
        if (cover.length) {
          const quarterly = cover.some((c) => c.period.kind === 'quarter');
          return cell((value ?? 0) >= rate.min * (quarterly ? 3 : 1) ? 'met' : 'short');
        }
        return cell(past ? 'missing' : isCurrent ? 'current' : 'future');
      }
      const inQuarter = counted.filter((c) => c.period.to.year === m.year && Math.ceil(c.period.to.month / 3) === q);
      const qSum = inQuarter.reduce((a, c) => a + (c.value ?? 0), 0);
      if (inQuarter.length) return cell(qSum >= rate.min ? 'met' : compareMonths(quarterEnd, done) <= 0 ? 'short' : 'reported');
      return cell(compareMonths(quarterEnd, done) <= 0 ? 'missing' : past ? 'empty' : isCurrent ? 'current' : 'future');
    }
    if (target.kind === 'window') {
      if (cover.length) return cell((value ?? 0) >= 1 ? 'met' : 'reported');
      return cell(past ? 'empty' : isCurrent ? 'current' : 'future');
    }
    if (cover.length) return cell('reported');
    return cell(past ? 'empty' : isCurrent ? 'current' : 'future');
  });
}

/** Several units' strips of the same months → one, each month showing the worst state. */
export function mergeStrips(strips: readonly MonthCell[][]): MonthCell[] {
  if (strips.length === 0) return [];
  return strips[0].map((c, i) => {
    let worst = c;
    for (const s of strips) {
      const o = s[i];
      if (o && MONTH_ORDER.indexOf(o.state) < MONTH_ORDER.indexOf(worst.state)) worst = o;
    }
    return { month: c.month, state: worst.state, value: null };
  });
}
