// Bump chart: rank over the years for a few units (rank 1 on top), one line each, labelled at its end.
// A year without a rank breaks the line. Pure: d3 computes, Svelte renders.
import { line, scaleLinear } from 'd3';
import { dodge } from './dodge';
import { HIGHLIGHT, TEN_COLOURS } from './palette';

export interface BumpPoint {
  year: number;
  rank: number | null;
  value?: number | null;
}

export interface BumpInput {
  key: string;
  label: string;
  points: BumpPoint[];
  /** Chosen by the user: drawn on top, thicker, in the highlight colour. */
  selected?: boolean;
}

export interface BumpSeries {
  key: string;
  label: string;
  colour: string;
  selected: boolean;
  path: string;
  dots: { year: number; rank: number; value: number | null; x: number; y: number }[];
  /** Direct label after the line's last point ("3. Đồng Tháp"); null when the unit has no rank at all. */
  end: { x: number; y: number; text: string } | null;
}

export interface BumpSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  years: number[];
  rankMax: number;
  xTicks: { year: number; x: number }[];
  yTicks: { rank: number; y: number }[];
  series: BumpSeries[];
  /** Methodology breaks inside the span, between the two years. */
  breaks: { year: number; x: number }[];
}

export const BUMP_DEFAULTS = Object.freeze({ width: 760, rowPx: 12, minHeight: 280, maxHeight: 640, top: 14, bottom: 28, left: 36, label: 13 });

export function bumpLines(
  series: readonly BumpInput[],
  opts: {
    years: readonly number[];
    breaks?: readonly number[];
    width?: number;
    /** Projector slide: exactly this height (the chart is drawn large, so it must fit the slide). */
    projector?: { height: number } | null;
  }
): BumpSpec {
  const d = BUMP_DEFAULTS;
  const width = opts.width ?? d.width;
  // Room for "10. Bà Rịa - Vũng Tàu" at the right; less on a phone.
  const right = Math.round(Math.min(170, Math.max(118, width * 0.26)));
  const years = [...opts.years].sort((a, b) => a - b);
  const ranks = series.flatMap((s) => s.points.map((p) => p.rank)).filter((r): r is number => r != null);
  const rankMax = Math.max(10, ...ranks);
  const height = opts.projector
    ? Math.round(Math.max(200, opts.projector.height))
    : Math.round(Math.min(d.maxHeight, Math.max(d.minHeight, rankMax * d.rowPx + d.top + d.bottom)));
  const margin = { top: d.top, right, bottom: d.bottom, left: d.left };
  const x = scaleLinear()
    .domain(years.length > 1 ? [years[0], years[years.length - 1]] : [(years[0] ?? 0) - 1, (years[0] ?? 0) + 1])
    .range([margin.left, width - margin.right]);
  // Rank 1 at the top.
  const y = scaleLinear().domain([1, rankMax]).range([margin.top, height - margin.bottom]);
  const gen = line<BumpPoint>()
    .defined((p) => p.rank != null)
    .x((p) => x(p.year))
    .y((p) => y(p.rank!));

  let top = 0;
  const out = series.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p]));
    const full = years.map((year) => byYear.get(year) ?? { year, rank: null });
    const dots = full.filter((p) => p.rank != null).map((p) => ({ year: p.year, rank: p.rank!, value: p.value ?? null, x: x(p.year), y: y(p.rank!) }));
    const last = dots.at(-1);
    return {
      key: s.key,
      label: s.label,
      colour: s.selected ? HIGHLIGHT : TEN_COLOURS[top++ % TEN_COLOURS.length],
      selected: !!s.selected,
      path: gen(full) ?? '',
      dots,
      end: last ? { x: last.x + 8, y: last.y, text: `${last.rank}. ${s.label}` } : null
    };
  });
  // Labels that share a column (same last year) must not overlap.
  const byX = new Map<number, BumpSeries[]>();
  for (const s of out) if (s.end) byX.set(s.end.x, [...(byX.get(s.end.x) ?? []), s]);
  for (const group of byX.values()) {
    const ys = dodge(
      group.map((s) => s.end!.y),
      // Projector slides: a little more air between end labels.
      opts.projector ? d.label + 3 : d.label,
      margin.top - 4,
      height - 4
    );
    group.forEach((s, i) => (s.end!.y = ys[i]));
  }
  const inner = width - margin.left - margin.right;
  const step = Math.max(1, Math.ceil((40 * years.length) / Math.max(inner, 1)));
  const rankTicks = [1, ...y.ticks(5).filter((r) => r > 1 && Number.isInteger(r))];
  return {
    width,
    height,
    margin,
    years,
    rankMax,
    xTicks: years.filter((_, i) => (years.length - 1 - i) % step === 0).map((year) => ({ year, x: x(year) })),
    yTicks: rankTicks.map((rank) => ({ rank, y: y(rank) })),
    // Selected lines last, so they are drawn on top.
    series: [...out.filter((s) => !s.selected), ...out.filter((s) => s.selected)],
    breaks: (opts.breaks ?? []).filter((b) => b > years[0] && b <= years[years.length - 1]).map((year) => ({ year, x: x(year - 0.5) }))
  };
}
