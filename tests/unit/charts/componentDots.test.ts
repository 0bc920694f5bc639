// The components dot plot: one common axis, or (PAR INDEX) each component at its share of its own full points.
import { describe, expect, it } from 'vitest';
import { componentDots, COMPONENT_DEFAULTS, COMPONENT_NARROW } from '../../../src/lib/charts/componentDots';
import { profiles } from './realFixtures';

const num = (s: string | undefined) => (s == null || s.trim() === '' ? null : Number(s));
// Hà Tĩnh's PCI 2015 components from its profile page.
const ht = profiles.find((r) => r.province === 'Hà Tĩnh' && r.year === '2015')!;
const row = (code: string, value: number | null, extra: Record<string, number | null> = {}) => ({
  code,
  name: code,
  value,
  previous: null,
  median: null,
  best: null,
  ...extra
});

describe('componentDots', () => {
  it('places values on the 0–10 axis inside the margins, in row order', () => {
    const rows = ['gia_nhap_thi_truong', 'tinh_minh_bach'].map((c) => row(c, num(ht[c])));
    expect(rows.every((r) => r.value != null)).toBe(true);
    const spec = componentDots(rows, { width: 760 });
    const x0 = spec.margin.left;
    const x1 = 760 - spec.margin.right;
    for (const r of spec.rows) expect(r.xValue).toBeCloseTo(x0 + ((r.value! - 0) / 10) * (x1 - x0), 6);
    expect(spec.rows[0].y).toBeLessThan(spec.rows[1].y);
    expect(spec.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(spec.height).toBe(COMPONENT_DEFAULTS.top + COMPONENT_DEFAULTS.bottom + 2 * COMPONENT_DEFAULTS.row);
  });

  it('uses the given scale (PAPI dimensions run 1–10)', () => {
    const spec = componentDots([row('a', 1)], { min: 1, max: 10, width: 760 });
    expect(spec.rows[0].xValue).toBeCloseTo(spec.margin.left, 6);
  });

  it('in share mode places each value at its share of its own full points, and skips unknown maxima', () => {
    // Kon Tum PAR INDEX 2023: 9,42/10 and 12,38/13 (data/par_index_components_kontum_2023.csv).
    const spec = componentDots([row('the_che', 9.42, { max: 10 }), row('tthc', 12.38, { max: 13 }), row('cong_vu', 8, { max: null })], { share: true, width: 760 });
    const x = (pct: number) => spec.margin.left + (pct / 100) * (760 - spec.margin.right - spec.margin.left);
    expect(spec.rows[0].xValue).toBeCloseTo(x(94.2), 6);
    expect(spec.rows[1].xValue).toBeCloseTo(x((12.38 / 13) * 100), 6);
    // 12,38 is past a 0–10 axis but inside 0–100 %.
    expect(spec.rows[1].xValue!).toBeLessThan(760 - spec.margin.right);
    expect(spec.rows[2].xValue).toBeNull();
    expect(spec.ticks.at(-1)!.value).toBe(100);
  });

  it('puts names above their rows on a phone', () => {
    const spec = componentDots([row('a', 5)], { width: 360 });
    expect(spec.rows[0].label.anchor).toBe('start');
    expect(spec.margin.left).toBe(COMPONENT_NARROW.left);
  });
});
