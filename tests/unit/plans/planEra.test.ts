import { describe, expect, it } from 'vitest';
import { planDate, planEra } from '../../../src/lib/plans/planEra';

describe('planEra: a plan from 1/7/2025 is written for the 34 provinces and their communes', () => {
  it('reads the date line the way plans write it', () => {
    expect(planDate('Hà Tĩnh, ngày 15 tháng 3 năm 2026')).toEqual({ year: 2026, month: 3, day: 15 });
    expect(planDate('ngày 01/7/2025')).toEqual({ year: 2025, month: 7, day: 1 });
    expect(planDate('2026-02-09')).toEqual({ year: 2026, month: 2, day: 9 });
    expect(planDate('ngày   /  /2026')).toBeNull();
    expect(planDate('ngày 31/13/2025')).toBeNull();
    expect(planDate('')).toBeNull();
  });

  it('puts the day of the merger and after in the new era, the day before in the old', () => {
    expect(planEra('ngày 30/6/2025', 2025)).toBe('old');
    expect(planEra('ngày 1/7/2025', 2025)).toBe('new');
    expect(planEra('ngày 15 tháng 3 năm 2026', 2026)).toBe('new');
  });

  it('without a date, goes by the first year of the period', () => {
    expect(planEra('', 2026)).toBe('new');
    expect(planEra('ngày / /2025', 2025)).toBe('old');
    expect(planEra('', 2024)).toBe('old');
  });

  it('trusts a written date over the period (a plan issued in 2024 for 2025–2026 is old-era)', () => {
    expect(planEra('ngày 20/12/2024', 2026)).toBe('old');
  });
});
