// Months and reporting periods. A plan's calendar is counted in months ("2024-05"); a unit reports per
// month or per quarter ("2024-Q2"). Everything here is pure and compares strings of fixed width.
import type { YearMonth } from './types';
import { fold } from '../text/vietnamese';

/** "2024-05". */
export type MonthKey = string;

export interface MonthWindow {
  from: YearMonth;
  to: YearMonth;
}

export interface ReportPeriod {
  kind: 'month' | 'quarter';
  /** "2024-05" or "2024-Q2": the stored form. */
  key: string;
  from: YearMonth;
  to: YearMonth;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const monthKey = (ym: YearMonth): MonthKey => `${ym.year}-${pad(ym.month)}`;

export function parseMonthKey(key: string): YearMonth | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key ?? '');
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/** Months since year 0: makes month arithmetic plain integer arithmetic. */
export const monthIndex = (ym: YearMonth): number => ym.year * 12 + (ym.month - 1);
export const fromMonthIndex = (i: number): YearMonth => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });
export const compareMonths = (a: YearMonth, b: YearMonth): number => monthIndex(a) - monthIndex(b);
export const addMonths = (ym: YearMonth, n: number): YearMonth => fromMonthIndex(monthIndex(ym) + n);

/** Months of a window, both ends included. */
export function monthsIn(w: MonthWindow): YearMonth[] {
  const out: YearMonth[] = [];
  for (let i = monthIndex(w.from); i <= monthIndex(w.to); i++) out.push(fromMonthIndex(i));
  return out;
}

export const monthCount = (w: MonthWindow): number => Math.max(0, monthIndex(w.to) - monthIndex(w.from) + 1);

export const overlaps = (a: MonthWindow, b: MonthWindow): boolean => monthIndex(a.from) <= monthIndex(b.to) && monthIndex(b.from) <= monthIndex(a.to);

export const within = (inner: MonthWindow, outer: MonthWindow): boolean =>
  monthIndex(inner.from) >= monthIndex(outer.from) && monthIndex(inner.to) <= monthIndex(outer.to);

/** A calendar date "2024-07-15" (or a Date) → its month and day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function parseDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return check.getUTCFullYear() === d.year && check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day ? d : null;
}

export const dayKey = (d: Day): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Today in Việt Nam (UTC+7): a report filed at 23:30 on the 31st belongs to that month. */
export function vietnamDay(now: Date): Day {
  const t = new Date(now.getTime() + 7 * 3600_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const ROMAN_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function quarterPeriod(year: number, q: number): ReportPeriod {
  return { kind: 'quarter', key: `${year}-Q${q}`, from: { year, month: 3 * q - 2 }, to: { year, month: 3 * q } };
}

export function monthPeriod(year: number, month: number): ReportPeriod {
  const ym = { year, month };
  return { kind: 'month', key: monthKey(ym), from: ym, to: ym };
}

const okYear = (y: number) => y >= 1990 && y <= 2100;

/**
 * A reporting period as people type it: "2024-05", "05/2024", "5/2024", "T5/2024", "Tháng 5/2024",
 * "tháng 05 năm 2024", "2024-Q2", "Q2/2024", "Quý II/2024", "quý 2 năm 2024". Null when it is neither.
 */
export function parsePeriod(raw: string): ReportPeriod | null {
  if (typeof raw !== 'string' || raw.length > 60) return null;
  const s = fold(raw).replace(/\s*([/-])\s*/g, '$1').replace(/\.$/, '');
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]));
  // A date typed or converted by Excel (vi-VN day first, or ISO): its month.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return m[3].length === 4 ? month(Number(m[3]), Number(m[2])) : month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-q([1-4])$/.exec(s);
  if (m) return quarter(Number(m[1]), Number(m[2]));
  m = /^(?:thang |t)?(\d{1,2})(?:\/|-| nam )(\d{4})$/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^(?:quy |q)(i{1,3}|iv|[1-4])(?:\/|-| nam )(\d{4})$/.exec(s);
  if (m) return quarter(Number(m[2]), ROMAN_VALUE[m[1]] ?? Number(m[1]));
  return null;

  function month(y: number, mo: number) {
    return okYear(y) && mo >= 1 && mo <= 12 ? monthPeriod(y, mo) : null;
  }
  function quarter(y: number, q: number) {
    return okYear(y) && q >= 1 && q <= 4 ? quarterPeriod(y, q) : null;
  }
}

/** The stored key back to a period; null for anything else. */
export function periodFromKey(key: string): ReportPeriod | null {
  const p = parsePeriod(key);
  return p && p.key === key ? p : null;
}

/** "Tháng 5/2024", "Quý II/2024". */
export function periodLabel(key: string): string {
  const p = periodFromKey(key);
  if (!p) return key;
  return p.kind === 'month' ? `Tháng ${p.from.month}/${p.from.year}` : `Quý ${ROMAN[(p.to.month / 3) - 1]}/${p.from.year}`;
}

/** "5/2024". */
export const monthLabel = (ym: YearMonth): string => `${ym.month}/${ym.year}`;

/** "1/2024–12/2024", or one month. */
export function windowLabel(w: MonthWindow): string {
  return monthIndex(w.from) === monthIndex(w.to) ? `tháng ${monthLabel(w.from)}` : `${monthLabel(w.from)}–${monthLabel(w.to)}`;
}
