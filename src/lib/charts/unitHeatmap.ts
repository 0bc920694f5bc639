// Units × components as a heatmap (DDCI): one row per unit, grouped (sở/ban/ngành, huyện/thị xã),
// best total first; one column per component. Colour is a sequential ColorBrewer YlGnBu ramp
// (colour-blind safe, light = low). A cell is one of: a value on the scale; a printed value outside
// the component scale (kept as printed, flagged, not coloured); "không áp dụng" (the component is not
// assessed for the unit's group, "-" in the source); or "chưa công bố". Never a 0.
import { interpolateYlGnBu, scaleLinear } from 'd3';
import { charsFor, wrapLabel } from './wrapLabel';

export interface HeatmapColumn {
  code: string;
  name: string;
  /** Unit groups the component applies to; absent = all. */
  appliesTo?: string[];
}

export interface HeatmapUnit {
  code: string;
  name: string;
  group: string;
  total: number | null;
  band: string | null;
  values: Record<string, number | null>;
}

export type CellState = 'value' | 'out-of-scale' | 'not-applicable' | 'missing';

export interface HeatmapCell {
  column: string;
  x: number;
  value: number | null;
  state: CellState;
  fill: string;
  textColour: string;
}

export interface HeatmapRow {
  code: string;
  name: string;
  group: string;
  lines: string[];
  y: number;
  total: number | null;
  band: string | null;
  cells: HeatmapCell[];
}

export interface HeatmapSpec {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  cellWidth: number;
  cellHeight: number;
  /** Rotation of the column labels: steeper when columns are narrow, so neighbouring labels never cross. */
  labelAngle: number;
  /** Projector slides set the column labels level and centred over their column. */
  labelAnchor?: 'middle';
  columns: (HeatmapColumn & { x: number; labelX: number; lines: string[] })[];
  groups: { code: string; label: string; y: number }[];
  rows: HeatmapRow[];
  /** Projector only: the type size of every label, in chart px. */
  font?: number;
  /** Colour domain actually used (within the component scale). */
  domain: [number, number];
  /**
   * The colour scale: its bar at (x, y), `bar` tall; its name at (labelX, y + labelDy). On the dashboard it sits
   * under the rows, named on its left; on a projector slide in the empty corner above the unit names, named above.
   */
  legend: {
    stops: { offset: number; colour: string }[];
    ticks: { value: number; x: number }[];
    x: number;
    y: number;
    width: number;
    bar: number;
    labelX: number;
    labelDy: number;
    labelAnchor: 'start' | 'end';
  };
}

export const HEATMAP_DEFAULTS = Object.freeze({ minWidth: 640, width: 760, cellHeight: 30, groupGap: 30, left: 170, right: 100, header: 140, bottom: 48 });
export const NOT_APPLICABLE_FILL = '#eef0f2';
export const MISSING_FILL = '#ffffff';
export const OUT_OF_SCALE_FILL = '#ffffff';
// Keep the palest end off white so the lowest value never looks like an empty cell.
const T0 = 0.12;
const T1 = 0.95;

export function heatColour(value: number, domain: [number, number]): { fill: string; t: number } {
  const span = domain[1] - domain[0] || 1;
  const u = Math.max(0, Math.min(1, (value - domain[0]) / span));
  const t = T0 + u * (T1 - T0);
  return { fill: interpolateYlGnBu(t), t };
}

/** Domain of the colour scale: the in-scale values' range, widened to whole points, never beyond the scale. */
export function heatDomain(values: readonly number[], scale: { min: number; max: number }): [number, number] {
  const inside = values.filter((v) => v >= scale.min && v <= scale.max);
  if (inside.length === 0) return [scale.min, scale.max];
  const lo = Math.max(scale.min, Math.floor(Math.min(...inside)));
  const hi = Math.min(scale.max, Math.ceil(Math.max(...inside)));
  return lo === hi ? [Math.max(scale.min, lo - 1), Math.min(scale.max, hi + 1)] : [lo, hi];
}

