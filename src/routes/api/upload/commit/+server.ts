// Confirms a previewed upload: one transaction, a new version recorded with the original bytes and
// the aliases the upload mapped. Clearing published figures needs its own confirmation.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { canUpload, mayUploadAny } from '$lib/server/auth/permissions';
import { RemovalError } from '$lib/server/store/commit';
import type { VersionInfo } from '$lib/server/store/types';
import { pendingUploadsFor, PREVIEW_GONE } from '$lib/server/uploads/pendingUploads';

export const POST = async ({ request, locals, getClientAddress }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  // A viewer uploads nothing: refused before the body is read (the index is known only from the preview).
  if (!mayUploadAny(locals.user)) error(403, 'Tài khoản này không được tải lên số liệu.');
  const body = (await request.json().catch(() => null)) as { previewId?: unknown; note?: unknown; acceptWarnings?: unknown; confirmRemovals?: unknown } | null;
  if (!body || typeof body.previewId !== 'string') error(400, 'Thiếu mã xem trước.');
  const store = await appStore();
  const pending = pendingUploadsFor(store);
  const p = pending.get(body.previewId, locals.user.id);
  if (!p) error(410, PREVIEW_GONE);
  if (!canUpload(locals.user, p.indexId)) error(403, 'Tài khoản này không được tải lên chỉ số này.');
  if (p.issues.some((i) => i.severity === 'warning') && body.acceptWarnings !== true) {
    error(400, 'Tệp có cảnh báo: hãy đọc và xác nhận trước khi lưu.');
  }
  const user = locals.user;
  let landed: { value: VersionInfo } | null;
  try {
    // Removed in the commit's transaction: two requests confirming one preview cannot both land it,
    // and a refused commit leaves the preview for a retry.
    landed = pending.consume(p.id, user.id, () =>
      store.commitVersion({
        indexId: p.indexId,
        observations: p.observations,
        kind: 'upload',
        user: { id: user.id },
        note: typeof body.note === 'string' ? body.note.slice(0, 500) : '',
        fileName: p.fileName,
        fileBytes: p.bytes,
        keep: p.keep,
        aliases: p.aliases,
        confirmRemovals: body.confirmRemovals === true,
        // No stale-base check: an upload merges its rows into whatever is current when it commits,
        // so two editors confirming at once both land, in order, and neither loses the other's rows.
        ip: getClientAddress()
      })
    );
  } catch (e) {
    // The preview stays: the user can confirm the removals and save again.
    if (e instanceof RemovalError) return json({ message: e.message, removals: e.removals }, { status: 409 });
    error(409, e instanceof Error ? e.message : 'Không lưu được phiên bản.');
  }
  if (!landed) error(410, PREVIEW_GONE);
  return json({ version: landed.value });
};
