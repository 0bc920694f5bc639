// GET: a CSV template with one row per target and unit this account reports for (";" and UTF-8 with
// BOM, as Vietnamese Excel opens it). Fill "Kỳ" and "Giá trị"; rows left empty are skipped on upload.
import { error } from '@sveltejs/kit';
import { describeTarget } from '$lib/plans/describeTarget';
import { windowLabel } from '$lib/plans/periods';
import { TEMPLATE_HEADERS } from '$lib/plans/reportCsv';
import { appStore } from '$lib/server/app';
import { reportContext } from '$lib/server/plans/reportContext';

const cell = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export const GET = async ({ locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  const store = await appStore();
  const ctx = reportContext(store, locals.user);
  const tasks = new Map(ctx.data.tasks.map((t) => [t.id, t]));
  const header = [TEMPLATE_HEADERS.target, TEMPLATE_HEADERS.unit, TEMPLATE_HEADERS.period, TEMPLATE_HEADERS.value, TEMPLATE_HEADERS.note, TEMPLATE_HEADERS.evidence, 'Kế hoạch', 'Nhiệm vụ', 'Mục tiêu (để đối chiếu)', 'Thời hạn'];
  const lines = [header.map(cell).join(';')];
  for (const t of ctx.data.targets) {
    for (const unit of ctx.targets.get(t.id)?.reportableUnits ?? []) {
      const task = t.taskId != null ? tasks.get(t.taskId) : undefined;
      lines.push(
        [String(t.id), ctx.unitName(unit), '', '', '', '', t.planId, task ? `${task.number}. ${task.content}` : '', describeTarget(t.target), windowLabel(t.window)].map(cell).join(';')
      );
    }
  }
  return new Response('\ufeff' + lines.join('\r\n') + '\r\n', {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="mau-bao-cao.csv"' }
  });
};
