import { error } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { allComponents } from '$lib/catalogue/types';
import { appStore } from '$lib/server/app';
import { listUsers } from '$lib/server/auth/users';
import { canEditPlans } from '$lib/server/plans/access';
import { allTaskProgress, componentViewsFor, planContext } from '$lib/server/plans/planPages';
import { userUnitCodes } from '$lib/server/plans/reports';
import { serverData } from '$lib/server/serverDb';
import { taskLine } from '$lib/plans/planViews';
import { monthKey, monthsIn, periodLabel } from '$lib/plans/periods';
import { planWindow } from '$lib/plans/planModel';
import { editableNumber } from '$lib/plans/targetEdit';
import { assignableUnits } from '$lib/plans/assignableUnits';
import { lastTargetEdits } from '$lib/server/plans/targetEdits';

export const load = async ({ params, url, locals }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const plan = ctx.data.plans.find((p) => p.id === params.id);
  if (!plan) error(404, `Không có kế hoạch “${params.id}”.`);
  const tp = allTaskProgress(ctx, [plan]).find((t) => String(t.task.number) === params.n);
  if (!tp) error(404, `Kế hoạch không có nhiệm vụ ${params.n}.`);
  const links = ctx.data.links.filter((l) => l.taskId === tp.task.id);
  const db = await serverData()
    .then((d) => d.db)
    .catch(() => null);
  const defs = allDefinitions();
  const names = new Map(listUsers(store).map((u) => [u.id, u.username]));
  const targetIds = new Set(tp.targets.map((t) => t.target.id));
  const mine = locals.user ? new Set(userUnitCodes(store, locals.user.id)) : new Set<string>();
  const canEdit = canEditPlans(locals.user);
  return {
    plan: { id: plan.id, title: plan.title, province: plan.province },
    task: taskLine(tp, ctx.units),
    products: tp.task.products.map((p) => ({ id: p.id, text: p.text, items: p.items, lead: p.leadText, cooperating: p.cooperatingText, time: p.timeText, note: p.note })),
    note: tp.task.note,
    months: monthsIn(planWindow(plan.period)).map((m) => `${m.month}/${m.year}`),
    links: links.map((l) => {
      const def = defs.find((d) => d.id === l.indexId);
      return {
        id: l.id,
        indexShort: def?.short ?? l.indexId,
        name: l.component === 'total' ? (def?.total.vi ?? l.component) : (def ? (allComponents(def).find((c) => c.code === l.component)?.vi ?? l.component) : l.component),
        state: l.state,
        reason: l.reason,
        updatedBy: l.updatedBy != null ? (names.get(l.updatedBy) ?? `#${l.updatedBy}`) : null
      };
    }),
    components: await componentViewsFor(ctx, db, [tp], links),
    // What an editor may link the task to: any index of the catalogue (DTI included), the ones the plan
    // names first, and its components.
    linkChoices: canEdit
      ? [...defs]
          .sort((a, b) => Number(!plan.indices.some((i) => i.id === a.id)) - Number(!plan.indices.some((i) => i.id === b.id)))
          .map((d) => ({
            indexId: d.id,
            short: d.short,
            components: allComponents(d).length ? allComponents(d).map((c) => ({ code: c.code, name: c.vi })) : [{ code: 'total', name: d.total.vi }]
          }))
      : [],
    reports: ctx.data.reports
      .filter((r) => targetIds.has(r.targetId))
      .sort((a, b) => b.id - a.id)
      .slice(0, 100)
      .map((r) => ({
        id: r.id,
        targetId: r.targetId,
        unit: ctx.units.get(r.unitCode)?.name ?? r.unitCode,
        period: periodLabel(r.period),
        value: r.value,
        note: r.note,
        evidenceUrl: r.evidenceUrl,
        user: r.userId != null ? (names.get(r.userId) ?? `#${r.userId}`) : '',
        at: r.at
      })),
    // Each target's number and window as an editor changes them, and its last change (audited).
    targetEdits: (() => {
      const last = lastTargetEdits(store, [...targetIds]);
      return Object.fromEntries(
        tp.targets.map((t) => {
          const n = editableNumber(t.target.target);
          const e = last.get(t.target.id);
          return [
            t.target.id,
            {
              number: n ? { label: n.label, value: n.value } : null,
              from: monthKey(t.target.window.from),
              to: monthKey(t.target.window.to),
              last: e ? { at: e.at, by: e.by ?? '', count: e.count } : null
            }
          ];
        })
      );
    })(),
    // The units of the plan's province an editor can give a target to (communes included).
    assignable: canEdit ? assignableUnits(ctx.units.values(), plan.provinceCode) : [],
    canReport: tp.targets.some((t) => t.units.some((u) => mine.has(u.unitCode))),
    today: ctx.todayKey,
    asOf: ctx.asOf,
    demo: ctx.data.demo,
    canEdit
  };
};
