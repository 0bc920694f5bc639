// Chart specs of the analysis views on small fixtures taken from the shipped data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows, num } from '../../../src/lib/data/csvRows';
import { definitionOf } from '../../../src/lib/catalogue/definitions';
import { cellState, heatColour, heatDomain, unitHeatmap, NOT_APPLICABLE_FILL, type HeatmapUnit } from '../../../src/lib/charts/unitHeatmap';
import { groupRankBars } from '../../../src/lib/charts/groupRankBars';
import { contributionWaterfall } from '../../../src/lib/charts/contributionWaterfall';
import { changeBars } from '../../../src/lib/charts/changeBars';
import { regionStrips, stackDots } from '../../../src/lib/charts/regionStrips';
import { wrapLabel } from '../../../src/lib/charts/wrapLabel';
import { bandColour } from '../../../src/lib/charts/palette';

const ddciDef = definitionOf('ddci_42')!;
const ddciRows = csvRows(readFileSync('data/ddci_hatinh_2021_partial.csv', 'utf8'));
const columns = ddciDef.periods[0].components.map((c) => ({ code: c.code, name: c.vi, appliesTo: c.appliesTo }));
const group = (t: string) => (t === 'Sở/ngành' ? 'so_nganh' : 'huyen');
const units: HeatmapUnit[] = ddciRows.map((r) => ({
  code: r.unit,
  name: r.unit,
  group: group(r.unit_type),
  total: num(r.ddci_score_100),
  band: r.xep_loai,
  values: Object.fromEntries(columns.map((c) => [c.code, num(r[c.code])]))
}));
const groups = ddciDef.unitGroups!.map((g) => ({ code: g.code, label: g.vi }));
const scale = ddciDef.periods[0].componentScale!;

