// Everything the Xếp hạng page shows, from one Db.
import { definitionOf } from '../catalogue/definitions';
import { rankedUnitsFor } from '../catalogue/types';
import type { Db } from '../db/db';
import { ranking, unitsOf, yearsOf, type RankingRow } from '../db/sql';
import { chooseYear, parseYear } from '../state/urlState';
import { findUnit, unitOptions, type UnitOption } from './units';
import { isNationalCoverage } from './coverage';
import { yearFacts, type YearFacts } from '../claims/rankFacts';

export interface RankingArgs {
  index: string;
  year: string | null;
  selected: string | null;
}

export interface RankingView {
  index: string;
  indexShort: string;
  year: number | null;
  years: number[];
  yearNote: string | null;
  rows: RankingRow[];
  /** Units with a value that year, and how many the publisher ranked. */
  published: number;
  rankedUnits: number;
  units: UnitOption[];
  selected: UnitOption | null;
  bands: string[];
  /** What the year's figures allow us to say (complete ranking, printed rank 1, …). */
  facts: YearFacts | null;
  unitLevel: 'province' | 'department-district';
  publisher: string;
}

export async function loadRankingView(db: Db, args: RankingArgs): Promise<RankingView> {
  return (await loadRankingBase(db, args)).view;
}

/** The view plus the year's full ranking (rank-only rows too), for sections that reuse it instead of asking again. */
export async function loadRankingBase(db: Db, args: RankingArgs): Promise<{ view: RankingView; allRows: RankingRow[] }> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  const [yearRows, unitRows] = await Promise.all([yearsOf(db, def.id), unitsOf(db, def.id)]);
  const years = yearRows.filter((y) => y.n > 0).map((y) => y.year);
  const parsed = parseYear(args.year, years);
  // With no year asked for, open on the latest year every ranked unit has a score (PCI: 2015), not on
  // a later year the shipped data holds for a handful of provinces only.
  const full = yearRows.filter((y) => isNationalCoverage(y.n, rankedUnitsFor(def, y.year))).map((y) => y.year);
  const year = chooseYear(parsed, full.length ? full : years);
  const rows = year == null ? [] : await ranking(db, def.id, year);
  const units = unitOptions(unitRows);
  const withValue = rows.filter((r) => r.value != null);
  const view: RankingView = {
    index: def.id,
    indexShort: def.short,
    year,
    years,
    yearNote: parsed.status === 'invalid' ? parsed.reason : null,
    rows: withValue,
    published: withValue.length,
    rankedUnits: year == null ? def.defaultRankedUnits : rankedUnitsFor(def, year),
    units,
    selected: findUnit(units, args.selected) ?? null,
    bands: def.bands,
    facts: year == null ? null : yearFacts(def, year, rows),
    unitLevel: def.unitLevel,
    publisher: def.publisher
  };
  return { view, allRows: rows };
}
