// Diverging bars around zero: each component's change since the previous year (rises right, falls left).
// Pure: d3 computes, Svelte renders. A missing change stays a row with no bar ("chưa có số liệu").
import { scaleLinear } from 'd3';
import { FELL, ROSE } from './palette';
import { charsFor, wrapLabel } from './wrapLabel';

export interface ChangeInput {
  code: string;
  name: string;
  change: number | null;
}

export interface ChangeBar extends ChangeInput {
  y: number;
  lines: string[];
  /** Bar from x0 to x1 (x0 ≤ x1), absent where the change is unknown. */
  x0: number | null;
  x1: number | null;
  colour: string;
}

export interface ChangeBarsSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  zeroX: number;
  ticks: { value: number; x: number }[];
  rows: ChangeBar[];
}

export const CHANGE_DEFAULTS = Object.freeze({ width: 760, row: 34, top: 24, bottom: 8, right: 64, maxLeft: 260, minLeft: 110 });

export function changeBars(rows: readonly ChangeInput[], opts: { width?: number; minExtent?: number } = {}): ChangeBarsSpec {
  const d = CHANGE_DEFAULTS;
  const width = opts.width ?? d.width;
  const left = Math.round(Math.min(d.maxLeft, Math.max(d.minLeft, width * 0.36)));
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left };
  const known = rows.map((r) => r.change).filter((c): c is number => c != null);
  // Symmetric around 0 so a rise and a fall of the same size look the same size.
  const m = Math.max(opts.minExtent ?? 0.5, ...known.map(Math.abs));
  // The left end leaves room for a falling bar's value label before the name column.
  const x = scaleLinear().domain([-m, m]).nice().range([margin.left + 48, width - margin.right]);
  const zeroX = x(0);
  const chars = charsFor(left - 10);
  return {
    width,
    height: margin.top + margin.bottom + rows.length * d.row,
    margin,
    zeroX,
    ticks: x.ticks(width < 500 ? 4 : 6).map((value) => ({ value, x: x(value) })),
    rows: rows.map((r, i) => ({
      ...r,
      y: margin.top + i * d.row + d.row / 2,
      lines: wrapLabel(r.name, chars),
      x0: r.change == null ? null : Math.min(zeroX, x(r.change)),
      x1: r.change == null ? null : Math.max(zeroX, x(r.change)),
      colour: r.change != null && r.change < 0 ? FELL : ROSE
    }))
  };
}
