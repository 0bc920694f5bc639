// POST JSON {targetId, unitCode, period, value, note, evidence}: one report from the form.
// 403 when the account does not report for that unit; 400 with the problems, field by field, otherwise.
import { error, json } from '@sveltejs/kit';
import { detectNumberStyle, parseNumber } from '$lib/import/parseNumber';
import { checkReport } from '$lib/plans/reportInput';
import { appStore } from '$lib/server/app';
import { reportContext } from '$lib/server/plans/reportContext';
import { ForbiddenReportError, saveReports } from '$lib/server/plans/reports';

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : typeof v === 'number' ? String(v) : '');

export const POST = async ({ request, locals, getClientAddress }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  const b = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!b) error(400, 'Yêu cầu không hợp lệ.');
  const store = await appStore();
  const ctx = reportContext(store, locals.user);
  if (ctx.userUnits.length === 0) error(403, 'Tài khoản này chưa được giao báo cáo cho đơn vị nào.');
  const rawValue = text(b.value, 40).trim();
  const parsed = rawValue ? parseNumber(rawValue, detectNumberStyle([rawValue]) ?? 'comma') : { ok: true as const, value: null };
  if (!parsed.ok) return json({ message: 'Chưa lưu được báo cáo.', problems: [{ field: 'value', message: `“${rawValue}” không phải là số.` }] }, { status: 400 });
  const targetId = Number.isInteger(Number(b.targetId)) ? Number(b.targetId) : null;
  const check = checkReport(
    { targetId, unitCode: text(b.unitCode, 200), period: text(b.period, 60), value: parsed.value, note: text(b.note, 4000), evidence: text(b.evidence, 1000) },
    { target: targetId != null ? ctx.targets.get(targetId) : undefined, unitName: ctx.unitName, today: ctx.today }
  );
  if (!check.ok) {
    const forbidden = check.problems.some((p) => p.forbidden);
    return json({ message: forbidden ? 'Không được báo cáo cho đơn vị này.' : 'Chưa lưu được báo cáo.', problems: check.problems }, { status: forbidden ? 403 : 400 });
  }
  try {
    const saved = saveReports(store, locals.user, [check.report], ctx.data, { kind: 'form', ip: getClientAddress() });
    return json({ ok: true, ...saved });
  } catch (e) {
    if (e instanceof ForbiddenReportError) return json({ message: e.message }, { status: 403 });
    throw e;
  }
};
