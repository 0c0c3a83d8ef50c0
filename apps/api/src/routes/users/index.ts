import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { setEtag } from '../../lib/etag.js';
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
      const created = await createUser(app.db, callerOf(request), request.body);
      setEtag(reply, created.version);
      return reply.code(201).send(userView(app.db, created));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['users'], params: IdParams, response: { 200: UserView, ...problems(401, 404) } } },
    async (request, reply) => {
      const user = visibleUser(app.db, callerOf(request), request.params.id);
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
      const updated = await changeUser(app.db, callerOf(request), request.params.id, request.body);
      setEtag(reply, updated.version);
      return userView(app.db, updated);
    },
  );
};

export default userRoutes;
