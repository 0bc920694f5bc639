// The slope spec on every province's real PCI rank, 2014 → 2015 (VCCI workbook).
import { describe, expect, it } from 'vitest';
import { slopeLines, type SlopeInput } from '../../../src/lib/charts/slopeLines';
import { FELL, ROSE } from '../../../src/lib/charts/palette';
import { workbookYear } from './realFixtures';

const y14 = workbookYear(2014);
const y15 = workbookYear(2015);
const rows: SlopeInput[] = y15.map((r) => {
  const p = y14.find((x) => x.name === r.name);
  return { code: r.name, name: r.name, from: p?.rank ?? null, to: r.rank, fromValue: p?.value ?? null, toValue: r.value };
});

describe('slopeLines on PCI 2014 → 2015', () => {
  it('shows Hà Tĩnh falling 10 places, 35 → 45, in the "fell" colour', () => {
    const spec = slopeLines(rows, { fromYear: 2014, toYear: 2015, selected: ['Hà Tĩnh'] });
    const ht = spec.lines.find((l) => l.code === 'Hà Tĩnh')!;
    expect([ht.from, ht.to, ht.change, ht.direction]).toEqual([35, 45, -10, 'down']);
    expect(ht.colour).toBe(FELL);
    expect(ht.y2).toBeGreaterThan(ht.y1);
    expect(ht.right.text).toBe('45 Hà Tĩnh ↓10');
    expect(spec.lines.at(-1)!.code).toBe('Hà Tĩnh'); // selected drawn on top
  });

  it('has one line per province ranked both years, rank 1 at the top on both sides', () => {
    const spec = slopeLines(rows, { fromYear: 2014, toYear: 2015 });
    expect(spec.lines.length).toBe(63);
    expect(spec.unmatched).toEqual([]);
    const dn = spec.lines.find((l) => l.code === 'Đà Nẵng')!;
    expect(dn.to).toBe(1);
    expect(dn.y2).toBe(spec.margin.top);
    expect(Math.min(...spec.lines.map((l) => l.y1))).toBe(spec.margin.top);
    for (const l of spec.lines) expect(l.colour).toBe(l.change > 0 ? ROSE : l.change < 0 ? FELL : l.colour);
    expect(spec.x1).toBeLessThan(spec.x2);
  });

  it('never overlaps labels on either side, even where ranks tie', () => {
    const tied = [...rows, { code: 'tie', name: 'Tỉnh trùng hạng', from: 35, to: 45 }];
    const spec = slopeLines(tied, { fromYear: 2014, toYear: 2015, width: 350 });
    for (const side of ['left', 'right'] as const) {
      const ys = spec.lines.map((l) => l[side].y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12.999);
    }
  });

  it('lists units ranked in one year only instead of drawing half a line', () => {
    const spec = slopeLines([...rows, { code: 'new', name: 'Mới', from: null, to: 64 }], { fromYear: 2014, toYear: 2015 });
    expect(spec.unmatched.map((u) => u.code)).toEqual(['new']);
    expect(spec.lines.some((l) => l.code === 'new')).toBe(false);
  });
});
