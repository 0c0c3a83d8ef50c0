import type { Permission } from '@fieldbeat/domain';
import { ApiError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * The one rule for every grant (an API client's scopes, a user's role, a role's permissions):
 * nobody hands out a permission they do not hold themselves. Otherwise whoever may grant one
 * thing could grant themselves everything through a client, a new user or a role.
 */
export function lackedPermissions(principal: Principal, granted: Iterable<Permission>): Permission[] {
  return [...new Set(granted)].filter((p) => !principal.permissions.has(p)).sort();
}

/**
 * Refuses (403, naming the field at `path`) when `granted` holds a permission the caller lacks.
 * `what` says what the permissions belong to, for the message.
 */
export function requireGrantable(principal: Principal, granted: Iterable<Permission>, path: string, what: string): void {
  const lacked = lackedPermissions(principal, granted);
  if (lacked.length === 0) return;
  const message = `${what} has permissions the caller does not hold: ${lacked.join(', ')}`;
  throw new ApiError('FORBIDDEN', message, [{ path, message }]);
}

/** Nobody changes their own role: not even to one they could grant others. */
export function requireNotOwnRoleChange(principal: Principal, userId: string, from: string, to: string | undefined): void {
  if (to === undefined || to === from || principal.kind !== 'user' || principal.id !== userId) return;
  const message = 'nobody changes their own role';
  throw new ApiError('FORBIDDEN', message, [{ path: '/roleCode', message }]);
}
