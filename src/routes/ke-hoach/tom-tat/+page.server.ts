import { appStore } from '$lib/server/app';
import { allTaskProgress, componentViewsFor, planContext } from '$lib/server/plans/planPages';
import { serverData } from '$lib/server/serverDb';
import { describeTarget } from '$lib/plans/describeTarget';
import { targetUnitLine } from '$lib/plans/planViews';
import { unitsBehind } from '$lib/plans/progress';

export const load = async ({ url }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const planId = url.searchParams.get('ke-hoach');
  const plans = planId ? ctx.data.plans.filter((p) => p.id === planId) : ctx.data.plans;
  const titles = new Map(ctx.data.plans.map((p) => [p.id, p.title]));
  const tasks = allTaskProgress(ctx, plans);
  const behind = unitsBehind(tasks);
  const provinceNames = new Map(ctx.data.plans.map((p) => [p.provinceCode, p.province]));
  // The index components the late tasks serve, each with its published trend: computed once, then
  // listed under every unit whose late tasks are linked to it.
  const lateTaskIds = new Set(behind.flatMap((u) => u.rows.map((r) => r.task.id)));
  const links = ctx.data.links.filter((l) => lateTaskIds.has(l.taskId));
  const db = await serverData()
    .then((d) => d.db)
    .catch(() => null);
  // Per province: a unit in Kon Tum sees Kon Tum's trend, one in Hà Tĩnh Hà Tĩnh's.
  const provinceOfPlan = new Map(ctx.data.plans.map((p) => [p.id, p.provinceCode ?? '']));
  const provinceOfTask = new Map(tasks.map((t) => [t.task.id, provinceOfPlan.get(t.task.planId) ?? '']));
  const compKey = (taskId: number, indexId: string, component: string) => `${provinceOfTask.get(taskId)}|${indexId}|${component}`;
  const components: (Awaited<ReturnType<typeof componentViewsFor>>[number] & { key: string })[] = [];
  for (const prov of new Set(provinceOfTask.values())) {
    const late = tasks.filter((t) => lateTaskIds.has(t.task.id) && provinceOfTask.get(t.task.id) === prov);
    if (!late.length) continue;
    const ids = new Set(late.map((t) => t.task.id));
    for (const c of await componentViewsFor(ctx, db, late, links.filter((l) => ids.has(l.taskId)))) components.push({ ...c, key: `${prov}|${c.indexId}|${c.component}` });
  }
  return {
    plans: ctx.data.plans.map((p) => ({ id: p.id, title: p.title })),
    planId,
    components,
    units: behind.map((u) => {
      const mine = new Set(u.rows.map((r) => r.task.id));
      const served = links.filter((l) => mine.has(l.taskId));
      const keys = [...new Set(served.map((l) => compKey(l.taskId, l.indexId, l.component)))];
      return {
        code: u.unitCode,
        name: u.unitName,
        province: provinceNames.get(ctx.units.get(u.unitCode)?.provinceCode ?? null) ?? '',
        quaHan: u.counts.qua_han ?? 0,
        cham: u.counts.cham ?? 0,
        onTrack: (u.counts.dung_tien_do ?? 0) + (u.counts.dat ?? 0),
        // Confirmed (the plan's text names the index) before keyword suggestions.
        components: keys
          .map((k) => ({ key: k, confirmed: served.some((l) => compKey(l.taskId, l.indexId, l.component) === k && l.state === 'confirmed') }))
          .sort((a, b) => Number(b.confirmed) - Number(a.confirmed)),
        rows: u.rows.map((r) => ({
          ...targetUnitLine(r.target, r.row, ctx.units),
          planId: r.planId,
          planTitle: titles.get(r.planId) ?? r.planId,
          taskNumber: r.task.number,
          taskContent: r.task.content,
          targetId: r.target.id,
          targetText: describeTarget(r.target.target)
        }))
      };
    }),
    today: ctx.todayKey,
    asOf: ctx.asOf,
    demo: ctx.data.demo,
    trendsAvailable: db != null
  };
};
