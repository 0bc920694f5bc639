// POST {targetId, value?, from?, to?}: an editor changes a saved target's number or window (audited).
// POST {targetId, addUnit | removeUnit}: gives the target to one more unit of the plan, or takes it away.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { canEditPlans } from '$lib/server/plans/access';
import { editTarget, setTargetUnit, TargetEditError } from '$lib/server/plans/targetEdits';

const text = (v: unknown, max = 40) => (typeof v === 'string' ? v.slice(0, max) : undefined);

export const POST = async ({ request, locals, getClientAddress }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  if (!canEditPlans(locals.user)) error(403, 'Chỉ biên tập viên và quản trị viên sửa được mục tiêu.');
  const b = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!b || !Number.isInteger(b.targetId)) error(400, 'Yêu cầu không hợp lệ.');
  const store = await appStore();
  const by = { id: locals.user.id };
  try {
    const unit = text(b.addUnit, 300) ?? text(b.removeUnit, 300);
    if (unit !== undefined) setTargetUnit(store, b.targetId as number, unit, b.addUnit !== undefined, by, getClientAddress());
    else editTarget(store, b.targetId as number, { value: text(b.value), from: text(b.from), to: text(b.to) }, by, getClientAddress());
  } catch (e) {
    if (e instanceof TargetEditError) return json({ message: e.message, field: e.field }, { status: 400 });
    throw e;
  }
  return json({ ok: true });
};
