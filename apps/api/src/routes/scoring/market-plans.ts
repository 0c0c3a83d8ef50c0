import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MARKET_LEVELS } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { completeMarketPlan, getMarketPlan, insertMarketPlan, listMarketPlans, type MarketPlanRow } from '../../db/repos/scoring.js';
import { canSee, visibilityOf } from '../../db/repos/visibility.js';
import { conflict, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, IsoDate, IsoMonth, Name, Nullable, problems } from '../../lib/schemas.js';
import { checkStore, listScope, subjectUser } from './shared.js';

const Level = Type.Enum(MARKET_LEVELS, {
  description: 'first: 一级市场 (agents, outlets), -10 each if not completed; second: 二级市场 (wholesale outlets), -1 each',
});

const MarketPlanView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  month: IsoMonth,
  level: Level,
  name: Type.String(),
  storeId: Nullable(Type.String()),
  completedDate: Nullable(IsoDate),
  createdAt: Type.String(),
});

const view = (p: MarketPlanRow) => ({
  id: p.id,
  userId: p.userId,
  month: p.month,
  level: p.level,
  name: p.name,
  storeId: p.storeId,
  completedDate: p.completedDate,
  createdAt: p.createdAt,
});

const IdParams = Type.Object({ id: Id });

/** 市场开发计划: planned first- and second-level markets of a month, and their completion. */
const marketPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Plans a market to develop in a month (scores.manage).',
        body: Type.Object({ userId: Id, month: IsoMonth, level: Level, name: Name, storeId: Type.Optional(Id) }),
        response: { 201: MarketPlanView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'scores.manage');
      const b = request.body;
      const created = app.db.transaction((tx) => {
        subjectUser(tx, request.principal, b.userId);
        checkStore(tx, b.storeId);
        const row = insertMarketPlan(tx, {
          id: newId(),
          userId: b.userId,
          month: b.month,
          level: b.level,
          name: b.name,
          storeId: b.storeId ?? null,
          completedDate: null,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'market_plan', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      return reply.code(201).send(view(created));
    },
  );

  app.post(
    '/:id/complete',
    {
      schema: {
        tags: ['scoring'],
        description: 'Records the date the market was developed (scores.manage); completed after the month’s end still counts as not done. 409 if already completed.',
        params: IdParams,
        body: Type.Object({ date: IsoDate }),
        response: { 200: MarketPlanView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'scores.manage');
      const updated = app.db.transaction((tx) => {
        const before = getMarketPlan(tx, request.params.id);
        if (!before || !canSee(visibilityOf(tx, request.principal), before.userId)) throw notFound('market plan');
        if (before.completedDate !== null) throw conflict(`the market plan was completed on ${before.completedDate}`);
        const after = completeMarketPlan(tx, before.id, request.body.date);
        writeAudit(tx, { ...actorOf(request.principal), action: 'complete', entity: 'market_plan', entityId: before.id, before, after, requestId: request.id });
        return after;
      });
      return view(updated);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['scoring'], params: IdParams, response: { 200: MarketPlanView, ...problems(401, 404) } } },
    async (request) => {
      const plan = getMarketPlan(app.db, request.params.id);
      if (!plan || !canSee(visibilityOf(app.db, request.principal), plan.userId)) throw notFound('market plan');
      return view(plan);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Market plans of the users the caller may see, newest first.',
        querystring: Type.Object({ userId: Type.Optional(Id), month: Type.Optional(IsoMonth), ...PageQuery }),
        response: { 200: Page(MarketPlanView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor)?.[0] as string | undefined;
      const rows = listMarketPlans(app.db, { ...listScope(app.db, request.principal, request.query.userId), month: request.query.month, limit, before });
      const result = page(rows, limit, (p) => [p.id]);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
    },
  );
};

export default marketPlanRoutes;
