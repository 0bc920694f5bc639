import { allDefinitions } from '$lib/catalogue/definitions';
import { appStore } from '$lib/server/app';
import { canEditPlans } from '$lib/server/plans/access';
import { allTaskProgress, planContext } from '$lib/server/plans/planPages';
import { userUnitCodes } from '$lib/server/plans/reports';
import { planSummary } from '$lib/plans/planViews';
import { unitsBehind } from '$lib/plans/progress';
import { STATUS_LABEL } from '$lib/plans/targetStatus';

export const load = async ({ locals, url }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const defs = allDefinitions();
  const tasks = allTaskProgress(ctx);
  const plans = ctx.data.plans.map((p) => planSummary(p, tasks.filter((t) => t.task.planId === p.id), defs));
  const behind = unitsBehind(tasks);
  const provinceNames = new Map(ctx.data.plans.map((p) => [p.provinceCode, p.province]));
  const provinceOf = (code: string) => provinceNames.get(ctx.units.get(code)?.provinceCode ?? null) ?? '';
  return {
    plans,
    behind: behind.slice(0, 8).map((u) => ({
      code: u.unitCode,
      name: u.unitName,
      province: provinceOf(u.unitCode),
      quaHan: u.counts.qua_han ?? 0,
      cham: u.counts.cham ?? 0,
      total: Object.values(u.counts).reduce((a, b) => a + (b ?? 0), 0)
    })),
    behindCount: behind.length,
    today: ctx.todayKey,
    asOf: ctx.asOf,
    demo: ctx.data.demo,
    canEdit: canEditPlans(locals.user),
    isReporter: locals.user ? userUnitCodes(store, locals.user.id).length > 0 : false,
    statusLabel: STATUS_LABEL
  };
};
