// Direct labels for a trend chart on a projector slide: every line ends in its name and last value
// (no legend lookup from ten metres away), and a unit's points carry their values where there is room.
// Pure: from a trendLines spec to label positions; labels never overlap (dodge).
import { dodge } from '../charts/dodge';
import type { TrendSpec } from '../charts/trendLines';

export interface EndLabel {
  key: string;
  kind: 'unit' | 'median' | 'best';
  text: string;
  /** Where the line's last point is (the leader starts there) and where the label sits. */
  fromX: number;
  fromY: number;
  x: number;
  y: number;
  /**
   * A leader from the last point to the label, only where the line reaches the last year (then it is a
   * few px long): never across years the line has no data for.
   */
  leader: boolean;
}

export interface ValueLabel {
  key: string;
  year: number;
  text: string;
  x: number;
  y: number;
  /** Set where a centred label would cross the plot's edge (onto the axis' ticks): it starts or ends at its point. */
  anchor?: 'start' | 'end';
}

export interface TrendDirectLabels {
  ends: EndLabel[];
  values: ValueLabel[];
}

const CHAR_PX = 6.6;

/** Width to keep right of the plot for "Hà Tĩnh 59,76"-style end labels. */
export function endLabelRoom(labels: readonly string[], valueChars = 13): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(280, Math.ceil((longest + 1 + valueChars) * CHAR_PX + 16));
}

type Series = TrendSpec['series'][number];
type Segment = [x1: number, y1: number, x2: number, y2: number];

/** A line's drawn segments: between points of consecutive years (the path breaks at a missing year). */
function segmentsOf(s: Series, years: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < s.dots.length; i++) {
    const [a, b] = [s.dots[i - 1], s.dots[i]];
    if (years.indexOf(b.year) - years.indexOf(a.year) === 1) out.push([a.x, a.y, b.x, b.y]);
  }
  return out;
}

/** Whether a segment passes through the box [x0, x1] × [y0, y1]. */
function crosses([ax, ay, bx, by]: Segment, x0: number, x1: number, y0: number, y1: number): boolean {
  const lo = Math.max(x0, Math.min(ax, bx));
  const hi = Math.min(x1, Math.max(ax, bx));
  if (lo > hi) return false;
  const at = (x: number) => (bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax));
  const [ya, yb] = bx === ax ? [Math.min(ay, by), Math.max(ay, by)] : [at(lo), at(hi)];
  return Math.max(ya, yb) >= y0 && Math.min(ya, yb) <= y1;
}

/** Half the width and the height of an 11 px value label (ChartFrame's chart px). */
const VALUE_CHAR_PX = 6.2;
const VALUE_ASCENT = 11;

export function trendDirectLabels(spec: TrendSpec, fmt: (v: number) => string, gap = 17): TrendDirectLabels {
  const right = spec.width - spec.margin.right;
  const lastYear = spec.years.at(-1);
  const withDots = spec.series.filter((s) => s.dots.length);
  // Every label in the column right of the plot (inside it, a label would sit on other lines). Only a
  // line reaching the last year gets a leader to it: from a line that stops earlier, a leader would run
  // across the years it has no data for and read as data; its label names its year instead.
  const ys = dodge(withDots.map((s) => s.dots.at(-1)!.y), gap, spec.margin.top, spec.height - spec.margin.bottom);
  const ends: EndLabel[] = withDots.map((s, i) => {
    const last = s.dots.at(-1)!;
    const reaches = last.year === lastYear;
    const when = reaches ? '' : ` (${last.year})`;
    return { key: s.key, kind: s.kind, text: `${s.label} ${fmt(last.value)}${when}`, fromX: last.x, fromY: last.y, x: right + 10, y: ys[i], leader: reaches };
  });

  // Values on the points of the first unit (the one the slide is about): every point when they are
  // ~34 px apart, else every other one counted back from its last point.
  // Other lines carry their value at their end only, so the picture stays readable.
  const units = spec.series.filter((s) => s.kind === 'unit');
  const inner = right - spec.margin.left;
  const every = spec.years.length > 1 && inner / (spec.years.length - 1) >= 34 ? 1 : 2;
  const values: ValueLabel[] = [];
  const subject = units[0];
  if (subject && subject.dots.length) {
    const lastYear = subject.dots.at(-1)!.year;
    const others = spec.series.filter((o) => o !== subject);
    const otherSegments = others.flatMap((o) => segmentsOf(o, spec.years));
    const otherDots = others.flatMap((o) => o.dots);
    /** A label in [x0, x1] with this baseline is clear of every line in `segments` and every point. */
    const clear = (x0: number, x1: number, baseline: number, segments: Segment[]) => {
      const [y0, y1] = [baseline - VALUE_ASCENT, baseline + 2];
      return !segments.some((g) => crosses(g, x0, x1, y0, y1)) && !otherDots.some((p) => p.x >= x0 - 3 && p.x <= x1 + 3 && p.y >= y0 - 3 && p.y <= y1 + 3);
    };
    const ownSegments = segmentsOf(subject, spec.years);
    // Its highest and lowest points are always labelled (a peak is what a hall asks about).
    const ys = subject.dots.map((d) => d.y);
    const extremes = new Set([subject.dots[ys.indexOf(Math.min(...ys))].year, subject.dots[ys.indexOf(Math.max(...ys))].year]);
    for (const d of subject.dots) {
      // The last point's value is in the line's end label.
      if (d.year === lastYear || ((lastYear - d.year) % every !== 0 && !extremes.has(d.year))) continue;
      // Above the point, else below; where another line passes through both, no value (never one on a line).
      const text = fmt(d.value);
      const half = (text.length * VALUE_CHAR_PX) / 2 + 1;
      // Centred on its point, unless that would reach past the plot's edge onto the axis' ticks (the first
      // year's point sits on the edge): then it starts (or ends) at the point, and keeps off its own line too.
      const anchor = d.x - half < spec.margin.left ? 'start' : d.x + half > right ? 'end' : undefined;
      const [x0, x1] = anchor === 'start' ? [d.x - 2, d.x - 2 + 2 * half] : anchor === 'end' ? [d.x + 2 - 2 * half, d.x + 2] : [d.x - half, d.x + half];
      const segments = anchor ? [...otherSegments, ...ownSegments] : otherSegments;
      const y = [d.y - 9, d.y + 18].find((b) => clear(x0, x1, b, segments));
      if (y != null) values.push({ key: subject.key, year: d.year, text, x: anchor === 'start' ? d.x - 2 : anchor === 'end' ? d.x + 2 : d.x, y, ...(anchor ? { anchor } : {}) });
    }
  }
  return { ends, values };
}
