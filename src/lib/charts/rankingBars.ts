// Rows → geometry of the horizontal ranking bar chart. Pure: d3 computes, Svelte renders.
import { scaleLinear, type ScaleLinear } from 'd3';
import { bandColour, HIGHLIGHT } from './palette';

export interface RankingBarInput {
  code: string;
  name: string;
  value: number;
  rank: number | null;
  position: number | null;
  band: string | null;
}

export interface RankingBar {
  code: string;
  name: string;
  value: number;
  rankLabel: string;
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
  opts: { bands: readonly string[]; selected?: string | null; domainMax?: number; width?: number }
): RankingBarsSpec {
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
    rankLabel: String(r.rank ?? r.position ?? ''),
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
    ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
    bars,
    bandsShown: opts.bands.filter((b) => present.has(b)).map((band) => ({ band, colour: bandColour(band, opts.bands) }))
  };
}
