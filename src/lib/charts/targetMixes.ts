// The simulator's mixes on the components' own 0–10 scale: each row is a component, its value that
// year (dot), the best province's value (ring: the ceiling), and one segment per mix from the value to
// the value plus that mix's gain. Laid out like componentDots, so the two charts read alike.
import { scaleLinear } from 'd3';
import { componentDots, type ComponentSpec } from './componentDots';
import type { LegendItem } from './legendItems';
import { HIGHLIGHT, SERIES, UNIT_COLOURS } from './palette';

/** Mix colours: Okabe–Ito orange, green and pink, apart from the value's blue and the ceiling's vermillion. */
export const MIX_COLOURS = [UNIT_COLOURS[1], UNIT_COLOURS[2], UNIT_COLOURS[3]];

/** The chart's legend, on the page and in exported files (the briefing report draws it too). */
export function mixLegend(year: number, againstYear: number, mixNames: readonly string[]): LegendItem[] {
  return [
    { label: `Điểm năm ${year}`, colour: SERIES, mark: 'dot' },
    { label: `Cao nhất năm ${againstYear} (trần)`, colour: HIGHLIGHT, mark: 'ring' },
    ...mixNames.map((label, i) => ({ label, colour: MIX_COLOURS[i % MIX_COLOURS.length], mark: 'line' as const }))
  ];
}

export interface MixRowInput {
  code: string;
  name: string;
  value: number;
  ceiling: number;
  /** Sub-index points each mix adds, in the mixes' order. */
  gains: number[];
}

export interface TargetMixSpec extends Omit<ComponentSpec, 'rows'> {
  rows: (ComponentSpec['rows'][number] & { segments: { x1: number; x2: number; dy: number; gain: number }[] })[];
}

/** Vertical offset between the mixes' segments in a row. */
export const MIX_LANE = 6;

export function targetMixes(rows: readonly MixRowInput[], opts: { min?: number; max?: number; width?: number } = {}): TargetMixSpec {
  const min = opts.min ?? 0;
  const max = opts.max ?? 10;
  const base = componentDots(
    rows.map((r) => ({ code: r.code, name: r.name, value: r.value, previous: null, median: null, best: r.ceiling })),
    { min, max, width: opts.width }
  );
  const x = scaleLinear().domain([min, max]).range([base.margin.left, base.width - base.margin.right]);
  return {
    ...base,
    rows: base.rows.map((r, i) => {
      const gains = rows[i].gains;
      return {
        ...r,
        segments: gains.map((g, k) => ({ x1: x(rows[i].value), x2: x(rows[i].value + g), dy: (k - (gains.length - 1) / 2) * MIX_LANE, gain: g }))
      };
    })
  };
}
