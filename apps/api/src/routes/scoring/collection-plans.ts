import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toMajor } from '@fieldbeat/domain';
import type { Tx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getCollectionPlan, listCollectionPlans, putCollectionPlan, type CollectionPlanRow } from '../../db/repos/scoring.js';
import { notFound } from '../../lib/errors.js';
import { checkIfMatch, setEtag } from '../../lib/etag.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { Id, IsoMonth, Money, moneyField, problems } from '../../lib/schemas.js';
import { listScope, recordSubject, subjectUser } from './shared.js';

const PlanView = Type.Object({
  userId: Type.String(),
  month: IsoMonth,
  amount: Type.Number({ description: 'the month’s own plan (本月计划回款额), major units; carry-in is added on the scorecard' }),
  version: Type.Integer(),
  updatedAt: Type.String(),
});

const view = (p: CollectionPlanRow) => ({
  userId: p.userId,
  month: p.month,
  amount: toMajor(p.amountMinor),
  version: p.version,
  updatedAt: p.updatedAt,
});

const Params = Type.Object({ userId: Id, month: IsoMonth });

/**
 * PUT /collection-plans/{userId}/{month} after its schema: the month's own plan replaces any
 * earlier one (version + 1), audited as create or update. `checkVersion` sees the stored
 * version first (0: none), for If-Match.
 */
export function setCollectionPlan(
  tx: Tx,
  principal: Principal,
  plan: { userId: string; month: string; amountMinor: number },
  options: { checkVersion?: (version: number) => void; requestId?: string } = {},
): CollectionPlanRow {
  recordSubject(tx, principal, plan.userId);
  const before = getCollectionPlan(tx, plan.userId, plan.month);
  options.checkVersion?.(before?.version ?? 0);
  const after = putCollectionPlan(tx, { ...plan, version: (before?.version ?? 0) + 1 });
  writeAudit(tx, {
    ...actorOf(principal),
    action: before ? 'update' : 'create',
    entity: 'collection_plan',
    entityId: `${plan.userId}/${plan.month}`,
    before: before ?? null,
    after,
    requestId: options.requestId,
  });
  return after;
}

/** 回款计划: one collection plan per user and month. */
const collectionPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/:userId/:month',
    {
      schema: {
        tags: ['scoring'],
        description: 'Sets the collection plan of a user for a month (scores.manage). Answers an ETag; If-Match is honoured.',
        params: Params,
        body: Type.Object({ amount: Money }),
        response: { 200: PlanView, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'scores.manage');
      const { userId, month } = request.params;
      const amountMinor = moneyField('/amount', request.body.amount);
      const saved = app.db.transaction((tx) =>
        setCollectionPlan(tx, request.principal, { userId, month, amountMinor }, { checkVersion: (v) => checkIfMatch(request, v), requestId: request.id }),
      );
      setEtag(reply, saved.version);
      return view(saved);
    },
  );

  app.get(
    '/:userId/:month',
    { schema: { tags: ['scoring'], params: Params, response: { 200: PlanView, ...problems(400, 401, 404) } } },
    async (request, reply) => {
      subjectUser(app.db, request.principal, request.params.userId);
      const plan = getCollectionPlan(app.db, request.params.userId, request.params.month);
      if (!plan) throw notFound('collection plan');
      setEtag(reply, plan.version);
      return view(plan);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Collection plans of the users the caller may see, newest month first.',
        querystring: Type.Object({ userId: Type.Optional(Id), month: Type.Optional(IsoMonth), ...PageQuery }),
        response: { 200: Page(PlanView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, ['string', 'string']);
      const rows = listCollectionPlans(app.db, { ...listScope(app.db, request.principal, request.query.userId), month: request.query.month, limit, after });
      const result = page(rows, limit, (p) => [p.month, p.userId]);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
    },
  );
};

export default collectionPlanRoutes;
