// The demo data set: invented actuals, for showing the views before any unit has reported.
// It is OFF unless the server runs with CHISO_DEMO_REPORTS=1, never written to the store, never mixed
// with real reports (the views show either these or the store's), and every page says so.
import type { PlanData, ReportRow } from './planData';
import { monthKey, monthsIn, compareMonths, type Day } from './periods';
import { reportingUnits } from './progress';

export const DEMO_DATASET = Object.freeze({
  id: 'bao-cao-minh-hoa',
  label: 'Dữ liệu minh hoạ (CHISO_DEMO_REPORTS=1): số liệu thực hiện tự tạo để xem thử giao diện, không phải kết quả thật của đơn vị nào.'
});

/** FNV-1a: the same plan gives the same demo every time. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A unit's habit: reports everything, falls behind, or never reports. */
type Habit = 'steady' | 'behind' | 'silent';
const habitOf = (seed: string): Habit => (['steady', 'steady', 'steady', 'behind', 'behind', 'silent'] as const)[hash(seed) % 6];

/** Filed on the 3rd of the month after the period. */
function filedAt(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = period.includes('Q') ? Number(period.slice(-1)) * 3 : Number(period.slice(5, 7));
  return new Date(Date.UTC(y, m, 3, 2)).toISOString();
}

export function demoReports(data: Omit<PlanData, 'reports' | 'demo'>, today: Day): ReportRow[] {
  const out: ReportRow[] = [];
  let id = 1;
  const todayMonth = { year: today.year, month: today.month };
  const add = (targetId: number, unitCode: string, period: string, value: number | null, note: string) =>
    out.push({ id: id++, batchId: null, targetId, unitCode, period, value, note, evidenceUrl: null, userId: null, at: filedAt(period) });
  for (const target of data.targets) {
    for (const { code } of reportingUnits(target, data.units)) {
      const seed = `${target.id}|${code}`;
      const habit = habitOf(seed);
      if (habit === 'silent') continue;
      const months = monthsIn(target.window).filter((m) => compareMonths(m, todayMonth) < 0);
      const t = target.target;
      const note = 'Minh hoạ';
      if (t.kind === 'rate' && t.min > 0 && t.per === 'month') {
        months.forEach((m, i) => {
          const skip = habit === 'behind' && (hash(`${seed}|${i}`) % 3 === 0);
          if (!skip) add(target.id, code, monthKey(m), habit === 'behind' ? Math.max(0, t.min - 1) : (t.max ?? t.min), note);
        });
      } else if (t.kind === 'rate' && t.min > 0) {
        const quarters = [...new Set(months.filter((m) => m.month % 3 === 0).map((m) => `${m.year}-Q${m.month / 3}`))];
        quarters.forEach((q, i) => {
          if (habit === 'behind' && i % 2 === 1) return;
          add(target.id, code, q, t.per === 'quarter' ? t.min : Math.ceil(t.min / (t.per === 'year' ? 4 : 1)), note);
        });
      } else if (t.kind === 'window') {
        const last = months.at(-1);
        if (last && habit === 'steady' && compareMonths(last, target.window.to) === 0) add(target.id, code, monthKey(last), 1, note);
        else if (last) add(target.id, code, monthKey(last), 0, 'Minh hoạ: đang chuẩn bị');
      } else if (t.kind === 'percent') {
        const last = months.at(-1);
        if (last) add(target.id, code, monthKey(last), Math.round(t.percent * (habit === 'steady' ? 0.9 : 0.5)), note);
      } else if (t.kind === 'total' || t.kind === 'quota') {
        const last = months.at(-1);
        if (last) add(target.id, code, monthKey(last), habit === 'steady' ? t.amount : Math.floor(t.amount / 2), note);
      } else {
        const quarters = [...new Set(months.filter((m) => m.month % 3 === 0).map((m) => `${m.year}-Q${m.month / 3}`))];
        quarters.forEach((q, i) => {
          if (habit === 'behind' && i % 2 === 1) return;
          add(target.id, code, q, null, 'Minh hoạ: đã thực hiện trong quý');
        });
      }
    }
  }
  return out;
}
