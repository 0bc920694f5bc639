// A unit's trend (score or rank) with reference lines, as SVG paths. Missing years break the line.
import { extent, line, scaleLinear } from 'd3';

export interface TrendPoint {
  year: number;
  value: number | null;
  /** Extra words for the tooltip and table, e.g. "hạng 45/63". */
  detail?: string;
}

export interface TrendSeries {
  key: string;
  label: string;
  points: TrendPoint[];
  kind: 'unit' | 'median' | 'best';
  /** Set when several units share a chart; the renderer's default otherwise. */
  colour?: string;
}

export interface TrendSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  years: number[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  series: {
    key: string;
    label: string;
    kind: TrendSeries['kind'];
    colour?: string;
    path: string;
    dots: { year: number; value: number; x: number; y: number; detail?: string }[];
    /** Years inside a unit's record with no published value: drawn as gaps, marked on the axis. */
    gaps: { year: number; x: number }[];
  }[];
  /** Breaks inside the years with a drawn point (first < break ≤ last). `lane` staggers labels of breaks too close to share a line (at `labelY`, above the plot); `anchor` keeps a label near the right edge inside. */
  breaks: { year: number; x: number; lane: number; anchor: 'start' | 'end'; labelY: number }[];
}

export const TREND_DEFAULTS = Object.freeze({ width: 760, height: 320, top: 16, right: 24, bottom: 28, left: 44 });
const LANE_TOP = 4;
/** A line of 10 px break labels: Noto Sans' box is ~1.36 em tall, so lanes 14 apart never touch, even where two labels overlap in x. */
const LANE = 14;

export function trendLines(
  series: readonly TrendSeries[],
  opts: {
    mode: 'score' | 'rank';
    breaks?: readonly number[];
    rankMax?: number;
    width?: number;
    height?: number;
    /** Break labels' type in chart px when larger than 10 (a projector slide draws them at its floor). */
    breakFont?: number;
  }
): TrendSpec {
  const d = TREND_DEFAULTS;
  const width = opts.width ?? d.width;
  const height = opts.height ?? d.height;
  const margin: TrendSpec['margin'] = { top: d.top, right: d.right, bottom: d.bottom, left: d.left };
  const allYears = series.flatMap((s) => s.points.map((p) => p.year));
  const [y0, y1] = extent(allYears) as [number, number];
  const years = y0 == null ? [] : Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  const x = scaleLinear()
    .domain(years.length > 1 ? [years[0], years[years.length - 1]] : [(y0 ?? 0) - 1, (y0 ?? 0) + 1])
    .range([margin.left, width - margin.right]);
  // Each break label goes on the first line (lane) where it does not overlap an earlier one;
  // "đổi phương pháp 2021" is ~105 px at 10 px, written leftwards near the right edge.
  const scale = Math.max(1, (opts.breakFont ?? 10) / 10);
  const LABEL = 110 * scale;
  const lane = LANE * scale;
  const lanes: number[] = [];
  // A break (between year − 1 and year) is marked only inside the years that have a drawn point: none
  // left of the first point or over an empty stretch of axis at either end.
  const drawnYears = series.flatMap((s) => s.points.filter((p) => p.value != null).map((p) => p.year));
  const [d0, d1] = drawnYears.length ? [Math.min(...drawnYears), Math.max(...drawnYears)] : [Infinity, -Infinity];
  const breaks = (opts.breaks ?? [])
    .filter((b) => years.includes(b) && b > d0 && b <= d1)
    .map((year) => {
      const bx = x(year - 0.5);
      const anchor = bx + LABEL > width ? ('end' as const) : ('start' as const);
      const [from, to] = anchor === 'end' ? [bx - LABEL, bx] : [bx, bx + LABEL];
      let free = lanes.findIndex((end) => end < from);
      if (free < 0) free = lanes.length;
      lanes[free] = to;
      return { year, x: bx, lane: free, anchor, labelY: 0 };
    });
  // The labels get their own band above the plot, so they never sit on a line (rank 1 lives up there).
  if (breaks.length) margin.top = Math.max(d.top, LANE_TOP + lanes.length * lane + 8 * scale);
  for (const b of breaks) b.labelY = LANE_TOP + b.lane * lane + 8 * scale;
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v != null);
  const y = scaleLinear().range([height - margin.bottom, margin.top]);
  if (opts.mode === 'rank') {
    // Rank 1 at the top.
    y.domain([opts.rankMax ?? Math.max(1, ...values), 1]);
  } else {
    const [lo, hi] = extent(values) as [number, number];
    const pad = lo == null ? 1 : Math.max(1, (hi - lo) * 0.1);
    y.domain(lo == null ? [0, 1] : [lo - pad, hi + pad]).nice();
  }
  const gen = line<TrendPoint>()
    .defined((p) => p.value != null)
    .x((p) => x(p.year))
    .y((p) => y(p.value!));
  const out = series.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p]));
    // Fill every year so an unpublished year leaves a visible gap instead of a straight join.
    const full = years.map((year) => ({ year, value: byYear.get(year)?.value ?? null, detail: byYear.get(year)?.detail }));
    const onRecord = s.points.map((p) => p.year);
    const [first, last] = [Math.min(...onRecord), Math.max(...onRecord)];
    return {
      key: s.key,
      label: s.label,
      kind: s.kind,
      ...(s.colour ? { colour: s.colour } : {}),
      path: gen(full) ?? '',
      dots: full
        .filter((p) => p.value != null)
        .map((p) => ({ year: p.year, value: p.value!, x: x(p.year), y: y(p.value!), ...(p.detail ? { detail: p.detail } : {}) })),
      gaps: s.kind !== 'unit' ? [] : full.filter((p) => p.value == null && p.year >= first && p.year <= last).map((p) => ({ year: p.year, x: x(p.year) }))
    };
  });
  // Year labels at least ~40 px apart: every year on a wide chart, every 2nd or 4th on a phone.
  const inner = width - margin.left - margin.right;
  const step = Math.max(years.length > 12 ? 2 : 1, Math.ceil((40 * years.length) / Math.max(inner, 1)));
  return {
    width,
    height,
    margin,
    years,
    // Counted back from the last year, so the latest year (often the one asked about) is always labelled.
    xTicks: years.filter((_, i) => (years.length - 1 - i) % step === 0).map((year) => ({ year, x: x(year) })),
    // On a rank axis, rank 1 (the top) is always labelled.
    yTicks: (opts.mode === 'rank' ? [1, ...y.ticks(5).filter((v) => v > 1)] : y.ticks(5)).map((value) => ({ value, y: y(value) })),
    series: out,
    breaks
  };
}
