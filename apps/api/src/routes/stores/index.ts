import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { setEtag } from '../../lib/etag.js';
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
      const created = createStore(app.db, callerOf(request), request.body);
      setEtag(reply, created.version);
      return reply.code(201).send(storeView(created));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['stores'], params: Type.Object({ id: Id }), response: { 200: StoreView, ...problems(401, 404) } } },
    async (request, reply) => {
      const store = visibleStore(app.db, callerOf(request), request.params.id);
      setEtag(reply, store.version);
      return storeView(store);
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
      const updated = changeStore(app.db, callerOf(request), request.params.id, request.body);
      setEtag(reply, updated.version);
      return storeView(updated);
    },
  );
};

export default storeRoutes;
