// Rows → geometry of the horizontal ranking bar chart. Pure: d3 computes, Svelte renders.
import { scaleLinear, type ScaleLinear } from 'd3';
import { bandColour, HIGHLIGHT } from './palette';

export interface RankingBarInput {
  code: string;
  name: string;
  value: number;
  /** The publisher's rank (chartRank), or null: a sort position is never labelled as a rank. */
  rank: number | null;
  band: string | null;
}

export interface RankingBar {
  code: string;
  name: string;
  value: number;
  rankLabel: string;
  /** Left edge of the bar's column (0 on screen; projector slides wrap 63 bars into columns). */
  x: number;
  y: number;
  width: number;
  colour: string;
  highlighted: boolean;
}

export interface RankingBarsSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  barHeight: number;
  x: ScaleLinear<number, number>;
  ticks: { value: number; x: number }[];
  bars: RankingBar[];
  bandsShown: { band: string; colour: string }[];
}

export const RANKING_DEFAULTS = Object.freeze({ width: 760, barHeight: 15, gap: 3, left: 150, right: 64, top: 28, bottom: 8 });

export function rankingBars(
  rows: readonly RankingBarInput[],
  opts: {
    bands: readonly string[];
    selected?: string | null;
    domainMax?: number;
    width?: number;
    /** Projector slide: fit this height (bars wrap into columns), every bar keeps its value label. */
    projector?: { height: number } | null;
  }
): RankingBarsSpec {
  if (opts.projector) return projectorBars(rows, { ...opts, projector: opts.projector });
  const d = RANKING_DEFAULTS;
  const width = opts.width ?? d.width;
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left: d.left };
  const max = opts.domainMax ?? Math.max(0, ...rows.map((r) => r.value));
  // Bars start at zero: their length must be proportional to the score.
  const x = scaleLinear().domain([0, max]).nice().range([0, width - margin.left - margin.right]);
  const step = d.barHeight + d.gap;
  const bars = rows.map((r, i) => ({
    code: r.code,
    name: r.name,
    value: r.value,
    rankLabel: r.rank != null ? String(r.rank) : '',
    x: 0,
    y: i * step,
    width: Math.max(0, x(r.value)),
    colour: opts.selected === r.code ? HIGHLIGHT : bandColour(r.band, opts.bands),
    highlighted: opts.selected === r.code
  }));
  const present = new Set(rows.map((r) => r.band).filter(Boolean));
  return {
    width,
    height: margin.top + margin.bottom + rows.length * step,
    margin,
    barHeight: d.barHeight,
    x,
    // Fewer ticks on a phone so "0 10 20 …" do not touch.
    ticks: x.ticks(width < 560 ? 3 : 5).map((value) => ({ value, x: x(value) })),
    bars,
    bandsShown: opts.bands.filter((b) => present.has(b)).map((band) => ({ band, colour: bandColour(band, opts.bands) }))
  };
}

/**
 * The ranking on a projector slide: as many columns as it takes for every bar to stay tall enough to
 * read from the back of a hall (all columns share one x scale, so lengths still compare), no axis
 * (each bar carries its value), a name column as wide as the longest name.
 */
function projectorBars(
  rows: readonly RankingBarInput[],
  opts: { bands: readonly string[]; selected?: string | null; domainMax?: number; width?: number; projector: { height: number } }
): RankingBarsSpec {
  const d = RANKING_DEFAULTS;
  const width = opts.width ?? d.width;
  const top = 4;
  const bottom = 4;
  const avail = Math.max(60, opts.projector.height - top - bottom);
  const MIN_STEP = 17;
  const columns = Math.max(1, Math.min(4, Math.ceil((rows.length * MIN_STEP) / avail)));
  const perColumn = Math.max(1, Math.ceil(rows.length / columns));
  const step = Math.min(30, avail / perColumn);
  const barHeight = Math.max(10, step - Math.max(3, step * 0.18));
  // ~6.6 px a character at 12 px, plus the rank in front of the name.
  const longest = Math.max(4, ...rows.map((r) => r.name.length));
  const nameWidth = Math.min(190, Math.ceil(longest * 6.6 + 30));
  const valueWidth = 44;
  const colWidth = width / columns;
  const margin = { top, right: valueWidth, bottom, left: nameWidth };
  const max = opts.domainMax ?? Math.max(0, ...rows.map((r) => r.value));
  const x = scaleLinear().domain([0, max]).nice().range([0, Math.max(40, colWidth - nameWidth - valueWidth - 8)]);
  const bars = rows.map((r, i) => ({
    code: r.code,
    name: r.name,
    value: r.value,
    rankLabel: r.rank != null ? String(r.rank) : '',
    x: Math.floor(i / perColumn) * colWidth,
    y: (i % perColumn) * step,
    width: Math.max(0, x(r.value)),
    colour: opts.selected === r.code ? HIGHLIGHT : bandColour(r.band, opts.bands),
    highlighted: opts.selected === r.code
  }));
  const present = new Set(rows.map((r) => r.band).filter(Boolean));
  return {
    width,
    height: top + bottom + perColumn * step,
    margin,
    barHeight,
    x,
    ticks: [],
    bars,
    bandsShown: opts.bands.filter((b) => present.has(b)).map((band) => ({ band, colour: bandColour(band, opts.bands) }))
  };
}
