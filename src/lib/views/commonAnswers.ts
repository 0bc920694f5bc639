// What most views read, asked of the browser's DuckDB once, a moment after it is ready and while the page
// is idle: every index's years, units, medians and every-year ranking, its component medians, and the
// every-unit answers of the profile page. The answers are kept (queryCache.ts), so the first change of
// index or unit is then answered without the engine, like a change of year. One question at a time, each
// after an idle moment: a click meanwhile waits for one question at most.
import { allDefinitions } from '../catalogue/definitions';
import type { Db } from '../db/db';
import { allUnits, components, latestComponents, ranking, references, unitsOf, unitTotals, unitYears, yearsOf } from '../db/sql';

const idle = () =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50)));

export async function warmCommonAnswers(db: Db): Promise<void> {
  for (const def of allDefinitions()) {
    await idle();
    const [years, units] = await Promise.all([yearsOf(db, def.id), unitsOf(db, def.id)]);
    const latest = years.at(-1)?.year;
    const unit = units[0]?.unit_code;
    if (latest == null || unit == null) continue;
    await idle();
    await references(db, def.id);
    await idle();
    await ranking(db, def.id, latest);
    await idle();
    await components(db, def.id, unit, latest);
  }
  await idle();
  const anyUnit = (await allUnits(db))[0]?.unit_code;
  if (anyUnit == null) return;
  for (const ask of [unitTotals, unitYears, latestComponents]) {
    await idle();
    await ask(db, anyUnit);
  }
}
