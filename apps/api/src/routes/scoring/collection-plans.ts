import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listCollectionPlans } from '../../db/repos/scoring.js';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { Id, IsoMonth, problems } from '../../lib/schemas.js';
import {
  CollectionPlanBody,
  CollectionPlanKey,
  CollectionPlanView,
  collectionPlanView,
  setCollectionPlan,
  visibleCollectionPlan,
} from '../../services/scoring/collection-plans.js';
import { listScope } from '../../services/scoring/subjects.js';

/** 回款计划: one collection plan per user and month. */
const collectionPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/:userId/:month',
    {
      schema: {
        tags: ['scoring'],
        description: 'Sets the collection plan of a user for a month (scores.manage). Answers an ETag; If-Match is honoured.',
        params: CollectionPlanKey,
        body: CollectionPlanBody,
        response: { 200: CollectionPlanView, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, setCollectionPlan(app.db, callerOf(request), request.params, request.body), collectionPlanView);
    },
  );

  app.get(
    '/:userId/:month',
    { schema: { tags: ['scoring'], params: CollectionPlanKey, response: { 200: CollectionPlanView, ...problems(400, 401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, visibleCollectionPlan(app.db, callerOf(request), request.params), collectionPlanView);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Collection plans of the users the caller may see, newest month first.',
        querystring: Type.Object({ userId: Type.Optional(Id), month: Type.Optional(IsoMonth), ...PageQuery }),
        response: { 200: Page(CollectionPlanView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, ['string', 'string']);
      const rows = listCollectionPlans(app.db, { ...listScope(app.db, request.principal, request.query.userId), month: request.query.month, limit, after });
      const result = page(rows, limit, (p) => [p.month, p.userId]);
      return { items: result.items.map(collectionPlanView), nextCursor: result.nextCursor };
    },
  );
};

export default collectionPlanRoutes;
