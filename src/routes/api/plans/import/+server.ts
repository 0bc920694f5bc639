// POST JSON {title, issuer, province, number, dateText, periodFrom, periodTo, indices, rows, appendixText, replace?}:
// saves a plan from the corrected appendix rows (editors and admins). Answers {planId, tasks, warnings, replaced?};
// 409 {message, duplicate} when the plan is already there and `replace` does not name it.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { canEditPlans } from '$lib/server/plans/access';
import { DuplicatePlanError, importPlan, MAX_APPENDIX, readImportInput } from '$lib/server/plans/importPlan';
import { readLimited, TooLargeError } from '$lib/server/uploads/readLimited';

export const POST = async ({ request, locals, getClientAddress }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  if (!canEditPlans(locals.user)) error(403, 'Chỉ biên tập viên và quản trị viên nhập được kế hoạch.');
  let raw: unknown;
  try {
    const bytes = await readLimited(request.body, MAX_APPENDIX * 4);
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    if (e instanceof TooLargeError) error(413, 'Dữ liệu gửi lên quá lớn.');
    error(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  }
  const read = readImportInput(raw);
  if (!read.ok) return json({ message: 'Chưa lưu được kế hoạch.', errors: read.errors }, { status: 400 });
  const store = await appStore();
  try {
    return json(importPlan(store, read.input, { id: locals.user.id }, getClientAddress()));
  } catch (e) {
    if (e instanceof DuplicatePlanError) return json({ message: e.message, duplicate: e.duplicate }, { status: 409 });
    return json({ message: e instanceof Error ? e.message : 'Không lưu được kế hoạch.' }, { status: 400 });
  }
};
