// Rankings within one unit group (DDCI: departments apart from districts) as horizontal bars from 0,
// coloured by the band the province printed. Long unit names wrap onto two lines instead of being cut.
import { scaleLinear } from 'd3';
import { bandColour } from './palette';
import { charsFor, wrapLabel } from './wrapLabel';

export interface GroupRankInput {
  code: string;
  name: string;
  value: number;
  /** Position within the group, ties sharing. */
  rank: number;
  band: string | null;
}

export interface GroupRankBar extends GroupRankInput {
  y: number;
  width: number;
  lines: string[];
  colour: string;
  highlighted: boolean;
}

export interface GroupRankSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  barHeight: number;
  ticks: { value: number; x: number }[];
  bars: GroupRankBar[];
  /** Bands in the definition's order, each with its colour and whether this group has it. */
  bands: { band: string; colour: string; present: boolean }[];
}

export const GROUP_RANK_DEFAULTS = Object.freeze({ width: 760, row: 32, barHeight: 18, top: 24, bottom: 8, right: 56, maxLeft: 280, minLeft: 130 });

export function groupRankBars(
  rows: readonly GroupRankInput[],
  opts: { bands: readonly string[]; scaleMax: number; selected?: string | null; width?: number }
): GroupRankSpec {
  const d = GROUP_RANK_DEFAULTS;
  const width = opts.width ?? d.width;
  const left = Math.round(Math.min(d.maxLeft, Math.max(d.minLeft, width * 0.38)));
  const margin = { top: d.top, right: d.right, bottom: d.bottom, left };
  // From 0 to the scale's maximum: a bar's length is the score, comparable across groups.
  const x = scaleLinear().domain([0, opts.scaleMax]).range([0, width - margin.left - margin.right]);
  const chars = charsFor(left - 34);
  const sorted = [...rows].sort((a, b) => a.rank - b.rank || b.value - a.value || a.name.localeCompare(b.name));
  const present = new Set(rows.map((r) => r.band));
  return {
    width,
    height: margin.top + margin.bottom + sorted.length * d.row,
    margin,
    barHeight: d.barHeight,
    ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
    bars: sorted.map((r, i) => ({
      ...r,
      y: i * d.row + (d.row - d.barHeight) / 2,
      width: Math.max(0, x(r.value)),
      lines: wrapLabel(r.name, chars),
      colour: bandColour(r.band, opts.bands),
      highlighted: opts.selected === r.code
    })),
    bands: opts.bands.map((band) => ({ band, colour: bandColour(band, opts.bands), present: present.has(band) }))
  };
}


