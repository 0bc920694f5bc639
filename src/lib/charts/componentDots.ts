// A unit's components against the national median and best: one row per component.
import { scaleLinear } from 'd3';

export interface ComponentInput {
  code: string;
  name: string;
  value: number | null;
  previous: number | null;
  median: number | null;
  best: number | null;
}

export interface ComponentSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  ticks: { value: number; x: number }[];
  rows: (ComponentInput & { y: number; xValue: number | null; xPrevious: number | null; xMedian: number | null; xBest: number | null })[];
}

export const COMPONENT_DEFAULTS = Object.freeze({ width: 760, row: 30, top: 24, right: 56, bottom: 8, left: 260 });

export function componentDots(rows: readonly ComponentInput[], opts: { min?: number; max?: number; width?: number } = {}): ComponentSpec {
  const d = COMPONENT_DEFAULTS;
  const width = opts.width ?? d.width;
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left: d.left };
  const x = scaleLinear()
    .domain([opts.min ?? 0, opts.max ?? 10])
    .range([margin.left, width - margin.right]);
  const sx = (v: number | null) => (v == null ? null : x(v));
  return {
    width,
    height: margin.top + margin.bottom + rows.length * d.row,
    margin,
    ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
    rows: rows.map((r, i) => ({
      ...r,
      y: margin.top + i * d.row + d.row / 2,
      xValue: sx(r.value),
      xPrevious: sx(r.previous),
      xMedian: sx(r.median),
      xBest: sx(r.best)
    }))
  };
}