describe('DDCI heatmap', () => {
  const spec = unitHeatmap(units, columns, { scale, groups, width: 900 });

  it('spans the colour scale over the in-scale values only, in whole points', () => {
    const inScale = ddciRows.flatMap((r) => columns.map((c) => num(r[c.code]))).filter((v): v is number => v != null && v <= 10);
    expect(spec.domain).toEqual([Math.floor(Math.min(...inScale)), Math.ceil(Math.max(...inScale))]);
    // The printed "50" (Sở Tài chính) does not stretch the scale to 50.
    expect(spec.domain[1]).toBeLessThanOrEqual(10);
    expect(heatDomain([], scale)).toEqual([0, 10]);
    expect(heatDomain([7, 7], scale)).toEqual([6, 8]);
  });

  it('darkens with the value (YlGnBu, light = low) and never paints the lowest cell white', () => {
    const lo = heatColour(spec.domain[0], spec.domain);
    const hi = heatColour(spec.domain[1], spec.domain);
    expect(lo.t).toBeLessThan(hi.t);
    expect(lo.fill).not.toBe('rgb(255, 255, 255)');
    const lum = (c: string) => c.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    expect(lum(hi.fill)).toBeLessThan(lum(lo.fill));
  });

  it('marks "-" for departments on land access as not applicable, other gaps as unpublished, and 50 as out of scale', () => {
    const land = columns.find((c) => c.code === 'tiep_can_dat_dai')!;
    expect(cellState(null, land, 'so_nganh', scale)).toBe('not-applicable');
    expect(cellState(null, land, 'huyen', scale)).toBe('missing');
    expect(cellState(null, columns[0], 'so_nganh', scale)).toBe('missing');
    expect(cellState(50, columns[0], 'so_nganh', scale)).toBe('out-of-scale');
    const states = spec.rows.flatMap((r) => r.cells.map((c) => c.state));
    expect(states.filter((s) => s === 'not-applicable').length).toBe(ddciRows.filter((r) => r.tiep_can_dat_dai === '').length);
    expect(states.filter((s) => s === 'out-of-scale').length).toBe(1);
    const na = spec.rows.flatMap((r) => r.cells).find((c) => c.state === 'not-applicable')!;
    expect(na.value).toBeNull();
    expect(na.fill).toBe(NOT_APPLICABLE_FILL);
  });

  it('groups rows (departments, then districts), best total first within each', () => {
    expect(spec.groups.map((g) => g.code)).toEqual(['so_nganh', 'huyen']);
    const huyen = spec.rows.filter((r) => r.group === 'huyen');
    expect(huyen[0].name).toBe('Thị xã Hồng Lĩnh');
    const totals = huyen.map((r) => r.total!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(spec.rows.length).toBe(ddciRows.length);
    // Phones scroll sideways rather than shrink the numbers.
    expect(unitHeatmap(units, columns, { scale, groups, width: 390 }).width).toBe(640);
  });
});

describe('DDCI group rankings', () => {
  const huyen = ddciRows
    .filter((r) => r.unit_type.startsWith('Huyện'))
    .map((r) => ({ code: r.unit, name: r.unit, value: num(r.ddci_score_100)!, band: r.xep_loai }))
    .sort((a, b) => b.value - a.value)
    .map((r, i) => ({ ...r, rank: i + 1 }));

  it('draws bars from 0 to the 100-point scale in rank order, coloured by the province’s bands', () => {
    const spec = groupRankBars([...huyen].reverse(), { bands: ddciDef.bands, scaleMax: 100, selected: huyen[1].code, width: 760 });
    expect(spec.bars.map((b) => b.rank)).toEqual(huyen.map((_, i) => i + 1));
    const inner = spec.width - spec.margin.left - spec.margin.right;
    expect(spec.bars[0].width).toBeCloseTo((huyen[0].value / 100) * inner, 6);
    expect(spec.bars[0].colour).toBe(bandColour('Rất tốt', ddciDef.bands));
    expect(spec.bars.find((b) => b.band === 'Trung bình')!.colour).toBe(bandColour('Trung bình', ddciDef.bands));
    expect(spec.bars.filter((b) => b.highlighted).map((b) => b.code)).toEqual([huyen[1].code]);
    // All six bands are listed, those this group has marked present.
    expect(spec.bands.map((b) => b.band)).toEqual(ddciDef.bands);
    // Huyện Cẩm Xuyên (13,77) brings the lowest band.
    expect(spec.bands.filter((b) => b.present).map((b) => b.band)).toEqual(['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Rất thấp']);
  });

  it('wraps long unit names instead of cutting them on a phone', () => {
    const so = [{ code: 'x', name: 'Sở Nông nghiệp và phát triển nông thôn', value: 80.03, rank: 1, band: 'Rất tốt' }];
    const spec = groupRankBars(so, { bands: ddciDef.bands, scaleMax: 100, width: 390 });
    expect(spec.bars[0].lines.length).toBe(2);
    expect(wrapLabel('Sở Nông nghiệp và phát triển nông thôn', 40)).toEqual(['Sở Nông nghiệp và phát triển nông thôn']);
    expect(wrapLabel('một hai ba bốn năm sáu bảy', 8, 2)).toEqual(['một hai', 'ba bốn…']);
  });
});

describe('contribution waterfall', () => {
  const rows = [
    { code: 'a', name: 'A', contribution: 1.28 },
    { code: 'b', name: 'B', contribution: -2.14 },
    { code: 'c', name: 'C', contribution: 0.3 }
  ];
  const spec = contributionWaterfall(rows, { residual: -0.01, publishedChange: -0.57, residualLabel: 'Phần dư', totalLabel: 'Tổng' });

  it('chains each step from where the previous ended, then the residual, then the total from zero', () => {
    expect(spec.steps.map((s) => s.kind)).toEqual(['component', 'component', 'component', 'residual', 'total']);
    expect(spec.steps[1].start).toBeCloseTo(1.28, 10);
    expect(spec.steps[2].end).toBeCloseTo(1.28 - 2.14 + 0.3, 10);
    expect(spec.steps[3].end).toBeCloseTo(-0.57, 10);
    expect(spec.steps[4]).toMatchObject({ start: 0, end: -0.57 });
    // The last chained step ends exactly where the total bar ends.
    expect(spec.steps[3].x0).toBeCloseTo(Math.min(spec.steps[4].x0, spec.steps[4].x1), 6);
    expect(spec.connectors.length).toBe(3);
    expect(spec.zeroX).toBeGreaterThan(spec.margin.left);
    expect(spec.steps[1].colour).not.toBe(spec.steps[0].colour);
  });
});

describe('component change bars', () => {
  it('is symmetric around zero and leaves an unknown change without a bar', () => {
    const spec = changeBars(
      [
        { code: 'a', name: 'A', change: 0.64 },
        { code: 'b', name: 'B', change: -1.07 },
        { code: 'c', name: 'C', change: null }
      ],
      { width: 760 }
    );
    const left = spec.zeroX - spec.rows[1].x0!;
    expect(left).toBeGreaterThan(spec.rows[0].x1! - spec.zeroX);
    const [lo, hi] = [spec.ticks[0].value, spec.ticks.at(-1)!.value];
    expect(lo).toBe(-hi);
    expect(spec.rows[2].x0).toBeNull();
  });
});

describe('region strips', () => {
  it('stacks dots that would overlap and keeps distant ones on the centre line', () => {
    expect(stackDots([10, 100, 200], 5)).toEqual([0, 0, 0]);
    const levels = stackDots([10, 12, 14], 5);
    expect(new Set(levels).size).toBe(3);
    const spec = regionStrips(
      [{ code: 'dbsh', name: 'Đồng bằng sông Hồng', short: 'ĐBSH', median: 58.65, units: [{ code: '22', name: 'Quảng Ninh', value: 65.95 }, { code: '01', name: 'Hà Nội', value: 59.0 }] }],
      { width: 760 }
    );
    expect(spec.strips[0].colour).toBe('#0072b2');
    expect(spec.strips[0].medianX).not.toBeNull();
    const [qn, hn] = spec.strips[0].dots;
    expect(qn.x).toBeGreaterThan(hn.x);
  });
});

describe('heatmap column labels', () => {
  it('turn steeper on narrow columns so two-line labels do not cross', () => {
    const wide = unitHeatmap(units, columns, { scale, groups, width: 1060 });
    const narrow = unitHeatmap(units, columns, { scale, groups, width: 390 });
    expect(wide.labelAngle).toBe(-40);
    expect(narrow.labelAngle).toBeLessThan(-40);
    // Room between neighbouring labels, measured across them, fits two 11 px lines.
    expect(narrow.cellWidth * Math.sin((-narrow.labelAngle * Math.PI) / 180)).toBeGreaterThanOrEqual(2 * 13);
  });
});
