// Everything the DDCI page shows for one province-defined index and year: the units × components
// heatmap, rankings within each unit group with the province's bands, the best unit, and the chosen
// unit's trend (or why there is none).
import { allDefinitions, definitionOf } from '../catalogue/definitions';
import { periodFor, type IndexDefinition } from '../catalogue/types';
import type { Db } from '../db/db';
import { cellsOfYear, groupRanking, trend, unitsOf, yearsOf, type GroupRankRow, type TrendRow } from '../db/sql';
import { chooseYear, parseYear } from '../state/urlState';
import type { HeatmapColumn, HeatmapUnit } from '../charts/unitHeatmap';
import { findUnit, unitOptions, type UnitOption } from './units';

export interface DdciGroupRanking {
  code: string;
  label: string;
  rows: GroupRankRow[];
}

export interface OutOfScaleCell {
  unit: string;
  component: string;
  value: number;
}

export interface DdciView {
  index: string;
  indexShort: string;
  indexName: string;
  publisher: string;
  /** DDCI indices in the catalogue (any province's, including one defined by upload). */
  indices: { id: string; short: string }[];
  years: number[];
  year: number | null;
  yearNote: string | null;
  scale: { min: number; max: number };
  totalScale: { min: number; max: number };
  columns: HeatmapColumn[];
  units: HeatmapUnit[];
  groups: DdciGroupRanking[];
  bands: string[];
  /** Observed score range of each band this year (thresholds are not published). */
  bandRanges: { band: string; min: number; max: number; n: number }[];
  best: GroupRankRow | null;
  outOfScale: OutOfScaleCell[];
  options: UnitOption[];
  selected: UnitOption | null;
  selectedTrend: TrendRow[];
  notes: string[];
}

export function ddciDefinitions(): IndexDefinition[] {
  return allDefinitions().filter((d) => d.unitLevel === 'department-district');
}

export async function loadDdciView(db: Db, args: { index: string | null; year: string | null; selected: string | null }): Promise<DdciView> {
  const defs = ddciDefinitions();
  const def = (args.index ? definitionOf(args.index) : undefined) ?? defs[0];
  if (!def || def.unitLevel !== 'department-district') throw new Error('Chưa có chỉ số DDCI nào trong danh mục');
  const [yearRows, unitRows] = await Promise.all([yearsOf(db, def.id), unitsOf(db, def.id)]);
  const years = yearRows.filter((y) => y.n > 0).map((y) => y.year);
  const parsed = parseYear(args.year, years);
  const year = chooseYear(parsed, years);
  const options = unitOptions(unitRows);
  const selected = findUnit(options, args.selected) ?? null;
  const period = year == null ? undefined : periodFor(def, year);
  const scale = period?.componentScale ?? { min: 0, max: 10 };
  const groupDefs = (def.unitGroups ?? []).map((g) => ({ code: g.code, label: g.vi }));
  const base: DdciView = {
    index: def.id,
    indexShort: def.short,
    indexName: def.name.vi,
    publisher: def.publisher,
    indices: defs.map((d) => ({ id: d.id, short: d.short })),
    years,
    year,
    yearNote: parsed.status === 'invalid' ? parsed.reason : null,
    scale: { min: scale.min, max: scale.max },
    totalScale: period ? { min: period.scale.min, max: period.scale.max } : { min: 0, max: 100 },
    columns: (period?.components ?? []).map((c) => ({ code: c.code, name: c.vi, appliesTo: c.appliesTo })),
    units: [],
    groups: [],
    bands: def.bands,
    bandRanges: [],
    best: null,
    outOfScale: [],
    options,
    selected,
    selectedTrend: [],
    notes: def.notes ?? []
  };
  if (year == null) return base;

  const [cells, ranked, selTrend] = await Promise.all([
    cellsOfYear(db, def.id, year),
    groupRanking(db, def.id, year),
    selected ? trend(db, def.id, selected.code) : Promise.resolve([] as TrendRow[])
  ]);
  const units = new Map<string, HeatmapUnit>();
  for (const c of cells) {
    let u = units.get(c.unit_code);
    if (!u) units.set(c.unit_code, (u = { code: c.unit_code, name: c.unit_name, group: c.unit_group, total: null, band: null, values: {} }));
    if (c.indicator === 'total') {
      u.total = c.value;
      u.band = c.band;
    } else u.values[c.indicator] = c.value;
  }
  const outOfScale: OutOfScaleCell[] = [];
  for (const u of units.values())
    for (const col of base.columns) {
      const v = u.values[col.code];
      if (v != null && (v < scale.min || v > scale.max)) outOfScale.push({ unit: u.name, component: col.name, value: v });
    }
  const groups = [...groupDefs, ...[...new Set(ranked.map((r) => r.unit_group))].filter((g) => !groupDefs.some((x) => x.code === g)).map((g) => ({ code: g, label: g }))]
    .map((g) => ({ ...g, rows: ranked.filter((r) => r.unit_group === g.code) }))
    .filter((g) => g.rows.length > 0);
  const bandRanges = def.bands
    .map((band) => {
      const vs = ranked.filter((r) => r.band === band).map((r) => r.value);
      return { band, min: Math.min(...vs), max: Math.max(...vs), n: vs.length };
    })
    .filter((b) => b.n > 0);
  const best = [...ranked].sort((a, b) => b.value - a.value)[0] ?? null;
  return { ...base, units: [...units.values()], groups, bandRanges, best, outOfScale, selectedTrend: selTrend };
}
