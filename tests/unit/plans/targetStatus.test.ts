// The status of a unit on a target as a pure function of (target, window, reports, today).
import { describe, expect, it } from 'vitest';
import { lastCompletedMonth, mergeStrips, monthStrip, targetProgress, unitTargetState, worstStatus, type ReportPoint } from '../../../src/lib/plans/targetStatus';
import type { Target } from '../../../src/lib/plans/types';
import type { Day } from '../../../src/lib/plans/periods';

const day = (s: string): Day => {
  const [year, month, d] = s.split('-').map(Number);
  return { year, month, day: d };
};
const YEAR_2024 = { from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 } };
// Task 16 of seed 002: "48 số (04 số/tháng)".
const RADIO: Target = { kind: 'rate', min: 4, max: 4, per: 'month', unitWord: 'số', total: 48, source: '48 số (04 số/tháng)' };
const monthly = (months: number[], value: number): ReportPoint[] => months.map((m) => ({ period: `2024-${String(m).padStart(2, '0')}`, value }));

describe('targetProgress', () => {
  it('before the window: chưa đến kỳ, whatever was filed', () => {
    const contest: Target = { kind: 'window', from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 }, source: 'Quý II-III/2024' };
    const p = targetProgress(contest, { from: contest.from, to: contest.to }, [], day('2024-03-20'));
    expect(p).toMatchObject({ status: 'chua_den_ky', started: false, expected: 0, full: 1 });
  });

  it('no report while nothing is due yet: chưa báo cáo; no report when something was due: chậm, not "chưa báo cáo"', () => {
    expect(targetProgress(RADIO, YEAR_2024, [], day('2024-01-15'))).toMatchObject({ status: 'chua_bao_cao', reports: 0, expected: 0 });
    expect(targetProgress(RADIO, YEAR_2024, [], day('2024-05-02'))).toMatchObject({ status: 'cham', reports: 0, expected: 16, full: 48 });
  });

  it('on track: everything due by the last completed month is done', () => {
    const p = targetProgress(RADIO, YEAR_2024, monthly([1, 2, 3, 4, 5, 6], 4), day('2024-07-15'));
    expect(p).toMatchObject({ status: 'dung_tien_do', actual: 24, expected: 24, full: 48, monthsDone: 6, monthsTotal: 12 });
  });

  it('behind: less than due pro rata', () => {
    const p = targetProgress(RADIO, YEAR_2024, monthly([1, 2, 3, 4, 5], 4), day('2024-07-15'));
    expect(p).toMatchObject({ status: 'cham', actual: 20, expected: 24 });
  });

  it('achieved: the whole target reached, even before the window ends', () => {
    expect(targetProgress(RADIO, YEAR_2024, monthly([1, 2, 3, 4, 5, 6], 8), day('2024-07-15')).status).toBe('dat');
    expect(targetProgress(RADIO, YEAR_2024, monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4), day('2025-01-10')).status).toBe('dat');
  });

  it('after the window, anything short of the target is quá hạn: a shortfall, or nothing reported at all', () => {
    const p = targetProgress(RADIO, YEAR_2024, monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 4), day('2026-11-25'));
    expect(p).toMatchObject({ status: 'qua_han', actual: 44, expected: 48, ended: true });
    // December 2026, the 2024 tasks nobody reported on: quá hạn, not "chưa báo cáo".
    expect(targetProgress(RADIO, YEAR_2024, [], day('2026-12-10'))).toMatchObject({ status: 'qua_han', reports: 0, ended: true });
    const contest: Target = { kind: 'window', from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 }, source: 'Quý II-III/2024' };
    expect(targetProgress(contest, { from: contest.from, to: contest.to }, [], day('2026-12-10')).status).toBe('qua_han');
  });

  it('pro rata mid-period: the month in progress is not yet due, and counts are whole items', () => {
    // 03-04 số/tháng: the minimum, 3 a month, over the year = 36.
    const range: Target = { kind: 'rate', min: 3, max: 4, per: 'month', unitWord: 'số', source: '03-04 số/tháng' };
    expect(targetProgress(range, YEAR_2024, [], day('2024-07-01')).expected).toBe(18);
    expect(targetProgress(range, YEAR_2024, [], day('2024-07-30')).expected).toBe(18);
    // On its last day a month is over.
    expect(targetProgress(range, YEAR_2024, [], day('2024-07-31')).expected).toBe(21);
    expect(targetProgress(range, YEAR_2024, [], day('2024-08-01')).expected).toBe(21);
    // "Tối thiểu 01 lần/năm" is not half-due in July.
    const yearly: Target = { kind: 'rate', min: 1, max: null, per: 'year', unitWord: 'lần', source: 'Tối thiểu 01 lần/năm' };
    expect(targetProgress(yearly, YEAR_2024, [{ period: '2024-03', value: 0 }], day('2024-07-15'))).toMatchObject({ expected: 0, status: 'dung_tien_do' });
    expect(targetProgress(yearly, YEAR_2024, [{ period: '2024-03', value: 1 }], day('2024-07-15')).status).toBe('dat');
    // A quarter's figure counts like three months'.
    const q = targetProgress(RADIO, YEAR_2024, [{ period: '2024-Q1', value: 12 }, { period: '2024-Q2', value: 12 }], day('2024-07-15'));
    expect(q).toMatchObject({ actual: 24, status: 'dung_tien_do' });
  });

  it('a later report for the same period replaces the earlier one; reports count by the period they report, not the day filed', () => {
    const rs: ReportPoint[] = [
      { period: '2024-01', value: 1, at: '2024-02-01T03:00:00Z' },
      { period: '2024-01', value: 4, at: '2024-02-03T03:00:00Z' },
      { period: '2024-02', value: 4, at: '2024-03-02T03:00:00Z' }
    ];
    expect(targetProgress(RADIO, YEAR_2024, rs, day('2024-03-10'))).toMatchObject({ actual: 8, status: 'dung_tien_do' });
    // As of 02/02: January's corrected figure counts though filed on 03/02, and February (begun) too.
    expect(targetProgress(RADIO, YEAR_2024, rs, day('2024-02-02'))).toMatchObject({ actual: 8, expected: 4, status: 'dung_tien_do', reports: 2 });
    // A period that has not begun, or outside the window, is ignored.
    expect(targetProgress(RADIO, YEAR_2024, [{ period: '2024-12', value: 48 }, { period: '2023-12', value: 48 }], day('2024-03-10'))).toMatchObject({ actual: 0, status: 'cham' });
  });

  it('an event in a window: done is đạt; not yet done is on track until the window closes', () => {
    const contest: Target = { kind: 'window', from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 }, source: 'Quý II-III/2024' };
    const w = { from: contest.from, to: contest.to };
    expect(targetProgress(contest, w, [{ period: '2024-05', value: 0 }], day('2024-06-10')).status).toBe('dung_tien_do');
    expect(targetProgress(contest, w, [{ period: '2024-05', value: 0 }], day('2024-10-10')).status).toBe('qua_han');
    expect(targetProgress(contest, w, [{ period: '2024-Q3', value: 1 }], day('2024-10-10')).status).toBe('dat');
  });

  it('a percentage is the latest figure, against a linear path to the target', () => {
    const portals: Target = { kind: 'percent', percent: 100, of: 'Cổng/trang thông tin điện tử', source: '100% Cổng/trang…' };
    const w = { from: { year: 2022, month: 1 }, to: { year: 2025, month: 12 } };
    const p = targetProgress(portals, w, [{ period: '2023-06', value: 60 }, { period: '2023-12', value: 55 }], day('2024-01-05'));
    expect(p).toMatchObject({ actual: 55, expected: 50, status: 'dung_tien_do' });
    expect(targetProgress(portals, w, [{ period: '2023-12', value: 40 }], day('2024-01-05')).status).toBe('cham');
  });

  it('continuous work: one report per completed quarter; unquantified work is never scored', () => {
    const ongoing: Target = { kind: 'continuous', year: 2024, source: 'Thường xuyên trong năm 2024' };
    const p = targetProgress(ongoing, YEAR_2024, [{ period: '2024-Q1', value: null }, { period: '2024-05', value: null }], day('2024-07-15'));
    expect(p).toMatchObject({ measurable: false, actual: 2, expected: 2, full: 4, status: 'dung_tien_do' });
    expect(targetProgress(ongoing, YEAR_2024, [{ period: '2024-Q1', value: null }], day('2024-07-15')).status).toBe('cham');
    const text: Target = { kind: 'unquantified', text: 'Định kỳ theo lịch', source: 'Định kỳ theo lịch' };
    expect(targetProgress(text, YEAR_2024, [], day('2024-07-15')).status).toBe('chua_bao_cao');
    expect(targetProgress(text, YEAR_2024, [{ period: '2024-02', value: null }], day('2024-07-15'))).toMatchObject({ status: 'khong_do_duoc', measurable: false });
    // Over with no report at all: quá hạn, even if it could not have been scored.
    expect(targetProgress(text, YEAR_2024, [], day('2026-12-10')).status).toBe('qua_han');
    expect(targetProgress(text, YEAR_2024, [{ period: '2024-02', value: null }], day('2026-12-10')).status).toBe('khong_do_duoc');
  });
});

