// Who may do what. Pure functions of the user, so routes and tests share one rule set.
import type { User } from './users';

type MaybeUser = Pick<User, 'role' | 'indices' | 'disabled'> | null | undefined;

const active = (u: MaybeUser): u is Pick<User, 'role' | 'indices' | 'disabled'> => !!u && !u.disabled;

/** Admins may upload to any index; editors only to the indices assigned to them; viewers never. */
export function canUpload(user: MaybeUser, indexId: string): boolean {
  if (!active(user)) return false;
  if (user.role === 'admin') return true;
  return user.role === 'editor' && user.indices.includes(indexId);
}

/** May upload some index at all: checked before an upload's body is read (it names the index). */
export function mayUploadAny(user: MaybeUser): boolean {
  if (!active(user)) return false;
  return user.role === 'admin' || (user.role === 'editor' && user.indices.length > 0);
}

/** Rolling back is an upload in reverse: the same rule. */
export const canRollback = canUpload;

export function canAdmin(user: MaybeUser): boolean {
  return active(user) && user.role === 'admin';
}

/** With public read on, anyone may read; otherwise any signed-in, enabled account. */
export function canRead(user: MaybeUser, publicRead: boolean): boolean {
  return publicRead || active(user);
}
