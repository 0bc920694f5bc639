// The bump spec on the real top 10 of PCI 2015 (VCCI workbook), 2013–2015.
import { describe, expect, it } from 'vitest';
import { bumpLines, type BumpInput } from '../../../src/lib/charts/bumpLines';
import { HIGHLIGHT } from '../../../src/lib/charts/palette';
import { workbookYear } from './realFixtures';

const years = [2013, 2014, 2015];
const byYear = new Map(years.map((y) => [y, workbookYear(y)]));
const top10 = byYear.get(2015)!.filter((r) => r.rank! <= 10).sort((a, b) => a.rank! - b.rank!);
const seriesOf = (name: string, selected = false): BumpInput => ({
  key: name,
  label: name,
  selected,
  points: years.map((y) => {
    const r = byYear.get(y)!.find((x) => x.name === name);
    return { year: y, rank: r?.rank ?? null, value: r?.value ?? null };
  })
});
const input = [...top10.map((r) => seriesOf(r.name)), seriesOf('Hà Tĩnh', true)];

describe('bumpLines on PCI 2013–2015', () => {
  it('takes the fixture from the file: Đà Nẵng first in 2015, Hà Tĩnh 45th', () => {
    expect(top10.length).toBe(10);
    expect(top10[0].name).toBe('Đà Nẵng');
    expect(byYear.get(2015)!.find((r) => r.name === 'Hà Tĩnh')!.rank).toBe(45);
  });

  it('puts rank 1 on top and a worse rank lower, with a domain reaching the selected unit', () => {
    const spec = bumpLines(input, { years });
    expect(spec.rankMax).toBe(Math.max(...input.flatMap((s) => s.points.map((p) => p.rank ?? 0))));
    expect(spec.yTicks[0]).toEqual({ rank: 1, y: spec.margin.top });
    const dn = spec.series.find((s) => s.key === 'Đà Nẵng')!;
    const ht = spec.series.find((s) => s.key === 'Hà Tĩnh')!;
    const dn15 = dn.dots.find((d) => d.year === 2015)!;
    expect(dn15.rank).toBe(1);
    expect(dn15.y).toBe(spec.margin.top);
    expect(ht.dots.find((d) => d.year === 2015)!.y).toBeGreaterThan(dn15.y);
    expect(ht.dots.find((d) => d.year === 2015)!.y).toBeLessThanOrEqual(spec.height - spec.margin.bottom);
  });

  it('draws the selected unit last, thicker colour, labelled with its last rank', () => {
    const spec = bumpLines(input, { years });
    const last = spec.series.at(-1)!;
    expect(last.key).toBe('Hà Tĩnh');
    expect(last.colour).toBe(HIGHLIGHT);
    expect(last.end!.text).toBe('45. Hà Tĩnh');
    expect(spec.series.filter((s) => !s.selected).every((s) => s.colour !== HIGHLIGHT)).toBe(true);
  });

  it('keeps end labels in the same column at least 13 px apart', () => {
    const spec = bumpLines(input, { years, width: 360 });
    const ys = spec.series.map((s) => s.end!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12.999);
  });

  it('breaks a line where a year has no rank', () => {
    const holed: BumpInput = { key: 'x', label: 'Hà Tĩnh', points: [{ year: 2013, rank: 45 }, { year: 2014, rank: null }, { year: 2015, rank: 45 }] };
    const spec = bumpLines([holed], { years });
    expect(spec.series[0].dots.map((d) => d.year)).toEqual([2013, 2015]);
    expect((spec.series[0].path.match(/M/g) ?? []).length).toBe(2);
  });

  it('marks only the methodology breaks inside the span', () => {
    const spec = bumpLines(input, { years, breaks: [2009, 2013, 2021] });
    expect(spec.breaks).toEqual([]); // 2013 is the first year: nothing before it to break from
    const wider = bumpLines(input, { years: [2012, 2013, 2014, 2015], breaks: [2009, 2013, 2021] });
    expect(wider.breaks.map((b) => b.year)).toEqual([2013]);
  });
});
