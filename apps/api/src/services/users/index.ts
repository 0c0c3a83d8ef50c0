import { Type, type Static } from 'typebox';
import { localDate } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { revokeUserRefreshTokens } from '../../db/repos/auth.js';
import { getSettings } from '../../db/repos/organisation.js';
import { getRole, rolePermissions } from '../../db/repos/roles.js';
import { getUser, getUserByUsername, insertUser, listUsers, updateUser, wouldCreateCycle, type UserRow } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import type { Caller } from '../../lib/caller.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { requireGrantable, requireNotOwnRoleChange } from '../../lib/grants.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, PageQuery } from '../../lib/pagination.js';
import { hashPassword } from '../../lib/passwords.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { versionedUpdate } from '../../lib/versioned-update.js';
import type { UserCreate, UserPatch } from './schemas.js';

/**
 * Users: who signs in, their role and manager. Written with users.manage, and never to grant
 * more than the caller holds (`requireGrantable`) nor to change one's own role.
 */

export const UserListQuery = Type.Object(PageQuery);

/** A role the caller may grant, and a manager that exists and is not the user or below them. */
function checkReferences(db: DbOrTx, principal: Principal, body: { roleCode?: string; managerId?: string | null }, userId?: string) {
  if (body.roleCode !== undefined) {
    const role = getRole(db, body.roleCode);
    if (!role) throw invalid('/roleCode', `no role ${body.roleCode}`);
    requireGrantable(principal, role.permissions, '/roleCode', `role ${role.code}`);
  }
  if (body.managerId) {
    if (!getUser(db, body.managerId)) throw invalid('/managerId', 'no such user');
    if (userId && wouldCreateCycle(db, userId, body.managerId)) {
      throw invalid('/managerId', 'would make the user their own manager');
    }
  }
}

/** One page of the users the caller may see: everyone for admins, otherwise the caller and their team; newest first. */
export function listVisibleUsers(db: DbOrTx, caller: Caller, q: Static<typeof UserListQuery>) {
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, NEWEST_FIRST);
  const ids = visibleIds(visibilityOf(db, caller.principal));
  return page(listUsers(db, { limit, before, ids }), limit, newestKey);
}

/** One user the caller may see (404 otherwise). */
export function visibleUser(db: DbOrTx, caller: Caller, id: string): UserRow {
  const user = getUser(db, id);
  if (!user || !canSee(visibilityOf(db, caller.principal), user.id)) throw notFound('user');
  return user;
}

/** A new user (users.manage) with a role the caller may grant; the password is hashed (argon2id) before the transaction. */
export async function createUser(db: Db, caller: Caller, body: Static<typeof UserCreate>): Promise<UserRow> {
  const { principal } = caller;
  requirePermission(principal, 'users.manage');
  const passwordHash = await hashPassword(body.password);
  return db.transaction((tx) => {
    checkReferences(tx, principal, body);
    if (getUserByUsername(tx, body.username)) throw conflict(`username ${body.username} is taken`);
    const now = new Date().toISOString();
    const user = insertUser(tx, {
      id: newId(),
      username: body.username,
      displayName: body.displayName,
      passwordHash,
      roleCode: body.roleCode,
      managerId: body.managerId ?? null,
      region: body.region ?? null,
      startDate: body.startDate ?? localDate(new Date(), getSettings(tx).settings.timezone),
      active: body.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'user', entityId: user.id, after: user, requestId: caller.requestId });
    return user;
  });
}

/**
 * Changes a user (users.manage) through the versioned update: 404, 412, then who may change
 * them (not one's own role; only users whose permissions the caller holds all of), the
 * references, a username not taken, and 409 when they changed meanwhile. A new password or a
 * deactivation ends every session of the user.
 */
export async function changeUser(db: Db, caller: Caller, id: string, body: Static<typeof UserPatch>): Promise<UserRow> {
  const { principal } = caller;
  requirePermission(principal, 'users.manage');
  const passwordHash = body.password !== undefined ? await hashPassword(body.password) : undefined;
  return versionedUpdate(db, caller, {
    entity: 'user',
    load: (tx) => getUser(tx, id),
    update: (tx, before) => {
      requireNotOwnRoleChange(principal, before.id, before.roleCode, body.roleCode);
      // Whoever may set a user's password or role could take over their role: only for users
      // whose permissions the caller holds all of.
      requireGrantable(principal, rolePermissions(tx, before.roleCode), '/params/id', `the user's role ${before.roleCode}`);
      checkReferences(tx, principal, body, before.id);
      if (body.username !== undefined && body.username !== before.username && getUserByUsername(tx, body.username)) {
        throw conflict(`username ${body.username} is taken`);
      }
      const now = new Date().toISOString();
      const after = updateUser(tx, before.id, before.version, {
        ...(body.username !== undefined && { username: body.username }),
        ...(body.displayName !== undefined && { displayName: body.displayName }),
        ...(body.roleCode !== undefined && { roleCode: body.roleCode }),
        ...(body.managerId !== undefined && { managerId: body.managerId }),
        ...(body.region !== undefined && { region: body.region }),
        ...(body.startDate !== undefined && { startDate: body.startDate }),
        ...(body.active !== undefined && { active: body.active }),
        ...(passwordHash && { passwordHash }),
        updatedAt: now,
      });
      if (after && (passwordHash || body.active === false)) revokeUserRefreshTokens(tx, before.id, now);
      return after;
    },
  });
}
