// One unit, every index it is judged by: latest published value, rank ("x/N"), change, and its
// strongest and weakest components. Provinces get PCI, PAPI, PAR INDEX, SIPAS; a DDCI unit its DDCI.
import { allDefinitions, componentName } from '../catalogue/definitions';
import { componentMax, periodFor, rankedUnitsFor, type IndexDefinition } from '../catalogue/types';
import type { Db } from '../db/db';
import { allUnits, components, latestComponents, references, unitTotals, unitYears, type LatestComponentRow, type UnitTotalRow, type UnitYearRow } from '../db/sql';
import { slugify, compareVi } from '../text/vietnamese';
import { regionOfProvince } from '../units/regions';
import { newUnitOf } from '../units/merger2025';
import { isNationalCoverage } from './coverage';
import type { UnitOption } from './units';
import { pickerUnits } from './pickerUnits';

export interface RankView {
  rank: number;
  of: number;
  /**
   * published: the publisher's rank; derived: a rank nobody printed (implied by "+N bậc", a press
   * position); position: our order by the published scores (no rank published).
   */
  kind: 'published' | 'derived' | 'position';
}

export interface ComponentExtreme {
  code: string;
  name: string;
  value: number;
  /** Gap to the national median where one exists. */
  vsMedian: number | null;
  /** Full points, where the index's components share no scale (PAR INDEX): compared as shares of it. */
  max: number | null;
}

export interface IndexSection {
  index: string;
  short: string;
  name: string;
  unit: 'points' | 'percent';
  scaleMax: number;
  latest: { year: number; value: number; rank: RankView | null; band: string | null } | null;
  previous: { year: number; value: number; rank: RankView | null } | null;
  change: number | null;
  /** Places gained (+) or lost (−), only between two ranks of the same kind. */
  rankChange: number | null;
  /** Years after the latest value where the unit is on record but its total is not published. */
  unpublishedAfter: number[];
  yearsWithValue: number;
  components: { year: number; strongest: ComponentExtreme[]; weakest: ComponentExtreme[]; note: string | null } | null;
}

export interface UnitProfileView {
  unit: { code: string; name: string; slug: string; group: string; groupLabel: string } | null;
  region: { code: string; name: string; short: string } | null;
  /** DDCI units: the province that rates them. */
  parent: { name: string; slug: string } | null;
  newUnit: { name: string; slug: string; merged: boolean; oldNames: string[] } | null;
  sections: IndexSection[];
  /** Indices the unit could have but has no figure in. */
  absent: { index: string; short: string }[];
  pickerUnits: UnitOption[];
}

function rankOf(r: UnitTotalRow, def: IndexDefinition): RankView | null {
  if (r.rank != null && r.rank_source === 'published') return { rank: r.rank, of: r.rank_of ?? rankedUnitsFor(def, r.year), kind: 'published' };
  if (r.rank != null) return { rank: r.rank, of: r.rank_of ?? rankedUnitsFor(def, r.year), kind: 'derived' };
  // No rank published: a position among the units with a published score is said as one ("theo điểm"),
  // only where (nearly) all ranked units have a score — "3/11" of a handful of press-quoted provinces is
  // nothing — and never for an index that publishes scores only (PAPI).
  if (def.publishesRanks === false) return null;
  if (r.position != null && (def.unitLevel !== 'province' || isNationalCoverage(r.n_values, rankedUnitsFor(def, r.year))))
    return { rank: r.position, of: r.n_values, kind: 'position' };
  return null;
}

async function componentExtremes(
  db: Db,
  def: IndexDefinition,
  code: string,
  years: readonly UnitYearRow[],
  latest: readonly LatestComponentRow[]
): Promise<IndexSection['components']> {
  // Only years the unit has component values in (known from unitYears). The latest such year came with the
  // profile's first queries (latestComponents); an older year is asked for only if that one had none of the
  // period's components (PAR INDEX parts without lĩnh vực).
  for (const year of years.filter((y) => y.has_components).map((y) => y.year).sort((a, b) => b - a)) {
    const period = periodFor(def, year);
    if (!period || period.components.length === 0) continue;
    const mine = latest.filter((r) => r.index_id === def.id && r.year === year);
    const rows = (mine.length ? mine : await components(db, def.id, code, year)).filter(
      (c) => c.value != null && period.components.some((p) => p.code === c.indicator)
    );
    if (rows.length === 0) continue;
    // Which components are compared, and on what: the common scale's points, or (no common scale, PAR INDEX)
    // each one's share of its own full points where the definition states them.
    const sc = period.componentScale;
    const maxOf = (c: (typeof rows)[number]) => (sc ? null : componentMax(def, c.indicator, year));
    const compared = sc ? rows.filter((c) => c.value! >= sc.min && c.value! <= sc.max) : rows.filter((c) => maxOf(c) != null);
    const left = rows.length - compared.length;
    if (!sc && compared.length < 2)
      return { year, strongest: [], weakest: [], note: `Các thành phần của ${def.short} có điểm tối đa khác nhau: không so sánh mạnh, yếu.` };
    const score = (c: (typeof rows)[number]) => c.value! / (maxOf(c) ?? 1);
    let national = false;
    if (sc) {
      const n = (await references(db, def.id)).find((r) => r.year === year)?.n ?? 0;
      national = def.unitLevel === 'province' && isNationalCoverage(n, rankedUnitsFor(def, year));
    }
    const ext = (c: (typeof rows)[number]): ComponentExtreme => ({
      code: c.indicator,
      name: componentName(def, c.indicator, year),
      value: c.value!,
      vsMedian: national && c.median != null ? c.value! - c.median : null,
      max: maxOf(c)
    });
    const sorted = [...compared].sort((a, b) => score(b) - score(a) || a.indicator.localeCompare(b.indicator));
    const k = Math.min(2, Math.floor(sorted.length / 2));
    return {
      year,
      strongest: sorted.slice(0, k).map(ext),
      weakest: sorted.slice(-k).reverse().map(ext),
      note: sc
        ? left
          ? `${left} thành phần có giá trị in ngoài thang ${sc.min}–${sc.max} (giữ nguyên như nguồn) không được xếp mạnh, yếu.`
          : null
        : `Thành phần ${def.short} có điểm tối đa khác nhau: so theo tỷ lệ điểm đạt được trên điểm tối đa${
            left ? `; ${left} thành phần chưa rõ điểm tối đa không được so` : ''
          }.`
    };
  }
  return null;
}