describe('edge days: a month, a quarter, a year is over on its last day', () => {
  const yearly: Target = { kind: 'rate', min: 12, max: null, per: 'year', unitWord: 'bài', source: '12 bài/năm' };
  const ongoing: Target = { kind: 'continuous', year: 2024, source: 'Thường xuyên trong năm 2024' };

  it('31/01: January is over and due; 30/01 it is not', () => {
    expect(lastCompletedMonth(day('2024-01-31'))).toEqual({ year: 2024, month: 1 });
    expect(lastCompletedMonth(day('2024-01-30'))).toEqual({ year: 2023, month: 12 });
    expect(targetProgress(RADIO, YEAR_2024, [], day('2024-01-31'))).toMatchObject({ monthsDone: 1, expected: 4, status: 'cham' });
    expect(targetProgress(RADIO, YEAR_2024, [], day('2024-01-30'))).toMatchObject({ monthsDone: 0, expected: 0, status: 'chua_bao_cao' });
    expect(monthStrip(RADIO, YEAR_2024, [], day('2024-01-31'))[0].state).toBe('missing');
    expect(monthStrip(RADIO, YEAR_2024, [], day('2024-01-30'))[0].state).toBe('current');
  });

  it('29/02 of a leap year ends February; 28/02 does not', () => {
    expect(lastCompletedMonth(day('2024-02-29'))).toEqual({ year: 2024, month: 2 });
    expect(lastCompletedMonth(day('2024-02-28'))).toEqual({ year: 2024, month: 1 });
    expect(lastCompletedMonth(day('2023-02-28'))).toEqual({ year: 2023, month: 2 });
  });

  it('31/12 counts December: the whole year is due and the window has ended', () => {
    const p = targetProgress(yearly, YEAR_2024, monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 1), day('2024-12-31'));
    expect(p).toMatchObject({ monthsDone: 12, ended: true, expected: 12, actual: 11, status: 'qua_han' });
    const p30 = targetProgress(yearly, YEAR_2024, monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 1), day('2024-12-30'));
    expect(p30).toMatchObject({ monthsDone: 11, ended: false, expected: 11, status: 'dung_tien_do' });
    expect(monthStrip(RADIO, YEAR_2024, monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 4), day('2024-12-31'))[11].state).toBe('missing');
  });

  it('quarter ends: on 31/03 the first quarter is due, on 30/03 not; 30/06 and 30/09 likewise', () => {
    expect(targetProgress(ongoing, YEAR_2024, [], day('2024-03-30'))).toMatchObject({ expected: 0, status: 'chua_bao_cao' });
    expect(targetProgress(ongoing, YEAR_2024, [], day('2024-03-31'))).toMatchObject({ expected: 1, status: 'cham' });
    expect(targetProgress(ongoing, YEAR_2024, [{ period: '2024-Q1', value: null }], day('2024-06-30'))).toMatchObject({ expected: 2, actual: 1, status: 'cham' });
    expect(targetProgress(ongoing, YEAR_2024, [{ period: '2024-Q1', value: null }], day('2024-06-29'))).toMatchObject({ expected: 1, status: 'dung_tien_do' });
    const quarterly: Target = { kind: 'rate', min: 1, max: null, per: 'quarter', unitWord: 'lần', source: '01 lần/quý' };
    expect(targetProgress(quarterly, YEAR_2024, [], day('2024-09-30'))).toMatchObject({ expected: 3, status: 'cham' });
    expect(monthStrip(quarterly, YEAR_2024, [], day('2024-09-30')).slice(6, 9).map((c) => c.state)).toEqual(['missing', 'missing', 'missing']);
    expect(monthStrip(quarterly, YEAR_2024, [], day('2024-09-29')).slice(6, 9).map((c) => c.state)).toEqual(['empty', 'empty', 'current']);
  });

  it('a report filed late for an early period counts for that period, as of any day after the period began', () => {
    const late: ReportPoint[] = [{ period: '2024-01', value: 4, at: '2024-11-20T03:00:00Z' }];
    // "Tình hình đến ngày 31/01/2024" asked after the report was filed in November.
    expect(targetProgress(RADIO, YEAR_2024, late, day('2024-01-31'))).toMatchObject({ actual: 4, expected: 4, status: 'dung_tien_do' });
    expect(monthStrip(RADIO, YEAR_2024, late, day('2024-01-31'))[0].state).toBe('met');
  });
});

