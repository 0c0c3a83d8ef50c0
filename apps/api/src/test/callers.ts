import type { Db, Tx } from '../db/client.js';
import { rolePermissions } from '../db/repos/roles.js';
import { getUserByUsername } from '../db/repos/users.js';
import type { Caller } from '../lib/caller.js';
import { ApiError } from '../lib/errors.js';
import { userPrincipal } from '../lib/principal.js';
import { interleave } from '../lib/versioned-update.js';

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

/**
 * The error code of `verb` when `writer` saves first, between the verb's load and its update (as
 * a concurrent transaction would on a server database): through the real verb, once.
 */
export function racedBy(writer: (tx: Tx) => unknown, verb: () => unknown): string {
  interleave.afterLoad = (tx) => {
    interleave.afterLoad = undefined;
    writer(tx);
  };
  try {
    return errorCodeOf(verb);
  } finally {
    interleave.afterLoad = undefined;
  }
}
