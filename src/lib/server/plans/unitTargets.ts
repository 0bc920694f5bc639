// One unit's plan targets beside the trends of the index components its tasks are linked to: what the
// unit profile (don-vi) and /ke-hoach/don-vi show. A province's page shows its plans instead (the
// province is the issuer, its departments and districts report).
export type { UnitTargetsData };
import { allDefinitions } from '../../catalogue/definitions';
import type { Db } from '../../db/db';
import { describeTarget, saysWhen } from '../../plans/describeTarget';
import { windowLabel } from '../../plans/periods';
import { isMemberOf, LEVEL_LABEL, levelLabel } from '../../plans/planUnits';
import { newProvinceOf, successorOf } from '../../plans/successor';
import { countsText, planSummary, targetUnitLine, taskLine, type UnitTargetRowView, type UnitTargetsData } from '../../plans/planViews';
import { countStatuses, unitRows } from '../../plans/progress';
import type { PlanContext } from './planPages';
import { allTaskProgress, componentViewsFor } from './planPages';

export async function unitTargetsData(ctx: PlanContext, db: Db | null, code: string): Promise<UnitTargetsData> {
  const base = { today: ctx.todayKey, asOf: ctx.asOf, demo: ctx.data.demo };
  const u = ctx.units.get(code) ?? [...ctx.units.values()].find((x) => x.registryCode === code);
  const defs = allDefinitions();
  const isProvince = /^\d{2}$/.test(code);
  const provincePlans = isProvince ? ctx.data.plans.filter((p) => p.provinceCode === code) : [];
  if (!u && provincePlans.length === 0)
    return { unit: null, ...base, rows: [], counts: {}, countsText: '', cooperating: [], plans: [], planTasks: [], components: [] };

  const tasks = allTaskProgress(ctx);
  const rows = u ? unitRows(tasks, u.code) : [];
  const plansById = new Map(ctx.data.plans.map((p) => [p.id, p]));
  const rowViews = rows.map(
    (r): UnitTargetRowView => ({
      ...targetUnitLine(r.target, r.row, ctx.units),
      planId: r.planId,
      planTitle: plansById.get(r.planId)?.title ?? r.planId,
      taskNumber: r.task.number,
      taskContent: r.task.content,
      targetId: r.target.id,
      targetText: describeTarget(r.target.target),
      window: saysWhen(r.target.target) ? '' : windowLabel(r.target.window),
      productText: r.task.products.length > 1 ? (r.task.products.find((p) => p.id === r.target.productId)?.text ?? null) : null
    })
  );
  const counts = countStatuses(rowViews.map((r) => r.status));
  const cooperating = u
    ? tasks
        .filter((t) => t.task.cooperating.some((c) => c.code === u.code) && !rows.some((r) => r.task.id === t.task.id))
        .map((t) => ({ planId: t.task.planId, number: t.task.number, content: t.task.content }))
    : [];
  // Tasks whose components stand beside the unit: its own, or all of a province's plans.
  const own = isProvince ? tasks.filter((t) => provincePlans.some((p) => p.id === t.task.planId)) : tasks.filter((t) => rows.some((r) => r.task.id === t.task.id));
  const ownIds = new Set(own.map((t) => t.task.id));
  const components = await componentViewsFor(ctx, db, own, ctx.data.links.filter((l) => ownIds.has(l.taskId)), isProvince ? undefined : (u?.registryCode ?? undefined));
  const planIds = isProvince ? provincePlans.map((p) => p.id) : [...new Set(rows.map((r) => r.planId))];
  const groups = u ? [...ctx.units.values()].filter((g) => isMemberOf(u, g)).map((g) => g.name) : [];
  return {
    unit: u
      ? {
          code: u.code,
          name: u.name,
          kind: u.kind,
          level: u.kind === 'group' ? 'nhóm đơn vị' : levelLabel(u),
          registryCode: u.registryCode,
          groups,
          successor: successorOf(u),
          newProvince: newProvinceOf(u)
        }
      : {
          code, name: provincePlans[0].province, kind: 'unit', level: LEVEL_LABEL.province, registryCode: code, groups: [],
          successor: successorOf({ code, kind: 'unit', level: 'province', provinceCode: code }),
          newProvince: null
        },
    ...base,
    rows: rowViews,
    counts,
    countsText: countsText(counts),
    cooperating,
    plans: planIds.map((id) => planSummary(plansById.get(id)!, tasks.filter((t) => t.task.planId === id), defs)),
    planTasks: isProvince
      ? own.map((t) => {
          const line = taskLine(t, ctx.units);
          return { planId: line.planId, number: line.number, content: line.content, lead: line.lead.map((l) => l.name), status: line.status, strip: line.strip };
        })
      : [],
    components
  };
}
