import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { localDate } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { revokeUserRefreshTokens } from '../../db/repos/auth.js';
import { getSettings } from '../../db/repos/organisation.js';
import { getRole, rolePermissions } from '../../db/repos/roles.js';
import {
  getUser,
  getUserByUsername,
  insertUser,
  listUsers,
  updateUser,
  wouldCreateCycle,
} from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { checkIfMatch, setEtag } from '../../lib/etag.js';
import { requireGrantable, requireNotOwnRoleChange } from '../../lib/grants.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { hashPassword } from '../../lib/passwords.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { Id, problems } from '../../lib/schemas.js';
import { UserCreate, UserPatch, UserView } from '../../services/users/schemas.js';
import { userView } from '../../services/users/view.js';

const IdParams = Type.Object({ id: Id });

function checkReferences(
  db: DbOrTx,
  principal: Principal,
  body: { roleCode?: string; managerId?: string | null },
  userId?: string,
) {
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

const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['users'],
        description: 'Users the caller may see: everyone for admins, otherwise the caller and their team; newest first: by creation time, then id.',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(UserView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const ids = visibleIds(visibilityOf(app.db, request.principal));
      const rows = listUsers(app.db, { limit, before, ids });
      const result = page(rows, limit, newestKey);
      return { items: result.items.map((u) => userView(app.db, u)), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['users'], body: UserCreate, response: { 201: UserView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      requirePermission(request.principal, 'users.manage');
      const body = request.body;
      const passwordHash = await hashPassword(body.password);
      const created = app.db.transaction((tx) => {
        checkReferences(tx, request.principal, body);
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
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'user', entityId: user.id, after: user, requestId: request.id });
        return user;
      });
      setEtag(reply, created.version);
      return reply.code(201).send(userView(app.db, created));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['users'], params: IdParams, response: { 200: UserView, ...problems(401, 404) } } },
    async (request, reply) => {
      const user = getUser(app.db, request.params.id);
      if (!user || !canSee(visibilityOf(app.db, request.principal), user.id)) throw notFound('user');
      setEtag(reply, user.version);
      return userView(app.db, user);
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['users'],
        params: IdParams,
        body: UserPatch,
        response: { 200: UserView, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'users.manage');
      const body = request.body;
      const passwordHash = body.password !== undefined ? await hashPassword(body.password) : undefined;
      const updated = app.db.transaction((tx) => {
        const before = getUser(tx, request.params.id);
        if (!before) throw notFound('user');
        checkIfMatch(request, before.version);
        requireNotOwnRoleChange(request.principal, before.id, before.roleCode, body.roleCode);
        // Whoever may set a user's password or role could take over their role: only for users
        // whose permissions the caller holds all of.
        requireGrantable(request.principal, rolePermissions(tx, before.roleCode), '/params/id', `the user's role ${before.roleCode}`);
        checkReferences(tx, request.principal, body, before.id);
        if (body.username !== undefined && body.username !== before.username && getUserByUsername(tx, body.username)) {
          throw conflict(`username ${body.username} is taken`);
        }
        const now = new Date().toISOString();
        const after = updateUser(tx, before.id, {
          ...(body.username !== undefined && { username: body.username }),
          ...(body.displayName !== undefined && { displayName: body.displayName }),
          ...(body.roleCode !== undefined && { roleCode: body.roleCode }),
          ...(body.managerId !== undefined && { managerId: body.managerId }),
          ...(body.region !== undefined && { region: body.region }),
          ...(body.startDate !== undefined && { startDate: body.startDate }),
          ...(body.active !== undefined && { active: body.active }),
          ...(passwordHash && { passwordHash }),
          version: before.version + 1,
          updatedAt: now,
        });
        // A new password or a deactivation ends every session of the user.
        if (passwordHash || body.active === false) revokeUserRefreshTokens(tx, before.id, now);
        writeAudit(tx, { ...actorOf(request.principal), action: 'update', entity: 'user', entityId: before.id, before, after, requestId: request.id });
        return after;
      });
      setEtag(reply, updated.version);
      return userView(app.db, updated);
    },
  );
};

export default userRoutes;