export function cellState(value: number | null, column: HeatmapColumn, group: string, scale: { min: number; max: number }): CellState {
  if (value == null) return column.appliesTo && !column.appliesTo.includes(group) ? 'not-applicable' : 'missing';
  return value < scale.min || value > scale.max ? 'out-of-scale' : 'value';
}

/**
 * Projector rows and group gaps, in units of the type size: a row just taller than its numbers' line box
 * (1.36 em in Noto Sans, overlapping by at most a few px), so neighbouring rows' labels never touch.
 */
const ROW_EM = 1.28;
const GROUP_EM = 1.3;
/** A component's name wraps to as many lines as it needs at projector type, never cut short ("…"). */
const HEADER_LINES = 6;
/**
 * A character's width at projector type, in em. Names measure about 0.5 em ("Sở Nông nghiệp và phát triển
 * nông thôn", 38 characters, 303 px at 16 px); the dashboard's 0.56 overestimates them, which took room from
 * the component columns and wrapped their names to a fifth line.
 */
const PROJECTOR_CHAR_EM = 0.52;
/** Projector name column: the longest unit name on one line. */
const projectorLeft = (longest: number, f: number, width: number) => Math.min(width * 0.36, Math.max(HEATMAP_DEFAULTS.left, longest * f * PROJECTOR_CHAR_EM + 16));
/** Projector header: the column names' lines, and at least the colour scale in the corner beside them. */
const headerHeight = (lines: number, f: number) => Math.max(lines * f * 1.12 + 12, f * 3.7);

/**
 * The largest type (chart px, at most `pj.font`) at which header (its lines, the colour scale in its left
 * corner), group labels and one-line rows fit `pj.height`: each grows with the type, so the height is linear in it.
 */
function projectorFont(units: readonly HeatmapUnit[], columns: readonly HeatmapColumn[], width: number, pj: { height: number; font?: number }, groups: number): number {
  const want = pj.font ?? 12;
  for (let f = want; f > 9; f -= 0.25) {
    const cp = f * PROJECTOR_CHAR_EM;
    const longest = Math.max(0, ...units.map((u) => u.name.length));
    const left = projectorLeft(longest, f, width);
    const cellWidth = (width - left - Math.max(64, 6 * cp + 12)) / Math.max(1, columns.length);
    const lines = Math.max(1, ...columns.map((c) => wrapLabel(c.name, charsFor(cellWidth - 6, cp), HEADER_LINES).length));
    const needed = headerHeight(lines, f) + groups * f * GROUP_EM + units.length * f * ROW_EM + 4;
    if (needed <= pj.height) return f;
  }
  return 9;
}

