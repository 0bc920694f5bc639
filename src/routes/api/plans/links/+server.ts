// POST {action: 'confirm'|'remove', linkId} or {action: 'add', taskId, indexId, component}: edits a
// task's links to index components (editors and admins).
import { error, json } from '@sveltejs/kit';
import { allDefinitions } from '$lib/catalogue/definitions';
import { appStore } from '$lib/server/app';
import { canEditPlans } from '$lib/server/plans/access';
import { editLink, type LinkEdit } from '$lib/server/plans/links';

function readEdit(b: Record<string, unknown> | null): LinkEdit | null {
  if (!b) return null;
  if ((b.action === 'confirm' || b.action === 'remove') && Number.isInteger(b.linkId)) return { action: b.action, linkId: b.linkId as number };
  if (b.action === 'add' && Number.isInteger(b.taskId) && typeof b.indexId === 'string' && typeof b.component === 'string')
    return { action: 'add', taskId: b.taskId as number, indexId: b.indexId.slice(0, 60), component: b.component.slice(0, 100) };
  return null;
}

export const POST = async ({ request, locals, getClientAddress }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  if (!canEditPlans(locals.user)) error(403, 'Chỉ biên tập viên và quản trị viên sửa được liên kết.');
  const edit = readEdit((await request.json().catch(() => null)) as Record<string, unknown> | null);
  if (!edit) error(400, 'Yêu cầu không hợp lệ.');
  const store = await appStore();
  try {
    editLink(store, edit, allDefinitions(), { id: locals.user.id }, getClientAddress());
  } catch (e) {
    error(400, e instanceof Error ? e.message : 'Không sửa được liên kết.');
  }
  return json({ ok: true });
};
