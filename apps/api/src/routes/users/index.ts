import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { Page } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import { changeUser, createUser, listVisibleUsers, UserListQuery, visibleUser } from '../../services/users/index.js';
import { UserCreate, UserPatch, UserView } from '../../services/users/schemas.js';
import { userView } from '../../services/users/view.js';

const IdParams = Type.Object({ id: Id });

const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['users'],
        description: 'Users the caller may see: everyone for admins, otherwise the caller and their team; newest first: by creation time, then id.',
        querystring: UserListQuery,
        response: { 200: Page(UserView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const result = listVisibleUsers(app.db, callerOf(request), request.query);
      return { items: result.items.map((u) => userView(app.db, u)), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['users'], body: UserCreate, response: { 201: UserView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      return withEtag(reply.code(201), await createUser(app.db, callerOf(request), request.body), (row) => userView(app.db, row));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['users'], params: IdParams, response: { 200: UserView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, visibleUser(app.db, callerOf(request), request.params.id), (row) => userView(app.db, row));
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
      return withEtag(reply, await changeUser(app.db, callerOf(request), request.params.id, request.body), (row) => userView(app.db, row));
    },
  );
};

export default userRoutes;
