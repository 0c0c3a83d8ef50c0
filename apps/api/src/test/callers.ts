import type { Db } from '../db/client.js';
import { rolePermissions } from '../db/repos/roles.js';
import { getUserByUsername } from '../db/repos/users.js';
import type { Caller } from '../lib/caller.js';
import { ApiError } from '../lib/errors.js';
import { userPrincipal } from '../lib/principal.js';

/** A verb's caller for service tests: the signed-in user `username` with their role's permissions. */
export function callerAs(db: Db, username: string, requestId: string): Caller {
  const user = getUserByUsername(db, username);
  if (!user) throw new Error(`no user ${username}`);
  return { principal: userPrincipal(user, rolePermissions(db, user.roleCode)), locale: 'en', requestId };
}

/** The ApiError code a synchronous call throws ('no error' when it returns). */
export function errorCodeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
  return 'no error';
}
