import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/lib/charts/dodge';

describe('dodge (label spreading)', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(dodge([10, 40, 80], 12)).toEqual([10, 40, 80]);
  });
  it('centres a colliding group on its targets and keeps the order', () => {
    const out = dodge([50, 50, 50], 10);
    expect(out).toEqual([40, 50, 60]);
    const mixed = dodge([30, 5, 31], 10);
    expect(mixed[1]).toBeLessThan(mixed[0]);
    expect(mixed[0]).toBeLessThan(mixed[2]);
    expect(mixed[2] - mixed[0]).toBeGreaterThanOrEqual(10);
  });
  it('stays within bounds', () => {
    const out = dodge([0, 0, 0, 100], 10, 0, 100);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...out)).toBeLessThanOrEqual(100);
    const s = [...out].sort((a, b) => a - b);
    for (let i = 1; i < s.length; i++) expect(s[i] - s[i - 1]).toBeGreaterThanOrEqual(10);
  });
});
