// What most views read, asked of the browser's DuckDB once, after it is ready and while the person reads:
// every index's years, units, medians (national and by region), every-year ranking, component medians and every unit's series, and the every-unit
// answers of the profile page. The answers are kept (queryCache.ts), so the first change of
// index or unit is then answered without the engine, like a change of year.
import { allDefinitions } from '../catalogue/definitions';
import type { Db } from '../db/db';
import type { CachingDb } from '../db/queryCache';
import { ensureReferenceTables } from '../db/referenceTables';
import { quietMoment, watchInput } from '../quietMoment';
import { allUnits, components, latestComponents, ranking, references, regionMedians, trend, unitsOf, unitTotals, unitYears, yearsOf } from '../db/sql';

// Each question waits for a quiet moment: no input for QUIET_MS, then the main thread idle (its answer is read
// into rows there, and the engine shares the machine's cores with the page's redraw). It then goes in the
// cache's background lane: sent only while no click's question is out, one at a time, so a click waits
// behind one warm-up question at most, and a click asking for what is still waiting sends it at once.
const QUIET_MS = 1500;
const quiet = () => quietMoment(QUIET_MS);

export async function warmCommonAnswers(cache: CachingDb): Promise<void> {
  watchInput();
  // The regions table (made with the long table in the browser): made first elsewhere, as making it empties the cache.
  await ensureReferenceTables(cache);
  await askCommonQuestions(cache.background(), quiet);
}

/**
 * The questions themselves, with `between` awaited before each: the browser's warm-up waits for a quiet
 * moment; the server (server/commonAnswersSeed.ts) asks them all at once and hands the answers to the browser.
 */
export async function askCommonQuestions(db: Db, between: () => Promise<void>): Promise<void> {
  for (const def of allDefinitions()) {
    await between();
    const [years, units] = await Promise.all([yearsOf(db, def.id), unitsOf(db, def.id)]);
    const latest = years.at(-1)?.year;
    const unit = units[0]?.unit_code;
    if (latest == null || unit == null) continue;
    await between();
    await references(db, def.id);
    await between();
    await regionMedians(db, def.id);
    await between();
    await ranking(db, def.id, latest);
    await between();
    await components(db, def.id, unit, latest);
    await between();
    await trend(db, def.id, unit);
  }
  await between();
  const anyUnit = (await allUnits(db))[0]?.unit_code;
  if (anyUnit == null) return;
  for (const ask of [unitTotals, unitYears, latestComponents]) {
    await between();
    await ask(db, anyUnit);
  }
}