describe('the strip agrees with the status', () => {
  it('a target reached shows no missing month; one late or overdue shows where', () => {
    const yearly: Target = { kind: 'rate', min: 1, max: null, per: 'year', unitWord: 'lần', source: 'Tối thiểu 01 lần/năm' };
    const done = unitTargetState(yearly, YEAR_2024, [{ period: '2024-03', value: 1 }], day('2024-12-31'));
    expect(done.progress.status).toBe('dat');
    expect(done.strip.some((c) => c.state === 'missing' || c.state === 'short')).toBe(false);
    const percent: Target = { kind: 'percent', percent: 100, of: 'Đài truyền thanh cơ sở', source: '100% Đài truyền thanh cơ sở' };
    const late = unitTargetState(percent, YEAR_2024, [], day('2024-12-31'));
    expect(late.progress.status).toBe('qua_han');
    expect(late.strip.filter((c) => c.state === 'missing')).toHaveLength(12);
    const shortReported = unitTargetState(percent, YEAR_2024, [{ period: '2024-06', value: 40 }], day('2024-12-31'));
    expect(shortReported.progress.status).toBe('qua_han');
    expect(shortReported.strip[5].state).toBe('short');
  });
});

describe('the strip of months and the worst status', () => {
  it('judges a monthly rate month by month', () => {
    const cells = monthStrip(RADIO, YEAR_2024, [...monthly([1, 2], 4), { period: '2024-03', value: 2 }], day('2024-05-10'));
    expect(cells.map((c) => c.state)).toEqual(['met', 'met', 'short', 'missing', 'current', 'future', 'future', 'future', 'future', 'future', 'future', 'future']);
    expect(cells[2]).toEqual({ month: '2024-03', state: 'short', value: 2 });
  });

  it('marks months outside a target window, and merges strips worst first', () => {
    const contest: Target = { kind: 'window', from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 }, source: 'Quý II-III/2024' };
    const a = monthStrip(contest, { from: contest.from, to: contest.to }, [{ period: '2024-06', value: 1 }], day('2024-08-10'), YEAR_2024);
    expect(a.map((c) => c.state)).toEqual(['outside', 'outside', 'outside', 'empty', 'empty', 'met', 'empty', 'current', 'future', 'outside', 'outside', 'outside']);
    const b = monthStrip(RADIO, YEAR_2024, [], day('2024-08-10'));
    expect(mergeStrips([a, b]).slice(5, 8).map((c) => c.state)).toEqual(['missing', 'missing', 'current']);
    expect(worstStatus(['dat', 'chua_bao_cao', 'dung_tien_do'])).toBe('chua_bao_cao');
    expect(worstStatus(['dat', 'cham', 'chua_bao_cao'])).toBe('cham');
    expect(worstStatus(['cham', 'qua_han', 'dat'])).toBe('qua_han');
    expect(worstStatus([])).toBeNull();
  });
});