export function unitHeatmap(
  units: readonly HeatmapUnit[],
  columns: readonly HeatmapColumn[],
  opts: {
    scale: { min: number; max: number };
    groups: { code: string; label: string }[];
    width?: number;
    /**
     * Projector slide: fit this height, column names level (wrapped) instead of slanted, and type as large as
     * `font` (chart px) where the rows leave room for it.
     */
    projector?: { height: number; font?: number } | null;
  }
): HeatmapSpec {
  const d = HEATMAP_DEFAULTS;
  const width = Math.max(d.minWidth, opts.width ?? d.width);
  const pj = opts.projector ?? null;
  // The name column grows with the chart so long department names fit on one or two lines.
  // Projector type: as large as asked, unless the rows, group labels, header and colour scale need less to fit.
  const nGroups = new Set(units.map((u) => u.group)).size;
  const font = pj ? projectorFont(units, columns, width, pj, nGroups) : null;
  const cp = font ? font * PROJECTOR_CHAR_EM : 11.5 * 0.56;
  const longest = Math.max(0, ...units.map((u) => u.name.length));
  const margin = pj
    ? { top: 0, right: Math.round(Math.max(64, 6 * cp + 12)), bottom: 4, left: Math.round(projectorLeft(longest, font!, width)) }
    : { top: d.header, right: d.right, bottom: d.bottom, left: Math.round(Math.min(260, Math.max(d.left, width * 0.22))) };
  const cellWidth = (width - margin.left - margin.right) / Math.max(1, columns.length);
  const headerLines = pj ? columns.map((c) => wrapLabel(c.name, charsFor(cellWidth - 6, cp), HEADER_LINES)) : null;
  let cellHeight: number = d.cellHeight;
  let groupGap: number = d.groupGap;
  if (pj && headerLines) {
    margin.top = headerHeight(Math.max(1, ...headerLines.map((l) => l.length)), font!);
    groupGap = font! * GROUP_EM;
    cellHeight = Math.max(font! * ROW_EM, Math.min(30, (pj.height - margin.top - margin.bottom - nGroups * groupGap) / Math.max(1, units.length)));
  }
  const all = units.flatMap((u) => columns.map((c) => u.values[c.code])).filter((v): v is number => v != null);
  const domain = heatDomain(all, opts.scale);
  const chars = pj ? Math.max(longest, 8) : charsFor(margin.left - 10);

  const rows: HeatmapRow[] = [];
  const groups: HeatmapSpec['groups'] = [];
  let y = margin.top;
  // Known groups in the definition's order, then any other group the data holds.
  const order = [...opts.groups, ...[...new Set(units.map((u) => u.group))].filter((g) => !opts.groups.some((x) => x.code === g)).map((g) => ({ code: g, label: g }))];
  for (const g of order) {
    const members = units.filter((u) => u.group === g.code).sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || a.name.localeCompare(b.name));
    if (!members.length) continue;
    groups.push({ code: g.code, label: g.label, y: y + groupGap / 2 + 4 });
    y += groupGap;
    for (const u of members) {
      rows.push({
        code: u.code,
        name: u.name,
        group: u.group,
        lines: wrapLabel(u.name, chars),
        y,
        total: u.total,
        band: u.band,
        cells: columns.map((c, i) => {
          const value = u.values[c.code] ?? null;
          const state = cellState(value, c, u.group, opts.scale);
          const col = state === 'value' ? heatColour(value!, domain) : null;
          return {
            column: c.code,
            x: margin.left + i * cellWidth,
            value,
            state,
            fill: col ? col.fill : state === 'not-applicable' ? NOT_APPLICABLE_FILL : state === 'missing' ? MISSING_FILL : OUT_OF_SCALE_FILL,
            textColour: col && col.t > 0.6 ? '#ffffff' : '#1f2933'
          };
        })
      });
      y += cellHeight;
    }
  }
  // Projector: the scale in the corner above the names (its first tick's half width in from the edge).
  const legendX = font ? 8 + font * 0.4 : margin.left;
  const legendWidth = font ? Math.min(260, margin.left - 24 - legendX) : Math.min(260, width - margin.left - margin.right);
  const lx = scaleLinear().domain(domain).range([legendX, legendX + legendWidth]);
  const bar = font ? Math.round(font * 0.7) : 10;
  return {
    width,
    height: y + margin.bottom,
    ...(font ? { font } : {}),
    margin,
    cellWidth,
    cellHeight,
    labelAngle: pj ? 0 : cellWidth < 64 ? -62 : -40,
    ...(pj ? { labelAnchor: 'middle' as const } : {}),
    // Header labels are set at −40° in up to 2 lines, so even the last column's stays inside the right margin.
    // (The renderer draws a label 4 px left of labelX; a level, centred one is shifted back by those 4 px.)
    columns: columns.map((c, i) => ({
      ...c,
      x: margin.left + i * cellWidth,
      labelX: margin.left + (i + 0.5) * cellWidth + (pj ? 4 : 0),
      lines: headerLines ? headerLines[i] : wrapLabel(c.name, 22)
    })),
    groups,
    rows,
    domain,
    legend: {
      stops: [0, 0.25, 0.5, 0.75, 1].map((offset) => ({ offset, colour: heatColour(domain[0] + offset * (domain[1] - domain[0]), domain).fill })),
      ticks: lx.ticks(5).map((value) => ({ value, x: lx(value) })),
      x: legendX,
      y: font ? font * 1.35 : y + 12,
      width: legendWidth,
      bar,
      labelX: font ? 8 : legendX - 8,
      labelDy: font ? -font * 0.35 : bar - 1,
      labelAnchor: font ? 'start' : 'end'
    }
  };
}
