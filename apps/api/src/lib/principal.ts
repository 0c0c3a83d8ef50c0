import type { Permission } from '@fieldbeat/domain';
import { ApiError } from './errors.js';

/** Who is calling: a signed-in user, or an API client acting with its scopes. */
export type Principal =
  | {
      kind: 'user';
      id: string;
      username: string;
      displayName: string;
      roleCode: string;
      managerId: string | null;
      permissions: ReadonlySet<Permission>;
    }
  | { kind: 'client'; id: string; permissions: ReadonlySet<Permission> };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** A signed-in user as a principal: who they are and their role's current permissions. */
export const userPrincipal = (
  user: { id: string; username: string; displayName: string; roleCode: string; managerId: string | null },
  permissions: ReadonlySet<Permission>,
): UserPrincipal => ({
  kind: 'user',
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  roleCode: user.roleCode,
  managerId: user.managerId,
  permissions,
});

export function requirePermission(principal: Principal, ...anyOf: Permission[]): void {
  if (!anyOf.some((p) => principal.permissions.has(p))) {
    throw new ApiError('FORBIDDEN', `requires the permission ${anyOf.join(' or ')}`);
  }
}

/** For endpoints that act on the caller's own records (work logs, visits): a user, not a client. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind !== 'user') throw new ApiError('FORBIDDEN', 'this endpoint acts for a signed-in user');
  return principal;
}

/** Audit actor fields for a principal. */
export const actorOf = (p: Principal) => ({ actorId: p.id, actorType: p.kind } as const);
