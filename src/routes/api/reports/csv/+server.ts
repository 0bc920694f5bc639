// POST the CSV's bytes (?name=<file name>; ?preview=1 to check without saving): a unit's reports
// in bulk, held to the index upload standard. A file with any error writes nothing; a row for a unit
// the account does not report for makes it a 403.
import { error, json } from '@sveltejs/kit';
import { describeTarget } from '$lib/plans/describeTarget';
import { periodLabel } from '$lib/plans/periods';
import { REPORT_CSV_MAX_BYTES } from '$lib/plans/reportCsv';
import { appStore } from '$lib/server/app';
import { reportContext } from '$lib/server/plans/reportContext';
import { submitReportCsv } from '$lib/server/plans/reports';
import { displayFileName } from '$lib/server/uploads/displayFileName';
import { readLimited, TooLargeError } from '$lib/server/uploads/readLimited';

export const POST = async ({ request, url, locals, getClientAddress }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  if (!request.headers.get('content-type')) error(400, 'Thiếu Content-Type: gửi tệp dưới dạng text/csv hoặc application/octet-stream.');
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(request.body, REPORT_CSV_MAX_BYTES);
  } catch (e) {
    if (e instanceof TooLargeError) error(413, `Tệp vượt quá giới hạn ${REPORT_CSV_MAX_BYTES / 1024 / 1024} MB.`);
    throw e;
  }
  const store = await appStore();
  const ctx = reportContext(store, locals.user);
  if (ctx.userUnits.length === 0) error(403, 'Tài khoản này chưa được giao báo cáo cho đơn vị nào.');
  const out = submitReportCsv(store, locals.user, bytes, {
    data: ctx.data,
    today: ctx.today,
    preview: url.searchParams.get('preview') === '1',
    fileName: displayFileName(url.searchParams.get('name')),
    ip: getClientAddress()
  });
  const targets = new Map(ctx.data.targets.map((t) => [t.id, t]));
  const r = out.result;
  return json(
    {
      ok: r.ok,
      message: out.message,
      encoding: r.encoding,
      delimiter: r.delimiter,
      rowCount: r.rowCount,
      columns: r.columns,
      issues: r.issues,
      rows: r.reports.map((x) => ({
        targetId: x.targetId,
        target: targets.has(x.targetId) ? describeTarget(targets.get(x.targetId)!.target) : '',
        unit: ctx.unitName(x.unitCode),
        period: periodLabel(x.period),
        value: x.value,
        note: x.note
      })),
      saved: out.saved
    },
    { status: out.status }
  );
};
