// A unit's trend (score or rank) with reference lines, as SVG paths. Missing years break the line.
import { extent, line, scaleLinear } from 'd3';

export interface TrendPoint {
  year: number;
  value: number | null;
}

export interface TrendSeries {
  key: string;
  label: string;
  points: TrendPoint[];
  kind: 'unit' | 'median' | 'best';
}

export interface TrendSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  years: number[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  series: { key: string; label: string; kind: TrendSeries['kind']; path: string; dots: { year: number; value: number; x: number; y: number }[] }[];
  breaks: { year: number; x: number }[];
}

export const TREND_DEFAULTS = Object.freeze({ width: 760, height: 320, top: 16, right: 24, bottom: 28, left: 44 });

export function trendLines(
  series: readonly TrendSeries[],
  opts: { mode: 'score' | 'rank'; breaks?: readonly number[]; rankMax?: number; width?: number; height?: number }
): TrendSpec {
  const d = TREND_DEFAULTS;
  const width = opts.width ?? d.width;
  const height = opts.height ?? d.height;
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left: d.left };
  const allYears = series.flatMap((s) => s.points.map((p) => p.year));
  const [y0, y1] = extent(allYears) as [number, number];
  const years = y0 == null ? [] : Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  const x = scaleLinear()
    .domain(years.length > 1 ? [years[0], years[years.length - 1]] : [(y0 ?? 0) - 1, (y0 ?? 0) + 1])
    .range([margin.left, width - margin.right]);
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
    const byYear = new Map(s.points.map((p) => [p.year, p.value]));
    // Fill every year so an unpublished year leaves a visible gap instead of a straight join.
    const full = years.map((year) => ({ year, value: byYear.get(year) ?? null }));
    return {
      key: s.key,
      label: s.label,
      kind: s.kind,
      path: gen(full) ?? '',
      dots: full.filter((p) => p.value != null).map((p) => ({ year: p.year, value: p.value!, x: x(p.year), y: y(p.value!) }))
    };
  });
  const step = years.length > 12 ? 2 : 1;
  return {
    width,
    height,
    margin,
    years,
    xTicks: years.filter((_, i) => i % step === 0).map((year) => ({ year, x: x(year) })),
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    series: out,
    breaks: (opts.breaks ?? []).filter((b) => years.includes(b)).map((year) => ({ year, x: x(year - 0.5) }))
  };
}
