// Every SQL statement chiso runs lives here. Views call these functions, never write SQL.
// No ICU anywhere (no COLLATE, no locale functions): it traps in the browser; names are sorted in JS.
import type { Db } from './db';
import type { RankSource } from '../data/observation';

export const OBS_TABLE = 'obs';

/** The registered files of an observations bundle (data/observationsBundle.ts). */
export interface BundleFiles {
  units: string;
  sources: string;
  rows: string;
}

/** The names a bundle's three CSVs are registered under. */
export const bundleFiles = (prefix: string): BundleFiles => ({ units: `${prefix}-units.csv`, sources: `${prefix}-sources.csv`, rows: `${prefix}-rows.csv` });

const csvOptions = `header = true, auto_detect = false, delim = ',', quote = '"', escape = '"'`;

/**
 * Load the long table from a bundle's three registered CSVs, joining names and sources back onto the rows.
 * Types are explicit so an empty column stays typed.
 */
export async function createObservationsTable(db: Db, files: BundleFiles): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${OBS_TABLE}`);
  await db.query(
    `CREATE TABLE ${OBS_TABLE} AS
     SELECT u.unit_code, u.unit_name, u.unit_group, r.year, r.index_id, r.indicator, r.value, r.rank, r.rank_of, r.rank_source, r.band, s.source
     FROM read_csv('${files.rows}', ${csvOptions},
            columns = {'unit': 'INTEGER', 'year': 'INTEGER', 'index_id': 'VARCHAR', 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'rank': 'INTEGER',
                       'rank_of': 'INTEGER', 'rank_source': 'VARCHAR', 'band': 'VARCHAR', 'source': 'INTEGER'}) r
     JOIN read_csv('${files.units}', ${csvOptions},
            columns = {'id': 'INTEGER', 'unit_code': 'VARCHAR', 'unit_name': 'VARCHAR', 'unit_group': 'VARCHAR'}) u ON u.id = r.unit
     LEFT JOIN read_csv('${files.sources}', ${csvOptions}, columns = {'id': 'INTEGER', 'source': 'VARCHAR'}) s ON s.id = r.source`
  );
}

export interface UnitRow {
  unit_code: string;
  unit_name: string;
  unit_group: string;
}

export function unitsOf(db: Db, indexId: string): Promise<UnitRow[]> {
  return db.query<UnitRow>(
    `SELECT unit_code, any_value(unit_name) AS unit_name, any_value(unit_group) AS unit_group
     FROM ${OBS_TABLE} WHERE index_id = ? GROUP BY unit_code`,
    [indexId]
  );
}

export interface IndexYear {
  index_id: string;
  year: number;
  n: number;
}

/** Years with a published total, and how many units have one. */
export function yearsOf(db: Db, indexId: string): Promise<IndexYear[]> {
  return db.query<IndexYear>(
    `SELECT index_id, year, count(value)::INTEGER AS n FROM ${OBS_TABLE}
     WHERE index_id = ? AND indicator = 'total' GROUP BY index_id, year ORDER BY year`,
    [indexId]
  );
}

export interface RankingRow {
  unit_code: string;
  unit_name: string;
  unit_group: string;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: RankSource | null;
  band: string | null;
  /** Position by value among units with a value (ties share), for indices that publish no rank. */
  position: number | null;
}

/**
 * Every unit's total for a year, best first; units with only a rank come last. Asked of DuckDB for every
 * year of the index at once (see ofYear): stepping through the years then asks the engine nothing new.
 */
export async function ranking(db: Db, indexId: string, year: number, indicator = 'total'): Promise<RankingRow[]> {
  const all = await db.query<RankingRow & { year: number }>(
    `SELECT year, unit_code, unit_name, unit_group, value, rank, rank_of, rank_source, band,
            CASE WHEN value IS NULL THEN NULL ELSE (rank() OVER (PARTITION BY year, value IS NULL ORDER BY value DESC))::INTEGER END AS position
     FROM ${OBS_TABLE} WHERE index_id = ? AND indicator = ?
     ORDER BY year, value DESC NULLS LAST, rank NULLS LAST, unit_code`,
    [indexId, indicator]
  );
  return ofYear(all, year);
}

export interface TrendRow {
  year: number;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: RankSource | null;
  band: string | null;
}

/** A unit's indicator over every year it has any figure for this index; a year without this indicator has value null. */
export async function trend(db: Db, indexId: string, unitCode: string, indicator = 'total'): Promise<TrendRow[]> {
  const all = await everyUnitSeries(db, indexId, indicator);
  return memo(all, `trend ${unitCode}`, () => unitRows(all, unitCode).map(trendRow));
}

interface EveryUnitRow extends TrendRow {
  unit_code: string;
  unit_name: string;
  /** The unit has a row for this indicator that year (a year on record without it comes back null). */
  present: boolean;
}

/**
 * Every unit's indicator over every year it has any figure for the index: what trend, trendsOf and
 * seriesFor read, asked once per index and indicator (one province's trend is then a pick, not a query).
 */
function everyUnitSeries(db: Db, indexId: string, indicator: string): Promise<EveryUnitRow[]> {
  return db.query<EveryUnitRow>(
    `WITH yrs AS (SELECT unit_code, year, any_value(unit_name) AS unit_name FROM ${OBS_TABLE} WHERE index_id = ? GROUP BY unit_code, year),
          t AS (SELECT unit_code, year, value, rank, rank_of, rank_source, band FROM ${OBS_TABLE} WHERE index_id = ? AND indicator = ?)
     SELECT yrs.unit_code, yrs.unit_name, yrs.year, t.value, t.rank, t.rank_of, t.rank_source, t.band, (t.unit_code IS NOT NULL) AS present
     FROM yrs LEFT JOIN t ON t.unit_code = yrs.unit_code AND t.year = yrs.year ORDER BY yrs.unit_code, yrs.year`,
    [indexId, indexId, indicator]
  );
}

/** One unit's rows of an every-unit answer, with its code; kept per answer and unit. */
function unitRows(all: readonly EveryUnitRow[], unitCode: string): readonly EveryUnitRow[] {
  return memo(all, `unit ${unitCode}`, () => all.filter((r) => r.unit_code === unitCode));
}
const trendRow = (r: EveryUnitRow): TrendRow =>
  Object.freeze({ year: r.year, value: r.value, rank: r.rank, rank_of: r.rank_of, rank_source: r.rank_source, band: r.band });
const byCode = (codes: readonly string[]) => [...new Set(codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export interface ReferenceRow {
  year: number;
  median: number;
  best: number;
  best_unit: string;
  /** Units with a value that year; a median of a few provinces is not a national median. */
  n: number;
}

/** Median and best total per year, over the units that have a value. */
export function references(db: Db, indexId: string, indicator = 'total'): Promise<ReferenceRow[]> {
  return db.query<ReferenceRow>(
    `SELECT year, median(value)::DOUBLE AS median, max(value)::DOUBLE AS best, arg_max(unit_name, value) AS best_unit, count(*)::INTEGER AS n
     FROM ${OBS_TABLE} WHERE index_id = ? AND indicator = ? AND value IS NOT NULL GROUP BY year ORDER BY year`,
    [indexId, indicator]
  );
}

export interface ComponentRow {
  indicator: string;
  value: number | null;
  previous: number | null;
  median: number | null;
  best: number | null;
  n: number;
}

/**
 * A unit's components for a year beside the median and best of all units that year, and its own value the
 * year before. Two questions, each for every year at once (see ofYear): the medians per index, and every
 * unit's values (componentValues), each asked once; a change of year or unit then asks the engine nothing new.
 */
export async function components(db: Db, indexId: string, unitCode: string, year: number): Promise<ComponentRow[]> {
  const [stats, all] = await Promise.all([
    db.query<{ year: number; indicator: string; median: number; best: number; n: number }>(
      `SELECT year, indicator, median(value)::DOUBLE AS median, max(value)::DOUBLE AS best, count(*)::INTEGER AS n
       FROM ${OBS_TABLE} WHERE index_id = ? AND indicator NOT LIKE 'total%' AND value IS NOT NULL
       GROUP BY year, indicator ORDER BY year, indicator`,
      [indexId]
    ),
    everyComponentValue(db, indexId)
  ]);
  const own = pick(all, 'unit_code', unitCode);
  // Kept on the unit's answer: both answers come from the same data version (a new one empties the cache).
  return memo(own, `components ${year}`, () => {
    const mine = new Map(own.map((r) => [`${r.year}|${r.indicator}`, r.value]));
    return ofYear(stats, year).map((r) =>
      Object.freeze({
        indicator: r.indicator,
        value: mine.get(`${year}|${r.indicator}`) ?? null,
        previous: mine.get(`${year - 1}|${r.indicator}`) ?? null,
        median: r.median,
        best: r.best,
        n: r.n
      })
    );
  });
}

interface ComponentValueRow {
  unit_code: string;
  year: number;
  indicator: string;
  value: number;
}

/** Every unit's published component values, every year (one question per index: components and the simulator pick from it). */
function everyComponentValue(db: Db, indexId: string): Promise<ComponentValueRow[]> {
  return db.query<ComponentValueRow>(
    `SELECT unit_code, year, indicator, max(value)::DOUBLE AS value FROM ${OBS_TABLE}
     WHERE index_id = ? AND indicator NOT LIKE 'total%' AND value IS NOT NULL
     GROUP BY unit_code, year, indicator ORDER BY unit_code, year, indicator`,
    [indexId]
  );
}

/** Every unit's component values in a year, by unit code (the simulator's figures). */
export async function componentValuesOfYear(db: Db, indexId: string, year: number): Promise<ReadonlyMap<string, Readonly<Record<string, number>>>> {
  const all = await everyComponentValue(db, indexId);
  return memo(all, `by unit ${year}`, () => {
    const out = new Map<string, Record<string, number>>();
    for (const r of all) {
      if (r.year !== year) continue;
      let u = out.get(r.unit_code);
      if (!u) out.set(r.unit_code, (u = {}));
      u[r.indicator] = r.value;
    }
    for (const u of out.values()) Object.freeze(u);
    return out;
  });
}

// ── One year (or unit) out of an every-year (every-unit) answer ─────────────────────────────────
// The per-year (per-unit) functions ask DuckDB for every year (unit) at once and pick it here. In the
// browser the Db keeps answers (queryCache.ts), so the next year is already in hand; the pick is kept per
// answer and year, so asking again returns the very same rows (a chart given them sees nothing new).

const picks = new WeakMap<object, Map<string, unknown>>();
function memo<V>(on: object, key: string, make: () => V): V {
  let m = picks.get(on);
  if (!m) picks.set(on, (m = new Map()));
  if (!m.has(key)) m.set(key, Object.freeze(make()));
  return m.get(key) as V;
}

/** The rows whose `column` is `value`, without that column, as a question about that one value returned them. */
function pick<R, K extends keyof R & string>(rows: readonly R[], column: K, value: R[K]): Omit<R, K>[] {
  return memo(rows, `${column} ${String(value)}`, () =>
    rows
      .filter((r) => r[column] === value)
      .map((r) => {
        const { [column]: _, ...rest } = r;
        return Object.freeze(rest) as Omit<R, K>;
      })
  );
}
const ofYear = <R extends { year: number }>(rows: readonly R[], year: number) => pick(rows, 'year', year);

// ── Analysis views (issue 5b): regions, DDCI groups, unit profiles ──────────────────────────────

export const REGIONS_TABLE = 'regions';

/** The province → region table (data/regions_6.csv), beside the long table; uploads never touch it. */
export async function createRegionsTable(db: Db, provinces: ReadonlyMap<string, string>): Promise<void> {
  // From values, not read_csv: the browser's DuckDB reads no CSV otherwise, and its first read_csv runs
  // ~100 ms of wasm compiled on first use, just before "ready".
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const rows = [...provinces].map(([gso, region]) => `(${q(gso)}, ${q(region)})`).join(', ');
  await db.query(`CREATE OR REPLACE TABLE ${REGIONS_TABLE} AS SELECT * FROM (VALUES ${rows}) t(gso_code, region_code)`);
}

export interface RegionMedianRow {
  region_code: string;
  year: number;
  median: number;
  /** Provinces of the region with a value that year. */
  n: number;
}

/** Median of an indicator per region and year, over the region's provinces that have a value. */
export function regionMedians(db: Db, indexId: string, indicator = 'total'): Promise<RegionMedianRow[]> {
  return db.query<RegionMedianRow>(
    `SELECT r.region_code, o.year, median(o.value)::DOUBLE AS median, count(*)::INTEGER AS n
     FROM ${OBS_TABLE} o JOIN ${REGIONS_TABLE} r ON o.unit_code = r.gso_code
     WHERE o.index_id = ? AND o.indicator = ? AND o.value IS NOT NULL
     GROUP BY r.region_code, o.year ORDER BY r.region_code, o.year`,
    [indexId, indicator]
  );
}

export interface RegionValueRow {
  unit_code: string;
  unit_name: string;
  region_code: string | null;
  value: number;
  rank: number | null;
  rank_of: number | null;
  rank_source: RankSource | null;
}

/** Every province's value for a year with its region (null for a unit outside the 63, e.g. Hà Tây). */
export function valuesWithRegion(db: Db, indexId: string, year: number, indicator = 'total'): Promise<RegionValueRow[]> {
  return db.query<RegionValueRow>(
    `SELECT o.unit_code, o.unit_name, r.region_code, o.value, o.rank, o.rank_of, o.rank_source
     FROM ${OBS_TABLE} o LEFT JOIN ${REGIONS_TABLE} r ON o.unit_code = r.gso_code
     WHERE o.index_id = ? AND o.year = ? AND o.indicator = ? AND o.value IS NOT NULL
     ORDER BY o.value DESC, o.unit_code`,
    [indexId, year, indicator]
  );
}

export interface GroupRankRow {
  unit_code: string;
  unit_name: string;
  unit_group: string;
  value: number;
  band: string | null;
  /** Position by value within the unit's group (ties share). */
  group_rank: number;
  /** Units of the group with a value that year. */
  group_n: number;
}

/** Totals for a year ranked within each unit group (DDCI: departments apart from districts). */
export function groupRanking(db: Db, indexId: string, year: number): Promise<GroupRankRow[]> {
  return db.query<GroupRankRow>(
    `SELECT unit_code, unit_name, unit_group, value, band,
            (rank() OVER (PARTITION BY unit_group ORDER BY value DESC))::INTEGER AS group_rank,
            (count(*) OVER (PARTITION BY unit_group))::INTEGER AS group_n
     FROM ${OBS_TABLE} WHERE index_id = ? AND year = ? AND indicator = 'total' AND value IS NOT NULL
     ORDER BY unit_group, value DESC, unit_code`,
    [indexId, year]
  );
}

export interface CellRow {
  unit_code: string;
  unit_name: string;
  unit_group: string;
  indicator: string;
  value: number | null;
  band: string | null;
}

/** Every published figure of an index in a year: units × indicators (the heatmap's cells). Every year at once (see ofYear). */
export async function cellsOfYear(db: Db, indexId: string, year: number): Promise<CellRow[]> {
  const all = await db.query<CellRow & { year: number }>(
    `SELECT year, unit_code, unit_name, unit_group, indicator, value, band FROM ${OBS_TABLE}
     WHERE index_id = ? ORDER BY year, unit_code, indicator`,
    [indexId]
  );
  return ofYear(all, year);
}

export interface AnyUnitRow {
  unit_code: string;
  unit_name: string;
  unit_group: string;
  /** Comma-separated index ids the unit has any figure for. */
  indices: string;
}

/** Every unit of every index, with the indices it appears in. */
export function allUnits(db: Db): Promise<AnyUnitRow[]> {
  return db.query<AnyUnitRow>(
    `SELECT unit_code, any_value(unit_name) AS unit_name, any_value(unit_group) AS unit_group,
            string_agg(DISTINCT index_id, ',' ORDER BY index_id) AS indices
     FROM ${OBS_TABLE} GROUP BY unit_code`
  );
}

export interface UnitTotalRow {
  index_id: string;
  year: number;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: RankSource | null;
  band: string | null;
  /** Position by value within the unit's group that year, for indices that publish no rank. */
  position: number | null;
  /** Units of the same group with a value that year. */
  n_values: number;
}

/**
 * A unit's totals in every index and year, with its position among the units of its group. Asked for every
 * unit at once and the unit picked in JS (see pick): a profile's next unit asks the engine nothing new.
 */
export async function unitTotals(db: Db, unitCode: string): Promise<UnitTotalRow[]> {
  const all = await db.query<UnitTotalRow & { unit_code: string }>(
    `SELECT unit_code, index_id, year, value, rank, rank_of, rank_source, band,
            CASE WHEN value IS NULL THEN NULL
                 ELSE (rank() OVER (PARTITION BY index_id, year, unit_group, value IS NULL ORDER BY value DESC))::INTEGER END AS position,
            (count(value) OVER (PARTITION BY index_id, year, unit_group))::INTEGER AS n_values
     FROM ${OBS_TABLE} WHERE indicator = 'total' ORDER BY unit_code, index_id, year`
  );
  return pick(all, 'unit_code', unitCode);
}

export interface UnitYearRow {
  index_id: string;
  year: number;
  /** The unit has at least one component value that year. */
  has_components: boolean;
}

/** Every index and year a unit has any figure for: one query for a profile instead of one per index and year (every unit at once, see pick). */
export async function unitYears(db: Db, unitCode: string): Promise<UnitYearRow[]> {
  const all = await db.query<UnitYearRow & { unit_code: string }>(
    `SELECT unit_code, index_id, year, bool_or(indicator NOT LIKE 'total%' AND value IS NOT NULL) AS has_components
     FROM ${OBS_TABLE} GROUP BY unit_code, index_id, year ORDER BY unit_code, index_id, year`
  );
  return pick(all, 'unit_code', unitCode);
}

export interface LatestComponentRow extends Omit<ComponentRow, 'previous'> {
  index_id: string;
  year: number;
}

/**
 * For each index, a unit's components in the latest year it has any, beside that year's median and best
 * over all units: a profile's strongest and weakest parts in one query instead of one per index (every
 * unit at once, see pick).
 */
export async function latestComponents(db: Db, unitCode: string): Promise<LatestComponentRow[]> {
  const all = await db.query<LatestComponentRow & { unit_code: string }>(
    `WITH c AS (
       SELECT unit_code, index_id, year, indicator, value FROM ${OBS_TABLE} WHERE indicator NOT LIKE 'total%' AND value IS NOT NULL
     ), latest AS (
       SELECT unit_code, index_id, max(year) AS year FROM c GROUP BY unit_code, index_id
     ), stats AS (
       SELECT index_id, year, indicator, median(value)::DOUBLE AS median, max(value)::DOUBLE AS best, count(*)::INTEGER AS n
       FROM c GROUP BY index_id, year, indicator
     ), own AS (
       SELECT unit_code, index_id, year, indicator, max(value)::DOUBLE AS value FROM c GROUP BY unit_code, index_id, year, indicator
     )
     SELECT l.unit_code, s.index_id, s.year::INTEGER AS year, s.indicator, o.value, s.median, s.best, s.n
     FROM latest l JOIN stats s USING (index_id, year)
     LEFT JOIN own o ON o.unit_code = l.unit_code AND o.index_id = s.index_id AND o.year = s.year AND o.indicator = s.indicator
     ORDER BY l.unit_code, s.index_id, s.indicator`
  );
  return pick(all, 'unit_code', unitCode);
}

export interface UnitTrendRow extends TrendRow {
  unit_code: string;
}

/** Several units' trends of one indicator at once (peers, a merged province's old units): the years each has this indicator. */
export async function trendsOf(db: Db, indexId: string, unitCodes: readonly string[], indicator = 'total'): Promise<UnitTrendRow[]> {
  if (unitCodes.length === 0) return [];
  const all = await everyUnitSeries(db, indexId, indicator);
  return byCode(unitCodes).flatMap((code) =>
    memo(all, `trendsOf ${code}`, () =>
      unitRows(all, code)
        .filter((r) => r.present)
        .map((r) => Object.freeze({ unit_code: r.unit_code, ...trendRow(r) }))
    )
  );
}

export interface SeriesRow {
  unit_code: string;
  unit_name: string;
  year: number;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: RankSource | null;
  band: string | null;
  /** Position by value among the units with a value that year (ties share), for a year without a published rank; else null. */
  position: number | null;
  /** Units with a value that year (a position among a handful of units is no national rank); null where a rank is published. */
  n: number | null;
}

/** Several units' indicator over every year each has any figure for this index (trends, bump chart);
 *  a year on record without this indicator comes back with value and rank null: a gap, not a zero.
 *  Positions are worked out only for years without a published rank (PAPI). */
export async function seriesFor(db: Db, indexId: string, unitCodes: readonly string[], indicator = 'total'): Promise<SeriesRow[]> {
  if (unitCodes.length === 0) return [];
  const all = await everyUnitSeries(db, indexId, indicator);
  // Every unit's values per year, for positions in years without a published rank.
  const valuesByYear = memo(all, 'values by year', () => {
    const m = new Map<number, number[]>();
    for (const r of all) if (r.present && r.value != null) m.set(r.year, [...(m.get(r.year) ?? []), r.value]);
    return m;
  });
  return byCode(unitCodes).flatMap((code) =>
    unitRows(all, code).map((r) => {
      const vs = r.rank == null && r.value != null ? valuesByYear.get(r.year) : undefined;
      return {
        unit_code: r.unit_code,
        year: r.year,
        unit_name: r.unit_name,
        value: r.value,
        rank: r.rank,
        rank_of: r.rank_of,
        rank_source: r.rank_source,
        band: r.band,
        position: vs ? 1 + vs.filter((v) => v > r.value!).length : null,
        n: vs ? vs.length : null
      };
    })
  );
}

/** The sources recorded for a unit's figures in some years (the briefing's "Nguồn số liệu"). */
export function sourcesOf(db: Db, indexId: string, unitCode: string, years: readonly number[]): Promise<{ year: number; source: string }[]> {
  if (!years.length) return Promise.resolve([]);
  return db.query<{ year: number; source: string }>(
    `SELECT DISTINCT year, source FROM ${OBS_TABLE}
     WHERE index_id = ? AND unit_code = ? AND year IN (${years.map(() => '?').join(', ')}) AND source IS NOT NULL AND source <> ''
     ORDER BY year DESC, source`,
    [indexId, unitCode, ...years]
  );
}
