// The trend spec on Hà Tĩnh's real PCI history: scales, inverted rank axis, gaps, breaks; old callers unchanged.
import { describe, expect, it } from 'vitest';
import { trendLines, TREND_DEFAULTS } from '../../../src/lib/charts/trendLines';
import { profileSeries } from './realFixtures';

const haTinh = profileSeries('Hà Tĩnh');
const scores = haTinh.map((p) => ({ year: p.year, value: p.value }));
const ranks = haTinh.map((p) => ({ year: p.year, value: p.rank }));
const countSegments = (path: string) => (path.match(/M/g) ?? []).length;

describe('trendLines on Hà Tĩnh PCI 2006–2023 (profile page)', () => {
  it('reads the fixture from the file: 2015 is 57.20 / rank 45, 2023 has no published total', () => {
    expect(haTinh.find((p) => p.year === 2015)).toEqual({ year: 2015, value: 57.2, rank: 45 });
    expect(haTinh.find((p) => p.year === 2023)).toEqual({ year: 2023, value: null, rank: null });
  });

  it('puts a higher score higher up, inside a padded domain', () => {
    const spec = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: scores }], { mode: 'score' });
    const dots = spec.series[0].dots;
    const lo = dots.reduce((a, b) => (a.value < b.value ? a : b));
    const hi = dots.reduce((a, b) => (a.value > b.value ? a : b));
    expect(hi.y).toBeLessThan(lo.y);
    expect(spec.yTicks[0].value).toBeLessThanOrEqual(lo.value);
    expect(spec.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(hi.value - 5);
    for (const d of dots) {
      expect(d.y).toBeGreaterThanOrEqual(spec.margin.top);
      expect(d.y).toBeLessThanOrEqual(spec.height - spec.margin.bottom);
    }
  });

  it('inverts the rank axis: rank 1 on top, rankMax at the bottom, 1 always labelled', () => {
    const spec = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: ranks }], { mode: 'rank', rankMax: 64 });
    const tick1 = spec.yTicks.find((t) => t.value === 1)!;
    expect(tick1.y).toBe(spec.margin.top);
    expect(spec.yTicks.every((t) => t.value === 1 || t.y > tick1.y)).toBe(true);
    const r7 = spec.series[0].dots.find((d) => d.year === 2011)!; // rank 7
    const r60 = spec.series[0].dots.find((d) => d.year === 2006)!; // rank 60
    expect(r7.value).toBe(7);
    expect(r7.y).toBeLessThan(r60.y);
  });

  it('leaves the unpublished 2023 total as a gap: no dot, no zero, marked as a gap year', () => {
    const spec = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: scores }], { mode: 'score' });
    const s = spec.series[0];
    expect(s.dots.map((d) => d.year)).not.toContain(2023);
    expect(s.dots.length).toBe(scores.filter((p) => p.value != null).length);
    expect(s.gaps.map((g) => g.year)).toEqual([2023]);
    expect(s.dots.some((d) => d.value === 0)).toBe(false);
  });

  it('breaks the line where a middle year is missing, and marks that year', () => {
    const holed = scores.filter((p) => p.year !== 2010);
    const spec = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: holed }], { mode: 'score' });
    expect(countSegments(spec.series[0].path)).toBe(2);
    expect(spec.series[0].gaps.map((g) => g.year)).toEqual([2010, 2023]);
    // Reference lines are never marked with gaps.
    const ref = trendLines([{ key: 'm', label: 'Trung vị', kind: 'median', points: holed }], { mode: 'score' });
    expect(ref.series[0].gaps).toEqual([]);
  });

  it('marks the PCI methodology breaks between the years, staggering labels that are close', () => {
    const spec = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: scores }], { mode: 'score', breaks: [2009, 2013, 2021], width: 360 });
    expect(spec.breaks.map((b) => b.year)).toEqual([2009, 2013, 2021]);
    const b2009 = spec.breaks[0].x;
    expect(b2009).toBeGreaterThan(spec.series[0].dots.find((d) => d.year === 2008)!.x);
    expect(b2009).toBeLessThan(spec.series[0].dots.find((d) => d.year === 2009)!.x);
    expect(spec.breaks[1].lane).toBe(1); // 2009 and 2013 are ~70 px apart on a phone
    // Labels sharing a line never overlap (≈110 px each), and the last one stays inside the chart.
    const span = (b: (typeof spec.breaks)[number]) => (b.anchor === 'end' ? [b.x - 110, b.x] : [b.x, b.x + 110]);
    for (const a of spec.breaks)
      for (const c of spec.breaks)
        if (a !== c && a.lane === c.lane) expect(span(a)[1] < span(c)[0] || span(c)[1] < span(a)[0]).toBe(true);
    expect(spec.breaks[2].anchor).toBe('end');
    // Their band sits above the plot: no label is drawn where a point can be.
    for (const b of spec.breaks) expect(b.labelY).toBeLessThan(spec.margin.top - 2);
    expect(Math.min(...spec.series[0].dots.map((d) => d.y))).toBeGreaterThanOrEqual(spec.margin.top);
  });

  it('on a projector slide, break labels drawn at the slide\'s floor (16 slide px = 10,67 chart px) get room for that size', () => {
    const line = [{ key: '42', label: 'Hà Tĩnh', kind: 'unit' as const, points: scores }];
    // 2009 and 2013 about 116 px apart: room for two 10 px labels on one line, not for two at 10,67 px.
    const plain = trendLines(line, { mode: 'score', breaks: [2009, 2013], width: 560 });
    expect(plain.breaks[1].x - plain.breaks[0].x).toBeGreaterThan(110);
    expect(plain.breaks.map((b) => b.lane)).toEqual([0, 0]);
    const slide = trendLines(line, { mode: 'score', breaks: [2009, 2013], width: 560, breakFont: 16 / 1.5 });
    expect(slide.breaks.map((b) => b.lane)).toEqual([0, 1]);
    // Their lanes are as far apart as the larger type's box (1,36 em), and stay above the plot.
    expect(slide.breaks[1].labelY - slide.breaks[0].labelY).toBeGreaterThanOrEqual((16 / 1.5) * 1.36 - 0.5);
    for (const b of slide.breaks) expect(b.labelY).toBeLessThan(slide.margin.top - 2);
  });

  it('keeps year labels about 40 px apart on a phone, every 2nd year on the default width, the last year always labelled', () => {
    const wide = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: scores }], { mode: 'score' });
    expect(wide.width).toBe(TREND_DEFAULTS.width);
    expect(wide.xTicks.map((t) => t.year).slice(-3)).toEqual([2019, 2021, 2023]);
    const phone = trendLines([{ key: '42', label: 'Hà Tĩnh', kind: 'unit', points: scores }], { mode: 'score', width: 340 });
    const gaps = phone.xTicks.slice(1).map((t, i) => t.x - phone.xTicks[i].x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(38);
  });

  it('passes colour and tooltip detail through for several units, and leaves old callers as they were', () => {
    const spec = trendLines(
      [
        { key: '42', label: 'Hà Tĩnh', kind: 'unit', colour: '#0072b2', points: [{ year: 2015, value: 57.2, detail: 'hạng 45/63' }] },
        { key: 'x', label: 'Không màu', kind: 'unit', points: [{ year: 2015, value: 60 }] }
      ],
      { mode: 'score' }
    );
    expect(spec.series[0].colour).toBe('#0072b2');
    expect(spec.series[0].dots[0].detail).toBe('hạng 45/63');
    expect('colour' in spec.series[1]).toBe(false);
    expect(Object.keys(spec.series[1].dots[0]).sort()).toEqual(['value', 'x', 'y', 'year']);
  });
});
