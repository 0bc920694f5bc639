// One strip per socio-economic region: a dot per province at its score, in the region's colour, and
// the region's median as a tick. Dots that would overlap are stacked (a small beeswarm) so none hides.
import { scaleLinear } from 'd3';
import { NO_BAND, REGION_COLOURS } from './palette';
import { charsFor, wrapLabel } from './wrapLabel';

export interface StripInput {
  code: string;
  name: string;
  short: string;
  median: number | null;
  units: { code: string; name: string; value: number }[];
}

export interface StripDot {
  code: string;
  name: string;
  value: number;
  x: number;
  y: number;
}

export interface Strip {
  code: string;
  name: string;
  lines: string[];
  colour: string;
  y: number;
  height: number;
  medianX: number | null;
  median: number | null;
  dots: StripDot[];
}

export interface StripsSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  radius: number;
  ticks: { value: number; x: number }[];
  strips: Strip[];
}

export const STRIP_DEFAULTS = Object.freeze({ width: 760, radius: 5, top: 24, bottom: 8, right: 24, maxLeft: 230, minLeft: 96, pad: 10 });

/** Stack dots closer than 2r + 1 px into levels above and below the strip's centre line. */
export function stackDots(xs: readonly number[], r: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const levels: number[] = new Array(xs.length).fill(0);
  const placed: { x: number; level: number }[] = [];
  for (const { x, i } of order) {
    let level = 0;
    // Levels 0, 1, −1, 2, −2 …: the first that does not collide with an already placed dot.
    for (let k = 0; ; k++) {
      level = k === 0 ? 0 : k % 2 ? (k + 1) / 2 : -k / 2;
      if (!placed.some((p) => p.level === level && Math.abs(p.x - x) < 2 * r + 1)) break;
    }
    placed.push({ x, level });
    levels[i] = level;
  }
  return levels;
}

export function regionStrips(strips: readonly StripInput[], opts: { width?: number; domain?: [number, number] } = {}): StripsSpec {
  const d = STRIP_DEFAULTS;
  const width = opts.width ?? d.width;
  const left = Math.round(Math.min(d.maxLeft, Math.max(d.minLeft, width * 0.3)));
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left };
  const values = strips.flatMap((s) => s.units.map((u) => u.value));
  const lo = opts.domain?.[0] ?? Math.min(...values);
  const hi = opts.domain?.[1] ?? Math.max(...values);
  const x = scaleLinear()
    .domain(values.length ? [lo, hi] : [0, 1])
    .nice()
    .range([margin.left + d.radius, width - margin.right - d.radius]);
  const chars = charsFor(left - 10);
  let y = margin.top;
  const out: Strip[] = strips.map((s) => {
    const xs = s.units.map((u) => x(u.value));
    const levels = stackDots(xs, d.radius);
    const up = Math.max(0, ...levels);
    const down = -Math.min(0, ...levels);
    const step = 2 * d.radius + 1;
    const lines = wrapLabel(s.name, chars);
    const height = Math.max(lines.length * 15 + 6, (up + down + 1) * step + 2 * d.pad);
    const centre = y + d.pad + up * step + d.radius + Math.max(0, (height - 2 * d.pad - (up + down + 1) * step) / 2);
    const strip: Strip = {
      code: s.code,
      name: s.name,
      lines,
      colour: REGION_COLOURS[s.code] ?? NO_BAND,
      y,
      height,
      median: s.median,
      medianX: s.median == null ? null : x(s.median),
      dots: s.units.map((u, i) => ({ ...u, x: xs[i], y: centre - levels[i] * step }))
    };
    y += height;
    return strip;
  });
  return {
    width,
    height: y + margin.bottom,
    margin,
    radius: d.radius,
    ticks: x.ticks(width < 500 ? 4 : 6).map((value) => ({ value, x: x(value) })),
    strips: out
  };
}

/** The region view's groups as strips (the /vung page and its slide). */
export function stripsOf(groups: readonly { code: string; name: string; short: string; median: number | null; rows: readonly { unit_code: string; unit_name: string; value: number }[] }[]): StripInput[] {
  return groups.map((g) => ({ code: g.code, name: g.name, short: g.short, median: g.median, units: g.rows.map((r) => ({ code: r.unit_code, name: r.unit_name, value: r.value })) }));
}
