// "Why the total moved": a horizontal waterfall in points of the total. Each component's weighted
// contribution steps from where the previous one ended; the rounding residual is its own grey step;
// the last row is the published change, drawn from zero, so the steps visibly add up to it.
import { scaleLinear } from 'd3';
import { FELL, ROSE, STEADY } from './palette';
import { charsFor, wrapLabel } from './wrapLabel';

export interface WaterfallInput {
  code: string;
  name: string;
  contribution: number;
}

export type StepKind = 'component' | 'residual' | 'total';

export interface WaterfallStep {
  code: string;
  name: string;
  kind: StepKind;
  value: number;
  /** Running sum before and after this step (the total row: 0 → published change). */
  start: number;
  end: number;
  y: number;
  lines: string[];
  x0: number;
  x1: number;
  colour: string;
}

export interface WaterfallSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  barHeight: number;
  zeroX: number;
  ticks: { value: number; x: number }[];
  steps: WaterfallStep[];
  /** Vertical connectors from the end of one step to the start of the next. */
  connectors: { x: number; y1: number; y2: number }[];
}

export const WATERFALL_DEFAULTS = Object.freeze({ width: 760, row: 34, barHeight: 18, top: 24, bottom: 8, right: 64, maxLeft: 260, minLeft: 110 });

/** Components in the order given (callers sort, e.g. largest rise first), then the residual, then the total. */
export function contributionWaterfall(
  rows: readonly WaterfallInput[],
  opts: { residual: number; publishedChange: number; residualLabel: string; totalLabel: string; width?: number }
): WaterfallSpec {
  const d = WATERFALL_DEFAULTS;
  const width = opts.width ?? d.width;
  const left = Math.round(Math.min(d.maxLeft, Math.max(d.minLeft, width * 0.36)));
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left };
  let run = 0;
  const raw: Omit<WaterfallStep, 'y' | 'lines' | 'x0' | 'x1'>[] = rows.map((r) => {
    const start = run;
    run += r.contribution;
    return { code: r.code, name: r.name, kind: 'component', value: r.contribution, start, end: run, colour: r.contribution < 0 ? FELL : ROSE };
  });
  raw.push({ code: 'residual', name: opts.residualLabel, kind: 'residual', value: opts.residual, start: run, end: run + opts.residual, colour: STEADY });
  raw.push({ code: 'total', name: opts.totalLabel, kind: 'total', value: opts.publishedChange, start: 0, end: opts.publishedChange, colour: opts.publishedChange < 0 ? FELL : ROSE });
  const extent = raw.flatMap((s) => [s.start, s.end]);
  const lo = Math.min(0, ...extent);
  const hi = Math.max(0, ...extent);
  const pad = Math.max(0.05, (hi - lo) * 0.05);
  const x = scaleLinear().domain([lo - pad, hi + pad]).nice().range([margin.left, width - margin.right]);
  const chars = charsFor(left - 10);
  const steps: WaterfallStep[] = raw.map((s, i) => ({
    ...s,
    y: margin.top + i * d.row + (d.row - d.barHeight) / 2,
    lines: wrapLabel(s.name, chars),
    x0: x(Math.min(s.start, s.end)),
    x1: x(Math.max(s.start, s.end))
  }));
  const connectors = steps.slice(0, -2).map((s, i) => ({ x: x(s.end), y1: s.y + d.barHeight, y2: steps[i + 1].y }));
  return {
    width,
    height: margin.top + margin.bottom + steps.length * d.row,
    margin,
    barHeight: d.barHeight,
    zeroX: x(0),
    ticks: x.ticks(width < 500 ? 4 : 6).map((value) => ({ value, x: x(value) })),
    steps,
    connectors
  };
}
