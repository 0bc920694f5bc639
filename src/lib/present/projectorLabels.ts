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
}

export interface ValueLabel {
  key: string;
  year: number;
  text: string;
  x: number;
  y: number;
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

export function trendDirectLabels(spec: TrendSpec, fmt: (v: number) => string, gap = 17): TrendDirectLabels {
  const right = spec.width - spec.margin.right;
  const withDots = spec.series.filter((s) => s.dots.length);
  const targets = withDots.map((s) => s.dots.at(-1)!.y);
  const ys = dodge(targets, gap, spec.margin.top, spec.height - spec.margin.bottom);
  const ends: EndLabel[] = withDots.map((s, i) => {
    const last = s.dots.at(-1)!;
    // A line that stops before the last year says which year its value is from.
    const when = last.year !== spec.years.at(-1) ? ` (${last.year})` : '';
    return { key: s.key, kind: s.kind, text: `${s.label} ${fmt(last.value)}${when}`, fromX: last.x, fromY: last.y, x: right + 10, y: ys[i] };
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
    // Its highest and lowest points are always labelled (a peak is what a hall asks about).
    const ys = subject.dots.map((d) => d.y);
    const extremes = new Set([subject.dots[ys.indexOf(Math.min(...ys))].year, subject.dots[ys.indexOf(Math.max(...ys))].year]);
    for (const d of subject.dots) {
      // The last point's value is in the line's end label.
      if (d.year === lastYear || ((lastYear - d.year) % every !== 0 && !extremes.has(d.year))) continue;
      // Above the point when no other line passes just above it, else below.
      const near = others.map((o) => o.dots.find((x) => x.year === d.year)?.y).filter((y): y is number => y != null);
      const above = !near.some((y) => y < d.y && d.y - y < 22);
      const below = !near.some((y) => y > d.y && y - d.y < 24);
      values.push({ key: subject.key, year: d.year, text: fmt(d.value), x: d.x, y: above || !below ? d.y - 9 : d.y + 18 });
    }
  }
  return { ends, values };
}
