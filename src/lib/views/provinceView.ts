// Everything a unit's page shows for one index: headline, trend with references, components.
import { allDefinitions, componentName, definitionOf } from '../catalogue/definitions';
import { componentMax, periodFor, rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import { allUnits, components, references, trend, unitsOf, type ReferenceRow, type TrendRow } from '../db/sql';
import { slugify } from '../text/vietnamese';
import { chooseYear, parseYear } from '../state/urlState';
import { findUnit, unitOptions, type UnitOption } from './units';
import { isNationalCoverage } from './coverage';
import { buildBreakdown, type Breakdown } from './breakdown';
import { regionReference, type RegionReference } from './regionReference';
import { loadPeers, type Peers } from './peers';
import { pickerUnits } from './pickerUnits';
import { newUnitOf } from '../units/merger2025';
import type { RankSource } from '../data/observation';
import { headlineCards, type HeadlineCards, type RankPoint } from '../claims/claimWords';
import { loadSimulatorView, type SimulatorView } from './simulatorView';

const rankPoint = (t: TrendRow): RankPoint => ({ year: t.year, value: t.value, rank: t.rank, rankOf: t.rank_of, rankSource: t.rank_source });

export interface ProvinceArgs {
  index: string;
  unit: string;
  year: string | null;
  /** Peer slugs from the URL (?so-sanh=a,b). */
  peers?: string | null;
  /** The simulator's target and comparison year (?muc-tieu=top-30&so-voi=2016). */
  target?: string | null;
  against?: string | null;
}

export interface ComponentView {
  code: string;
  name: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  /** null where too few units have a value for a national median to mean anything. */
  median: number | null;
  best: number | null;
  /** Full points this year and last, where components share no scale (PAR INDEX); null otherwise or unknown. */
  max: number | null;
  previousMax: number | null;
}

export interface Headline {
  year: number;
  value: number | null;
  rank: number | null;
  rankOf: number | null;
  rankSource: RankSource | null;
  band: string | null;
  /** The year before (year − 1), where the unit has any figure in it. */
  previous: TrendRow | null;
  /** The cards' words, from claims/claimWords (what the rank and change may say). */
  cards: HeadlineCards;
}

export interface ProvinceView {
  index: string;
  indexShort: string;
  indexName: string;
  unit: UnitOption | null;
  units: UnitOption[];
  years: number[];
  year: number | null;
  yearNote: string | null;
  trend: TrendRow[];
  /** References only for years where (nearly) every ranked unit has a value. */
  references: ReferenceRow[];
  breaks: number[];
  headline: Headline | null;
  components: ComponentView[];
  /** The components' common scale; null where they have none and are drawn as shares of their own full points. */
  componentScale: { min: number; max: number } | null;
  movers: ComponentView[];
  notes: string[];
  /** Component changes and, for weighted indices, each one's contribution to the total's change. */
  breakdown: Breakdown | null;
  /** The unit's socio-economic region and its median per year. */
  region: RegionReference;
  peers: Peers;
  /** Old provinces and the 2025 units, for the picker. */
  pickerUnits: UnitOption[];
  /**
   * The province has no figure in this index (Thanh Hóa has no SIPAS in the shipped data): the page
   * says so and offers the indices it does have, rather than a 404 after an index change.
   */
  absent: { id: string; short: string }[] | null;
  /** The 2025 unit this province became part of (null for DDCI units). */
  newUnit: { name: string; slug: string; merged: boolean; oldNames: string[] } | null;
  /** "Cần bao nhiêu điểm để …": for indices with weights per period; null for the others. */
  simulator: SimulatorView | null;
}


export async function loadProvinceView(db: Db, args: ProvinceArgs): Promise<ProvinceView> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  const units = unitOptions(await unitsOf(db, def.id));
  const unit = findUnit(units, args.unit) ?? null;
  const empty: ProvinceView = {
    index: def.id,
    indexShort: def.short,
    indexName: def.name.vi,
    unit,
    units,
    years: [],
    year: null,
    yearNote: null,
    trend: [],
    references: [],
    breaks: def.breaks,
    headline: null,
    components: [],
    componentScale: null,
    movers: [],
    notes: def.notes ?? [],
    breakdown: null,
    region: { region: null, medians: [], thinYears: [] },
    peers: { peers: [], unknown: [] },
    pickerUnits: pickerUnits(units),
    absent: null,
    newUnit: null,
    simulator: null
  };
  const newUnit = (code: string) => {
    const nu = newUnitOf(code);
    return nu ? { name: nu.name, slug: nu.slug, merged: nu.merged, oldNames: nu.oldNames } : null;
  };
  if (!unit) {
    const other = (await allUnits(db)).find((r) => r.unit_group === 'tinh' && (slugify(r.unit_name) === args.unit || r.unit_code === args.unit));
    if (!other) return empty;
    const ids = other.indices.split(',');
    const has = allDefinitions()
      .filter((d) => d.unitLevel === 'province' && ids.includes(d.id))
      .map((d) => ({ id: d.id, short: d.short }));
    return {
      ...empty,
      unit: { code: other.unit_code, name: other.unit_name, slug: slugify(other.unit_name), group: other.unit_group },
      absent: has,
      region: await regionReference(db, def.id, other.unit_code),
      newUnit: newUnit(other.unit_code)
    };
  }
  empty.newUnit = newUnit(unit.code);

  const [trendRows, refRows, region, peers] = await Promise.all([
    trend(db, def.id, unit.code),
    references(db, def.id),
    regionReference(db, def.id, unit.code),
    loadPeers(db, def.id, units, args.peers, unit.slug)
  ]);
  empty.region = region;
  empty.peers = peers;
  const years = trendRows.map((t) => t.year);
  const parsed = parseYear(args.year, years);
  // Default to the latest year with a published score; a rank-only or components-only year stays reachable.
  const scored = trendRows.filter((t) => t.value != null).map((t) => t.year);
  const year = chooseYear(parsed, scored.length ? scored : years);
  const national = refRows.filter((r) => isNationalCoverage(r.n, rankedUnitsFor(def, r.year)));
  if (year == null) return { ...empty, years, trend: trendRows, references: national };

  const cur = trendRows.find((t) => t.year === year) ?? null;
  const prev = trendRows.find((t) => t.year === year - 1) ?? null;
  const [comps, simulator] = await Promise.all([
    components(db, def.id, unit.code, year),
    loadSimulatorView(db, def, unit, year, years, cur?.rank_source === 'published' ? cur.rank : null, { target: args.target ?? null, against: args.against ?? null })
  ]);
  const refN = refRows.find((r) => r.year === year)?.n ?? 0;
  const nationalYear = isNationalCoverage(refN, rankedUnitsFor(def, year));
  const period = periodFor(def, year);
  const order = period?.components.map((c) => c.code) ?? [];
  const commonScale = period?.componentScale ?? null;
  const compViews: ComponentView[] = comps
    .filter((c) => order.includes(c.indicator))
    .sort((a, b) => order.indexOf(a.indicator) - order.indexOf(b.indicator))
    .map((c) => ({
      code: c.indicator,
      name: componentName(def, c.indicator, year),
      value: c.value,
      previous: c.previous,
      change: c.value != null && c.previous != null ? c.value - c.previous : null,
      median: nationalYear ? c.median : null,
      best: nationalYear ? c.best : null,
      max: commonScale ? null : componentMax(def, c.indicator, year),
      previousMax: commonScale ? null : componentMax(def, c.indicator, year - 1)
    }));
  const movers = compViews
    .filter((c) => c.change != null && Math.abs(c.change) >= 0.005)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))
    .slice(0, 3);
  const notes = [...(def.notes ?? [])];
  if (def.breaks.includes(year)) notes.unshift(`Năm ${year} ${def.short} đổi phương pháp: so sánh với ${year - 1} cần thận trọng.`);
  if (!nationalYear) notes.unshift(`Năm ${year} chỉ có ${refN} tỉnh có số liệu ${def.short}: chưa so với trung vị và mức cao nhất toàn quốc.`);
  return {
    ...empty,
    years,
    year,
    yearNote: parsed.status === 'invalid' ? parsed.reason : null,
    trend: trendRows,
    references: national,
    headline: cur
      ? {
          year,
          value: cur.value,
          rank: cur.rank,
          rankOf: cur.rank_of,
          rankSource: cur.rank_source,
          band: cur.band,
          previous: prev,
          cards: headlineCards(def, { ...rankPoint(cur), band: cur.band }, prev ? rankPoint(prev) : null, def.publishesRanks !== false)
        }
      : null,
    components: compViews,
    componentScale: commonScale ? { min: commonScale.min, max: commonScale.max } : null,
    movers,
    notes,
    breakdown: buildBreakdown(def, year, compViews, { current: cur?.value ?? null, previous: prev?.value ?? null }),
    simulator
  };
}
