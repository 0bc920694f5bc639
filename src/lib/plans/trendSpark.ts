// A component's trend as a small chart beside its tasks: one line per unit, gaps where a year has no
// published value, the scale of the component (0–10, or 0–100 for a total) so a move is not overdrawn.
import { line, scaleLinear } from 'd3';
import type { SeriesView } from './planViews';

export interface SparkSpec {
  width: number;
  height: number;
  years: { year: number; x: number; label: boolean }[];
  yTicks: { value: number; y: number }[];
  lines: { unitCode: string; unitName: string; path: string; dots: { year: number; value: number; x: number; y: number }[] }[];
}

export const SPARK_DEFAULTS = Object.freeze({ width: 300, height: 96, top: 8, right: 10, bottom: 18, left: 26 });

export function trendSpark(series: readonly SeriesView[], opts: { max: number | null; width?: number; height?: number }): SparkSpec {
  const d = SPARK_DEFAULTS;
  const width = opts.width ?? d.width;
  const height = opts.height ?? d.height;
  const allYears = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const y0 = allYears[0] ?? 0;
  const y1 = allYears.at(-1) ?? 0;
  const x = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([d.left, width - d.right]);
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v != null);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : (opts.max ?? 10);
  // Enough room to see the move; not beyond the scale where the catalogue gives one (a value printed
  // above it stays inside the chart).
  const pad = Math.max((hi - lo) * 0.25, (opts.max ?? Math.abs(hi)) * 0.05, 0.1);
  const top = opts.max == null ? hi + pad : Math.max(hi, Math.min(opts.max, hi + pad));
  const y = scaleLinear()
    .domain([Math.max(0, lo - pad), top])
    .range([height - d.bottom, d.top])
    .nice(3);
  // Year labels: about six, never closer than 28 px; the last year is always labelled.
  const step = Math.max(1, Math.ceil(allYears.length / 6));
  const labelled = new Set<number>();
  let lastX = -Infinity;
  allYears.forEach((year, i) => {
    if (i % step !== 0 && i !== allYears.length - 1) return;
    if (x(year) - lastX < 28) {
      if (i !== allYears.length - 1) return;
      labelled.delete([...labelled].at(-1)!);
    }
    labelled.add(year);
    lastX = x(year);
  });
  const path = line<{ year: number; value: number | null }>()
    .defined((p) => p.value != null)
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0));
  return {
    width,
    height,
    years: allYears.map((year) => ({ year, x: x(year), label: labelled.has(year) })),
    yTicks: y.ticks(3).map((value) => ({ value, y: y(value) })),
    lines: series.map((s) => ({
      unitCode: s.unitCode,
      unitName: s.unitName,
      path: path(s.points) ?? '',
      dots: s.points.filter((p): p is { year: number; value: number } => p.value != null).map((p) => ({ year: p.year, value: p.value, x: x(p.year), y: y(p.value) }))
    }))
  };
}
