// A unit's components against the national median and best: one row per component.
import { scaleLinear } from 'd3';

export interface ComponentInput {
  code: string;
  name: string;
  value: number | null;
  previous: number | null;
  median: number | null;
  best: number | null;
  /** Full points of the component this year and last (share mode only). */
  max?: number | null;
  previousMax?: number | null;
}

export interface ComponentSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  ticks: { value: number; x: number }[];
  rows: (ComponentInput & {
    y: number;
    xValue: number | null;
    xPrevious: number | null;
    xMedian: number | null;
    xBest: number | null;
    /** Where the component's name goes: left of the row, or above it on a narrow (phone) chart. */
    label: { x: number; y: number; anchor: 'start' | 'end' };
  })[];
}

export const COMPONENT_DEFAULTS = Object.freeze({ width: 760, row: 30, top: 24, right: 56, bottom: 8, left: 260 });
/** Below this width names go above their row, so a phone keeps the whole 0–10 axis. */
export const COMPONENT_NARROW = Object.freeze({ below: 560, row: 46, left: 14, labelAbove: 15 });

/**
 * `share`: the components have no common scale (PAR INDEX), so each is placed at its share of its own
 * full points, on a 0–100 % axis; a row whose full points are unknown gets no marks.
 */
export function componentDots(
  rows: readonly ComponentInput[],
  opts: { min?: number; max?: number; width?: number; share?: boolean } = {}
): ComponentSpec {
  const d = COMPONENT_DEFAULTS;
  const width = opts.width ?? d.width;
  const narrow = width < COMPONENT_NARROW.below;
  const row = narrow ? COMPONENT_NARROW.row : d.row;
  // Share mode prints "12,38/13" at the row's end: a wider right margin.
  const margin = { top: d.top, right: opts.share ? d.right + 28 : d.right, bottom: d.bottom, left: narrow ? COMPONENT_NARROW.left : d.left };
  const x = scaleLinear()
    .domain(opts.share ? [0, 100] : [opts.min ?? 0, opts.max ?? 10])
    .range([margin.left, width - margin.right]);
  const sx = (v: number | null, full: number | null | undefined) => {
    if (v == null) return null;
    if (!opts.share) return x(v);
    return full ? x((v / full) * 100) : null;
  };
  return {
    width,
    height: margin.top + margin.bottom + rows.length * row,
    margin,
    ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
    rows: rows.map((r, i) => {
      const y = margin.top + i * row + (narrow ? row - 14 : row / 2);
      return {
        ...r,
        y,
        label: narrow ? { x: margin.left, y: y - COMPONENT_NARROW.labelAbove, anchor: 'start' as const } : { x: margin.left - 10, y, anchor: 'end' as const },
        xValue: sx(r.value, r.max),
        xPrevious: sx(r.previous, r.previousMax),
        xMedian: sx(r.median, r.max),
        xBest: sx(r.best, r.max)
      };
    })
  };
}
