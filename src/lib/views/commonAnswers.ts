// What most views read, asked of the browser's DuckDB once, after it is ready and while the person reads:
// every index's years, units, medians, every-year ranking, component medians and every unit's series, and the every-unit
// answers of the profile page. The answers are kept (queryCache.ts), so the first change of
// index or unit is then answered without the engine, like a change of year. One question at a time, each
// after a quiet moment: a click meanwhile waits for one question at most.
import { allDefinitions } from '../catalogue/definitions';
import type { Db } from '../db/db';
import { allUnits, components, latestComponents, ranking, references, trend, unitsOf, unitTotals, unitYears, yearsOf } from '../db/sql';

// The user's last input: a question is sent only after 1.5 s without any, so warming never stands in the
// way of a person clicking through years and indices (their questions would queue behind it).
let lastInput = 0;
const QUIET_MS = 1500;
function watchInput() {
  lastInput = performance.now();
  if (typeof window === 'undefined') return;
  for (const type of ['pointerdown', 'keydown', 'input', 'change', 'wheel'])
    window.addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true });
}
async function quietMoment(): Promise<void> {
  for (;;) {
    const wait = lastInput + QUIET_MS - performance.now();
    if (wait <= 0) break;
    await new Promise((r) => setTimeout(r, wait));
  }
  await new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 0)
  );
}

export async function warmCommonAnswers(db: Db): Promise<void> {
  watchInput();
  for (const def of allDefinitions()) {
    await quietMoment();
    const [years, units] = await Promise.all([yearsOf(db, def.id), unitsOf(db, def.id)]);
    const latest = years.at(-1)?.year;
    const unit = units[0]?.unit_code;
    if (latest == null || unit == null) continue;
    await quietMoment();
    await references(db, def.id);
    await quietMoment();
    await ranking(db, def.id, latest);
    await quietMoment();
    await components(db, def.id, unit, latest);
    await quietMoment();
    await trend(db, def.id, unit);
  }
  await quietMoment();
  const anyUnit = (await allUnits(db))[0]?.unit_code;
  if (anyUnit == null) return;
  for (const ask of [unitTotals, unitYears, latestComponents]) {
    await quietMoment();
    await ask(db, anyUnit);
  }
}
