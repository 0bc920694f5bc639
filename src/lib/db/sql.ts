// Every SQL statement chiso runs lives here. Views call these functions, never write SQL.
// No ICU anywhere (no COLLATE, no locale functions): it traps in the browser; names are sorted in JS.
import type { Db } from './db';

export const OBS_TABLE = 'obs';

/** Load the long table from a registered CSV, with explicit types so an empty column stays typed. */
export async function createObservationsTable(db: Db, csvName: string): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS ${OBS_TABLE}`);
  await db.query(
    `CREATE TABLE ${OBS_TABLE} AS SELECT * FROM read_csv('${csvName}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
      columns = {'unit_code': 'VARCHAR', 'unit_name': 'VARCHAR', 'unit_group': 'VARCHAR', 'year': 'INTEGER', 'index_id': 'VARCHAR',
                 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'rank': 'INTEGER', 'rank_of': 'INTEGER', 'band': 'VARCHAR', 'source': 'VARCHAR'})`
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
  band: string | null;
  /** Position by value among units with a value (ties share), for indices that publish no rank. */
  position: number | null;
}

/** Every unit's total for a year, best first; units with only a rank come last. */
export function ranking(db: Db, indexId: string, year: number, indicator = 'total'): Promise<RankingRow[]> {
  return db.query<RankingRow>(
    `SELECT unit_code, unit_name, unit_group, value, rank, rank_of, band,
            CASE WHEN value IS NULL THEN NULL ELSE (rank() OVER (PARTITION BY value IS NULL ORDER BY value DESC))::INTEGER END AS position
     FROM ${OBS_TABLE} WHERE index_id = ? AND year = ? AND indicator = ?
     ORDER BY value DESC NULLS LAST, rank NULLS LAST, unit_code`,
    [indexId, year, indicator]
  );
}

export interface TrendRow {
  year: number;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  band: string | null;
}

/** A unit's indicator over every year it has any figure for this index; a year without this indicator has value null. */
export function trend(db: Db, indexId: string, unitCode: string, indicator = 'total'): Promise<TrendRow[]> {
  return db.query<TrendRow>(
    `WITH yrs AS (SELECT DISTINCT year FROM ${OBS_TABLE} WHERE index_id = ? AND unit_code = ?),
          t AS (SELECT year, value, rank, rank_of, band FROM ${OBS_TABLE} WHERE index_id = ? AND unit_code = ? AND indicator = ?)
     SELECT yrs.year, t.value, t.rank, t.rank_of, t.band FROM yrs LEFT JOIN t USING (year) ORDER BY yrs.year`,
    [indexId, unitCode, indexId, unitCode, indicator]
  );
}

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

/** A unit's components for a year beside the median and best of all units that year, and its own value the year before. */
export function components(db: Db, indexId: string, unitCode: string, year: number): Promise<ComponentRow[]> {
  return db.query<ComponentRow>(
    `WITH cur AS (
       SELECT indicator, unit_code, value FROM ${OBS_TABLE}
       WHERE index_id = ? AND year = ? AND indicator NOT LIKE 'total%' AND value IS NOT NULL
     ), prev AS (
       SELECT indicator, value FROM ${OBS_TABLE}
       WHERE index_id = ? AND year = ? AND unit_code = ? AND value IS NOT NULL
     )
     SELECT cur.indicator,
            max(cur.value) FILTER (WHERE cur.unit_code = ?)::DOUBLE AS value,
            any_value(prev.value)::DOUBLE AS previous,
            median(cur.value)::DOUBLE AS median,
            max(cur.value)::DOUBLE AS best,
            count(*)::INTEGER AS n
     FROM cur LEFT JOIN prev USING (indicator)
     GROUP BY cur.indicator`,
    [indexId, year, indexId, year - 1, unitCode, unitCode]
  );
}
