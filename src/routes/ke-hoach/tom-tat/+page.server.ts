import { appStore } from '$lib/server/app';
import { allTaskProgress, planContext } from '$lib/server/plans/planPages';
import { describeTarget } from '$lib/plans/describeTarget';
import { targetUnitLine } from '$lib/plans/planViews';
import { unitsBehind } from '$lib/plans/progress';

export const load = async ({ url }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const planId = url.searchParams.get('ke-hoach');
  const plans = planId ? ctx.data.plans.filter((p) => p.id === planId) : ctx.data.plans;
  const titles = new Map(ctx.data.plans.map((p) => [p.id, p.title]));
  const behind = unitsBehind(allTaskProgress(ctx, plans));
  const provinceNames = new Map(ctx.data.plans.map((p) => [p.provinceCode, p.province]));
  return {
    plans: ctx.data.plans.map((p) => ({ id: p.id, title: p.title })),
    planId,
    units: behind.map((u) => ({
      code: u.unitCode,
      name: u.unitName,
      province: provinceNames.get(ctx.units.get(u.unitCode)?.provinceCode ?? null) ?? '',
      cham: u.counts.cham ?? 0,
      chuaBaoCao: u.counts.chua_bao_cao ?? 0,
      onTrack: (u.counts.dung_tien_do ?? 0) + (u.counts.dat ?? 0),
      rows: u.rows.map((r) => ({
        ...targetUnitLine(r.target, r.row, ctx.units),
        planId: r.planId,
        planTitle: titles.get(r.planId) ?? r.planId,
        taskNumber: r.task.number,
        taskContent: r.task.content,
        targetId: r.target.id,
        targetText: describeTarget(r.target.target)
      }))
    })),
    today: ctx.todayKey,
    asOf: ctx.asOf,
    demo: ctx.data.demo
  };
};
