import type { DbOrTx } from '../db/client.js';
import { rolePermissions } from '../db/repos/roles.js';
import { getUserByUsername } from '../db/repos/users.js';
import { userPrincipal, type UserPrincipal } from '../lib/principal.js';

/** The demo's people as principals, by username, loaded once each: the seeders act as them. */
export function demoPrincipals(db: DbOrTx): (username: string) => UserPrincipal {
  const people = new Map<string, UserPrincipal>();
  return (username) => {
    let principal = people.get(username);
    if (!principal) {
      const user = getUserByUsername(db, username);
      if (!user) fail(`user ${username}`);
      people.set(username, (principal = userPrincipal(user, rolePermissions(db, user.roleCode))));
    }
    return principal;
  };
}

/** A demo fixture that is not there: the demo's own data is wrong. */
export function fail(what: string): never {
  throw new Error(`demo: no ${what}`);
}
