import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { Page } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import { changeStore, createStore, listVisibleStores, StoreCreate, StoreListQuery, StorePatch, StoreView, storeView, visibleStore } from '../../services/stores/index.js';

const storeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['stores'],
        description: "Stores the caller may see: a rep's own, a manager's team's, all for admins; newest first: by creation time, then id.",
        querystring: StoreListQuery,
        response: { 200: Page(StoreView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const result = listVisibleStores(app.db, callerOf(request), request.query);
      return { items: result.items.map(storeView), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['stores'], body: StoreCreate, response: { 201: StoreView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      return withEtag(reply.code(201), createStore(app.db, callerOf(request), request.body), storeView);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['stores'], params: Type.Object({ id: Id }), response: { 200: StoreView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, visibleStore(app.db, callerOf(request), request.params.id), storeView);
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['stores'],
        params: Type.Object({ id: Id }),
        body: StorePatch,
        response: { 200: StoreView, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, changeStore(app.db, callerOf(request), request.params.id, request.body), storeView);
    },
  );
};

export default storeRoutes;
