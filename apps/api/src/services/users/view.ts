import type { DbOrTx } from '../../db/client.js';
import { rolePermissions } from '../../db/repos/roles.js';
import type { UserRow } from '../../db/repos/users.js';

/** The public shape of a user: never the password hash. */
export function userView(db: DbOrTx, u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roleCode: u.roleCode,
    managerId: u.managerId,
    region: u.region,
    startDate: u.startDate,
    active: u.active,
    permissions: [...rolePermissions(db, u.roleCode)],
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
