// A small line of a series' published points (no axes, no text: the numbers sit beside it). Gaps are left out.
import { line, scaleLinear } from 'd3';

export function sparkPath(points: readonly { year: number; value: number | null }[], width: number, height: number, pad = 3): string | null {
  const pts = points.filter((p): p is { year: number; value: number } => p.value != null && Number.isFinite(p.value));
  if (pts.length < 2) return null;
  const x = scaleLinear().domain([pts[0].year, pts[pts.length - 1].year]).range([pad, width - pad]);
  const vals = pts.map((p) => p.value);
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([height - pad, pad]);
  return line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value))(pts);
}
