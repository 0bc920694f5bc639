import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { listUsers } from '$lib/server/auth/users';
import { canAssignUnits } from '$lib/server/plans/access';
import { reportContext } from '$lib/server/plans/reportContext';
import { describeTarget, saysWhen } from '$lib/plans/describeTarget';
import { compareMonths, monthKey, monthsIn, periodLabel, windowLabel, dayKey } from '$lib/plans/periods';
import { reportIndex } from '$lib/plans/progress';
import { STATUS_LABEL, targetProgress } from '$lib/plans/targetStatus';

export const load = async ({ locals, url }) => {
  if (!locals.user) error(403, 'Cần đăng nhập để báo cáo thực hiện.');
  const store = await appStore();
  const ctx = reportContext(store, locals.user);
  const tasks = new Map(ctx.data.tasks.map((t) => [t.id, t]));
  const plans = new Map(ctx.data.plans.map((p) => [p.id, p]));
  const idx = reportIndex(ctx.data.reports);
  const todayMonth = { year: ctx.today.year, month: ctx.today.month };
  const targets = ctx.data.targets
    .filter((t) => (ctx.targets.get(t.id)?.reportableUnits.length ?? 0) > 0)
    .map((t) => {
      const task = t.taskId != null ? tasks.get(t.taskId) : undefined;
      const months = monthsIn(t.window).filter((m) => compareMonths(m, todayMonth) <= 0);
      const quarters = [...new Set(months.map((m) => `${m.year}-Q${Math.ceil(m.month / 3)}`))];
      return {
        id: t.id,
        planId: t.planId,
        planTitle: plans.get(t.planId)?.title ?? t.planId,
        taskId: t.taskId,
        taskNumber: task?.number ?? null,
        taskContent: task?.content ?? t.context ?? '',
        text: describeTarget(t.target),
        kind: t.target.kind,
        window: windowLabel(t.window),
        saysWhen: saysWhen(t.target),
        months: months.map((m) => ({ key: monthKey(m), label: periodLabel(monthKey(m)) })),
        quarters: quarters.map((q) => ({ key: q, label: periodLabel(q) })),
        units: ctx.targets.get(t.id)!.reportableUnits.map((code) => {
          const p = targetProgress(t.target, t.window, (idx.get(`${t.id}|${code}`) ?? []).map((r) => ({ period: r.period, value: r.value, at: r.at })), ctx.today);
          return { code, name: ctx.unitName(code), status: p.status, statusLabel: STATUS_LABEL[p.status] };
        })
      };
    });
  const mine = new Set(ctx.userUnits.map((u) => u.code));
  const names = new Map(listUsers(store).map((u) => [u.id, u.username]));
  const byTarget = new Map(ctx.data.targets.map((t) => [t.id, t]));
  const taskParam = Number(url.searchParams.get('nhiem-vu'));
  return {
    units: ctx.userUnits,
    targets,
    preselect: targets.find((t) => t.taskId === taskParam)?.id ?? null,
    recent: ctx.data.reports
      .filter((r) => mine.has(r.unitCode))
      .sort((a, b) => b.id - a.id)
      .slice(0, 30)
      .map((r) => ({
        id: r.id,
        targetId: r.targetId,
        target: byTarget.has(r.targetId) ? describeTarget(byTarget.get(r.targetId)!.target) : '',
        unit: ctx.unitName(r.unitCode),
        period: periodLabel(r.period),
        value: r.value,
        note: r.note,
        user: r.userId != null ? (names.get(r.userId) ?? '') : '',
        at: r.at
      })),
    today: dayKey(ctx.today),
    canAssign: canAssignUnits(locals.user)
  };
};
