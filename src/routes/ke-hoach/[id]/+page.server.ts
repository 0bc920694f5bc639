import { error } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { appStore } from '$lib/server/app';
import { canEditPlans } from '$lib/server/plans/access';
import { allTaskProgress, componentViewsFor, planContext } from '$lib/server/plans/planPages';
import { serverData } from '$lib/server/serverDb';
import { planSummary, taskLine } from '$lib/plans/planViews';
import { unitsBehind } from '$lib/plans/progress';
import { monthsIn } from '$lib/plans/periods';
import { planWindow } from '$lib/plans/planModel';
import { newProvinceOf, successorOf } from '$lib/plans/successor';

export const load = async ({ params, url, locals }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const plan = ctx.data.plans.find((p) => p.id === params.id);
  if (!plan) error(404, `Không có kế hoạch “${params.id}”.`);
  const tasks = allTaskProgress(ctx, [plan]);
  const taskIds = new Set(tasks.map((t) => t.task.id));
  const db = await serverData()
    .then((d) => d.db)
    .catch(() => null);
  const components = await componentViewsFor(ctx, db, tasks, ctx.data.links.filter((l) => taskIds.has(l.taskId)));
  return {
    plan: { ...planSummary(plan, tasks, allDefinitions()), responsible: plan.responsible, province: plan.province },
    // Which era of units the plan is written for: an old plan's province since 1/7/2025, or the new province.
    era: plan.provinceCode
      ? {
          successor: successorOf({ code: plan.provinceCode, kind: 'unit', level: 'province', provinceCode: plan.provinceCode }),
          newProvince: newProvinceOf({ provinceCode: plan.provinceCode })
        }
      : null,
    months: monthsIn(planWindow(plan.period)).map((m) => `${m.month}/${m.year}`),
    tasks: tasks.map((t) => taskLine(t, ctx.units)),
    components,
    behind: unitsBehind(tasks).map((u) => ({ code: u.unitCode, name: u.unitName, quaHan: u.counts.qua_han ?? 0, cham: u.counts.cham ?? 0 })),
    today: ctx.todayKey,
    asOf: ctx.asOf,
    demo: ctx.data.demo,
    canEdit: canEditPlans(locals.user),
    trendsAvailable: db != null
  };
};