async function section(
  db: Db,
  def: IndexDefinition,
  code: string,
  totals: UnitTotalRow[],
  years: readonly UnitYearRow[],
  latest: readonly LatestComponentRow[]
): Promise<IndexSection | null> {
  const mine = totals.filter((t) => t.index_id === def.id);
  const own = years.filter((y) => y.index_id === def.id);
  const onRecord = own.map((y) => y.year);
  if (onRecord.length === 0) return null;
  const withValue = mine.filter((t) => t.value != null);
  const last = withValue.at(-1);
  const before = withValue.at(-2);
  const latestRank = last ? rankOf(last, def) : null;
  const prevRank = before ? rankOf(before, def) : null;
  const period = periodFor(def, last?.year ?? onRecord.at(-1)!);
  return {
    index: def.id,
    short: def.short,
    name: def.name.vi,
    unit: period?.scale.unit ?? 'points',
    scaleMax: period?.scale.max ?? 100,
    latest: last ? { year: last.year, value: last.value!, rank: latestRank, band: last.band } : null,
    previous: before ? { year: before.year, value: before.value!, rank: prevRank } : null,
    change: last && before ? last.value! - before.value! : null,
    // Positions among different numbers of scored units are not comparable places.
    rankChange: latestRank && prevRank && latestRank.kind === prevRank.kind && latestRank.kind !== 'derived' && (latestRank.kind === 'published' || latestRank.of === prevRank.of) ? prevRank.rank - latestRank.rank : null,
    unpublishedAfter: onRecord.filter((y) => y > (last?.year ?? -Infinity)),
    yearsWithValue: withValue.length,
    components: await componentExtremes(db, def, code, own, latest)
  };
}

export async function loadUnitProfileView(db: Db, args: { slug: string }): Promise<UnitProfileView> {
  const units = await allUnits(db);
  // A province wins a shared slug; then the unit of a DDCI.
  const candidates = units.filter((u) => slugify(u.unit_name) === args.slug || u.unit_code === args.slug);
  const u = candidates.find((c) => c.unit_group === 'tinh') ?? candidates[0];
  const provinces = units
    .filter((x) => x.unit_group === 'tinh')
    .map((x) => ({ code: x.unit_code, name: x.unit_name, slug: slugify(x.unit_name), group: x.unit_group }));
  const others = units
    .filter((x) => x.unit_group !== 'tinh')
    .map((x) => ({ code: x.unit_code, name: x.unit_name, slug: slugify(x.unit_name), group: x.unit_group }));
  const options = pickerUnits([...provinces, ...others].sort((a, b) => compareVi(a.name, b.name)));
  const empty: UnitProfileView = { unit: null, region: null, parent: null, newUnit: null, sections: [], absent: [], pickerUnits: options };
  if (!u) return empty;

  const defs = allDefinitions();
  const isProvince = u.unit_group === 'tinh';
  const relevant = isProvince ? defs.filter((d) => d.unitLevel === 'province') : defs.filter((d) => u.indices.split(',').includes(d.id));
  // Three queries, sent together: one round of the worker for most profiles.
  const [totals, years, latest] = await Promise.all([unitTotals(db, u.unit_code), unitYears(db, u.unit_code), latestComponents(db, u.unit_code)]);
  const sections = (await Promise.all(relevant.map((d) => section(db, d, u.unit_code, totals, years, latest)))).filter((s): s is IndexSection => !!s);
  const ddciDef = defs.find((d) => d.id === u.indices.split(',')[0]);
  const groupLabel = isProvince ? 'Tỉnh, thành phố (trước 01/07/2025)' : (ddciDef?.unitGroups?.find((g) => g.code === u.unit_group)?.vi ?? u.unit_group);
  const parentCode = isProvince ? null : (ddciDef?.province ?? u.unit_code.split(':')[0]);
  const parent = parentCode ? provinces.find((p) => p.code === parentCode) : undefined;
  const reg = isProvince ? regionOfProvince(u.unit_code) : null;
  const nu = isProvince ? newUnitOf(u.unit_code) : undefined;
  return {
    unit: { code: u.unit_code, name: u.unit_name, slug: slugify(u.unit_name), group: u.unit_group, groupLabel },
    region: reg ? { code: reg.code, name: reg.name, short: reg.short } : null,
    parent: parent ? { name: parent.name, slug: parent.slug } : null,
    newUnit: nu ? { name: nu.name, slug: nu.slug, merged: nu.merged, oldNames: nu.oldNames } : null,
    sections,
    absent: relevant.filter((d) => !sections.some((s) => s.index === d.id)).map((d) => ({ index: d.id, short: d.short })),
    pickerUnits: options
  };
}
