// The DDCI heatmap on a projector: one type size for every label, as large as the slide's height allows
// Shaped like DDCI Hà Tĩnh 2021 (17 units in two groups); names and scores are placeholders.
import { describe, expect, it } from 'vitest';
import { unitHeatmap } from '../../../src/lib/charts/unitHeatmap';

const columns = ['Tính minh bạch và tiếp cận thông tin', 'Chi phí thời gian', 'Vai trò của người đứng đầu'].map((name, i) => ({ code: `c${i}`, name }));
// Placeholder values: the layout depends on names and counts, not on the scores.
const units = Array.from({ length: 17 }, (_, i) => ({
  code: `u${i}`,
  name: i < 10 ? `Sở số ${i + 1} và phát triển nông thôn` : `Huyện số ${i + 1}`,
  group: i < 10 ? 'so' : 'huyen',
  values: Object.fromEntries(columns.map((c) => [c.code, 5])),
  total: 50,
  band: null
}));
const groups = [
  { code: 'so', label: 'Sở, ban, ngành' },
  { code: 'huyen', label: 'Huyện, thị xã, thành phố' }
];

describe('unitHeatmap on a projector', () => {
  it('takes the type asked for when the rows fit, and every row keeps room for one line of it', () => {
    const spec = unitHeatmap(units, columns, { scale: { min: 0, max: 10 }, groups, width: 1168, projector: { height: 900, font: 16 } });
    expect(spec.font).toBe(16);
    expect(spec.cellHeight).toBeGreaterThanOrEqual(16 * 1.25);
    expect(spec.height).toBeLessThanOrEqual(900);
  });
  it('17 rows at 16 px fit 480 px: the colour scale sits in the header\'s corner, rows still 1.25 em', () => {
    const spec = unitHeatmap(units, columns, { scale: { min: 0, max: 10 }, groups, width: 1168, projector: { height: 480, font: 16 } });
    expect(spec.font).toBe(16);
    expect(spec.height).toBeLessThanOrEqual(480 + 1);
    expect(spec.cellHeight).toBeGreaterThanOrEqual(16 * 1.25);
  });
  it('steps the type down only as far as the height needs, and still fits', () => {
    const spec = unitHeatmap(units, columns, { scale: { min: 0, max: 10 }, groups, width: 1168, projector: { height: 380, font: 16 } });
    expect(spec.font!).toBeLessThan(16);
    expect(spec.font!).toBeGreaterThan(12);
    expect(spec.height).toBeLessThanOrEqual(380 + 1);
    const larger = unitHeatmap(units, columns, { scale: { min: 0, max: 10 }, groups, width: 1168, projector: { height: 380, font: spec.font! + 0.5 } });
    expect(larger.font).toBe(spec.font);
  });
  it('keeps the dashboard’s layout without a projector', () => {
    expect(unitHeatmap(units, columns, { scale: { min: 0, max: 10 }, groups, width: 760 }).font).toBeUndefined();
  });
});
