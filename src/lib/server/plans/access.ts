// Who may do what with plans. Editors and admins import plans and edit links; a reporter is any
// enabled account with units assigned (user_units), whatever its role; admins assign units.
import type { User } from '../auth/users';

type MaybeUser = Pick<User, 'role' | 'disabled'> | null | undefined;

export function canEditPlans(user: MaybeUser): boolean {
  return !!user && !user.disabled && (user.role === 'editor' || user.role === 'admin');
}

export function canAssignUnits(user: MaybeUser): boolean {
  return !!user && !user.disabled && user.role === 'admin';
}
