import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel, windowLabel } from '../../../src/lib/plans/periods';

describe('parsePeriod', () => {
  const cases: [string, string | null][] = [
    ['2024-05', '2024-05'],
    ['05/2024', '2024-05'],
    ['5/2024', '2024-05'],
    ['T5/2024', '2024-05'],
    ['Tháng 5/2024', '2024-05'],
    ['tháng 05 năm 2024', '2024-05'],
    ['Thang 12 / 2024', '2024-12'],
    ['01/05/2024', '2024-05'], // a vi-VN date Excel made of "05/2024"
    ['2024-05-01', '2024-05'],
    ['2024-Q2', '2024-Q2'],
    ['Q2/2024', '2024-Q2'],
    ['Quý II/2024', '2024-Q2'],
    ['quý 4 năm 2024', '2024-Q4'],
    ['QUÝ IV-2024', '2024-Q4'],
    // garbage
    ['', null],
    ['13/2024', null],
    ['Quý V/2024', null],
    ['2024', null],
    ['tháng năm', null],
    ['5/1899', null],
    ['x'.repeat(500), null]
  ];
  it.each(cases)('%s → %s', (raw, key) => {
    expect(parsePeriod(raw)?.key ?? null).toBe(key);
  });

  it('labels periods and windows in Vietnamese', () => {
    expect(periodLabel('2024-05')).toBe('Tháng 5/2024');
    expect(periodLabel('2024-Q3')).toBe('Quý III/2024');
    expect(windowLabel({ from: { year: 2024, month: 4 }, to: { year: 2024, month: 9 } })).toBe('4/2024–9/2024');
    expect(windowLabel({ from: { year: 2024, month: 10 }, to: { year: 2024, month: 10 } })).toBe('tháng 10/2024');
  });
});
