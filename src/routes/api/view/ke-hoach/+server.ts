// GET ?ke-hoach=<id>[&ngay=YYYY-MM-DD]: a plan's slide view (planSlide.ts) — the components its tasks serve,
// their trends and statuses. Plans live in the server's store, so a plan slide always reads it here.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { allTaskProgress, componentViewsFor, planContext } from '$lib/server/plans/planPages';
import { serverData } from '$lib/server/serverDb';
import { orderForSlide, type PlanSlideView } from '$lib/plans/planSlide';

export const GET = async ({ url }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const plan = ctx.data.plans.find((p) => p.id === url.searchParams.get('ke-hoach'));
  if (!plan) error(404, 'Không có kế hoạch này.');
  const tasks = allTaskProgress(ctx, [plan]);
  const ids = new Set(tasks.map((t) => t.task.id));
  const db = await serverData()
    .then((d) => d.db)
    .catch(() => null);
  const components = await componentViewsFor(
    ctx,
    db,
    tasks,
    ctx.data.links.filter((l) => ids.has(l.taskId))
  );
  const view: PlanSlideView = { planId: plan.id, title: plan.title, province: plan.province ?? '', today: ctx.todayKey, components: orderForSlide(components) };
  return json(view, { headers: { 'cache-control': 'no-store' } });
};
