// What the plan pages load on the server: the store's plans (or, with CHISO_DEMO_REPORTS=1, the same
// plans with the demo reports instead of the store's), as of a day, with index trends from DuckDB.
import { allDefinitions } from '../../catalogue/definitions';
import { trend } from '../../db/sql';
import type { Db } from '../../db/db';
import { DEMO_DATASET, demoReports } from '../../plans/demoReports';
import { dayKey, parseDay, vietnamDay, type Day } from '../../plans/periods';
import type { LinkRow, PlanData, PlanRow } from '../../plans/planData';
import { planWindow } from '../../plans/planModel';
import type { PlanUnit } from '../../plans/planUnits';
import { componentView, type ComponentView, type SeriesView } from '../../plans/planViews';
import { componentTasks, reportIndex, taskProgress, type TaskProgress } from '../../plans/progress';
import type { StoreCore } from '../store/types';
import { readPlanData } from './planStore';

export interface PlanContext {
  data: PlanData;
  today: Day;
  /** "2026-11-25". */
  todayKey: string;
  /** True when the day comes from ?ngay= (a look back), not the clock. */
  asOf: boolean;
  units: Map<string, PlanUnit>;
}

export const demoOn = () => process.env.CHISO_DEMO_REPORTS === '1';

/** The day statuses are computed for: ?ngay=YYYY-MM-DD, else CHISO_TODAY, else today in Việt Nam. */
export function planToday(url: URL | null, now: Date = new Date()): { today: Day; asOf: boolean } {
  const q = url ? parseDay(url.searchParams.get('ngay') ?? '') : null;
  if (q) return { today: q, asOf: true };
  const env = parseDay(process.env.CHISO_TODAY ?? '');
  return { today: env ?? vietnamDay(now), asOf: false };
}

export function planContext(store: StoreCore, url: URL | null): PlanContext {
  const data = readPlanData(store);
  const { today, asOf } = planToday(url, store.now());
  if (demoOn()) {
    data.reports = demoReports(data, today);
    data.demo = { ...DEMO_DATASET };
  }
  return { data, today, todayKey: dayKey(today), asOf, units: new Map(data.units.map((u) => [u.code, u])) };
}

/** Every task's progress, each over its own plan's window. */
export function allTaskProgress(ctx: PlanContext, plans: readonly PlanRow[] = ctx.data.plans): TaskProgress[] {
  const reports = reportIndex(ctx.data.reports);
  const out: TaskProgress[] = [];
  for (const p of plans) {
    const targets = ctx.data.targets.filter((t) => t.planId === p.id);
    for (const t of ctx.data.tasks.filter((x) => x.planId === p.id).sort((a, b) => a.number - b.number))
      out.push(taskProgress(t, targets, ctx.data.units, reports, ctx.today, planWindow(p.period)));
  }
  return out;
}

/** The units whose trend stands beside a component: the plan's province for province indices, the DDCI units among the tasks' units for a DDCI. */
export function seriesUnits(ctx: PlanContext, indexId: string, tasks: readonly TaskProgress[], only?: string): { code: string; name: string }[] {
  const def = allDefinitions().find((d) => d.id === indexId);
  if (!def) return [];
  const plans = new Map(ctx.data.plans.map((p) => [p.id, p]));
  if (def.unitLevel === 'province') {
    const codes = [...new Set(tasks.map((t) => plans.get(t.task.planId)?.provinceCode).filter((c): c is string => !!c))];
    return codes.map((c) => ({ code: c, name: plans.get(tasks.find((t) => plans.get(t.task.planId)?.provinceCode === c)!.task.planId)!.province }));
  }
  // A DDCI rates departments and districts: the task's lead units and reporting members the data knows.
  const prefix = `${def.province ?? ''}:`;
  const codes = new Set<string>();
  for (const t of tasks) {
    const refs = [...t.task.lead.map((r) => r.code), ...t.targets.flatMap((v) => v.units.map((u) => u.unitCode))];
    for (const c of refs) {
      const u = ctx.units.get(c);
      if (u?.registryCode?.startsWith(prefix)) codes.add(u.registryCode);
    }
  }
  const list = [...codes].filter((c) => !only || c === only);
  return list.slice(0, 8).map((c) => ({ code: c, name: [...ctx.units.values()].find((u) => u.registryCode === c)?.name ?? c }));
}

export async function loadSeries(db: Db, indexId: string, component: string, units: readonly { code: string; name: string }[]): Promise<SeriesView[]> {
  const out: SeriesView[] = [];
  for (const u of units) {
    const rows = await trend(db, indexId, u.code, component);
    if (rows.length) out.push({ unitCode: u.code, unitName: u.name, points: rows.map((r) => ({ year: r.year, value: r.value })) });
  }
  return out;
}

/**
 * Per linked component: its tasks, how they stand, and the component's trend beside them.
 * `focusUnit` (a unit page) puts that unit's own DDCI series first.
 */
export async function componentViewsFor(ctx: PlanContext, db: Db | null, tasks: readonly TaskProgress[], links: readonly LinkRow[], focusUnit?: string): Promise<ComponentView[]> {
  const defs = allDefinitions();
  const out: ComponentView[] = [];
  // On a department's page its own DDCI components lead; elsewhere the province's indices do.
  const rank = (id: string) => {
    const def = defs.find((d) => d.id === id);
    const own = def?.unitLevel === 'province' ? !focusUnit : !!focusUnit;
    return own ? 0 : 1;
  };
  for (const c of componentTasks(tasks, links)) {
    const linked = tasks.filter((t) => c.tasks.some((x) => x.taskId === t.task.id));
    let units = seriesUnits(ctx, c.indexId, linked);
    if (focusUnit) {
      const mine = units.filter((u) => u.code === focusUnit);
      units = mine.length ? mine : units.filter((u) => !u.code.includes(':'));
    }
    const series = db ? await loadSeries(db, c.indexId, c.component, units) : [];
    out.push(componentView(c, series, defs));
  }
  return out
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v.indexId) - rank(b.v.indexId) || a.i - b.i)
    .map((x) => x.v);
}
