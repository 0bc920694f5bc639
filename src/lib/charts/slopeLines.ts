// Slope chart of ranks between two years: who rose (teal), who fell (brown). Rank 1 on top, every unit
// labelled on both sides (labels spread apart where ranks tie). Pure: d3 computes, Svelte renders.
import { scaleLinear } from 'd3';
import { dodge } from './dodge';
import { FELL, ROSE, STEADY } from './palette';

export interface SlopeInput {
  code: string;
  name: string;
  from: number | null;
  to: number | null;
  fromValue?: number | null;
  toValue?: number | null;
}

export type Direction = 'up' | 'down' | 'same';

export interface SlopeLine {
  code: string;
  name: string;
  from: number;
  to: number;
  fromValue: number | null;
  toValue: number | null;
  /** Places gained: 35 → 45 is −10 (a smaller rank is better). */
  change: number;
  direction: Direction;
  colour: string;
  selected: boolean;
  y1: number;
  y2: number;
  left: { y: number; text: string };
  right: { y: number; text: string };
}

export interface SlopeSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x1: number;
  x2: number;
  fromYear: number;
  toYear: number;
  lines: SlopeLine[];
  /** Units ranked in only one of the two years: no line, listed beside the chart. */
  unmatched: SlopeInput[];
}

export const SLOPE_DEFAULTS = Object.freeze({ width: 760, rowPx: 15, label: 13, top: 30, bottom: 10 });

export const directionOf = (change: number): Direction => (change > 0 ? 'up' : change < 0 ? 'down' : 'same');

export function slopeLines(
  rows: readonly SlopeInput[],
  opts: {
    fromYear: number;
    toYear: number;
    selected?: readonly string[];
    width?: number;
    /**
     * Projector slide: fit this height, and name only the lines a hall can read — the chosen units and
     * the four biggest rises and falls; every other line is still drawn.
     */
    projector?: { height: number } | null;
  }
): SlopeSpec {
  const d = SLOPE_DEFAULTS;
  const width = opts.width ?? d.width;
  const selected = new Set(opts.selected ?? []);
  const both = rows.filter((r) => r.from != null && r.to != null);
  const rankMax = Math.max(1, ...both.flatMap((r) => [r.from!, r.to!]));
  // Labels need ~130 px at 12 px ("Bà Rịa - Vũng Tàu 45"); the lines get the rest.
  const side = Math.round(Math.min(210, Math.max(128, width * 0.3)));
  const margin = { top: d.top, right: side, bottom: d.bottom, left: side };
  const height = opts.projector ? Math.max(200, opts.projector.height) : margin.top + margin.bottom + Math.max(1, rankMax - 1) * d.rowPx + d.label;
  const y = scaleLinear().domain([1, rankMax]).range([margin.top, height - margin.bottom - d.label]);
  const x1 = margin.left;
  const x2 = width - margin.right;
  const lines: SlopeLine[] = both.map((r) => {
    const change = r.from! - r.to!;
    const direction = directionOf(change);
    return {
      code: r.code,
      name: r.name,
      from: r.from!,
      to: r.to!,
      fromValue: r.fromValue ?? null,
      toValue: r.toValue ?? null,
      change,
      direction,
      colour: direction === 'up' ? ROSE : direction === 'down' ? FELL : STEADY,
      selected: selected.has(r.code),
      y1: y(r.from!),
      y2: y(r.to!),
      left: { y: 0, text: `${r.name} ${r.from}` },
      right: { y: 0, text: `${r.to} ${r.name}${selected.has(r.code) && change ? (change > 0 ? ` ↑${change}` : ` ↓${-change}`) : ''}` }
    };
  });
  const lo = margin.top - 6;
  const hi = height - margin.bottom;
  if (opts.projector) {
    const byChange = [...lines].sort((a, b) => b.change - a.change);
    const named = new Set([...lines.filter((l) => l.selected), ...byChange.slice(0, 4).filter((l) => l.change > 0), ...byChange.slice(-4).filter((l) => l.change < 0)].map((l) => l.code));
    for (const l of lines) if (!named.has(l.code)) l.left.text = l.right.text = '';
    const shown = lines.filter((l) => named.has(l.code));
    const gap = d.label + 3;
    const ls = dodge(shown.map((l) => l.y1), gap, lo, hi);
    const rs = dodge(shown.map((l) => l.y2), gap, lo, hi);
    shown.forEach((l, i) => {
      l.left.y = ls[i];
      l.right.y = rs[i];
    });
    for (const l of lines) if (!named.has(l.code)) [l.left.y, l.right.y] = [l.y1, l.y2];
  } else {
    const left = dodge(lines.map((l) => l.y1), d.label, lo, hi);
    const right = dodge(lines.map((l) => l.y2), d.label, lo, hi);
    lines.forEach((l, i) => {
      l.left.y = left[i];
      l.right.y = right[i];
    });
  }
  // Selected lines last, drawn on top.
  lines.sort((a, b) => Number(a.selected) - Number(b.selected) || a.to - b.to);
  return {
    width,
    height,
    margin,
    x1,
    x2,
    fromYear: opts.fromYear,
    toYear: opts.toYear,
    lines,
    unmatched: rows.filter((r) => r.from == null || r.to == null)
  };
}
