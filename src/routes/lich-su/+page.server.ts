import { error } from '@sveltejs/kit';
import { definitionOf } from '$lib/catalogue/definitions';
import { appStore } from '$lib/server/app';
import { canAdmin } from '$lib/server/auth/permissions';
import { listUsers } from '$lib/server/auth/users';

export const load = async ({ locals }) => {
  if (!locals.user) error(403, 'Cần đăng nhập để xem lịch sử phiên bản.');
  const store = await appStore();
  const names = new Map(listUsers(store).map((u) => [u.id, u.username]));
  const versions = store.listVersions().map((v) => ({
    ...v,
    indexShort: definitionOf(v.indexId)?.short ?? v.indexId,
    user: v.userId == null ? 'hệ thống' : (names.get(v.userId) ?? `#${v.userId}`),
    current: store.currentVersion(v.indexId)?.id === v.id
  }));
  return { versions, canRollback: canAdmin(locals.user), canDownload: locals.user.role !== 'viewer' };
};
