import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Tx } from '../../db/client.js';
import { MARKET_LEVELS, marketPlanCompletion } from '@fieldbeat/domain';
import { completeMarketPlan, getMarketPlan, insertMarketPlan, listMarketPlans, type MarketPlanRow } from '../../db/repos/scoring.js';
import { refusalError } from '../../lib/refusal.js';
import { newId } from '../../lib/ids.js';
import { requirePermission, type Principal } from '../../lib/principal.js';
import { Id, IsoDate, IsoMonth, Name, Nullable, problems } from '../../lib/schemas.js';
import { checkStore, recordSubject } from './shared.js';
import { userRecordRoutes } from './user-records.js';

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

const MarketPlanBody = Type.Object({ userId: Id, month: IsoMonth, level: Level, name: Name, storeId: Type.Optional(Id) });

/** POST /market-plans after its schema: the checks and the insert, open (the caller audits it). */
export function createMarketPlan(tx: Tx, b: Static<typeof MarketPlanBody>, principal: Principal): MarketPlanRow {
  recordSubject(tx, principal, b.userId);
  checkStore(tx, b.storeId);
  return insertMarketPlan(tx, {
    id: newId(),
    userId: b.userId,
    month: b.month,
    level: b.level,
    name: b.name,
    storeId: b.storeId ?? null,
    completedDate: null,
    createdAt: new Date().toISOString(),
  });
}

/** POST /market-plans/{id}/complete on a visible plan: 409 once completed (the caller audits it). */
export function completeOpenMarketPlan(tx: Tx, before: MarketPlanRow, date: string): MarketPlanRow {
  const completion = marketPlanCompletion(before);
  if (!completion.ok) throw refusalError(completion);
  return completeMarketPlan(tx, before.id, date);
}

/** 市场开发计划: planned first- and second-level markets of a month, and their completion. */
const marketPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const plans = userRecordRoutes(app, {
    entity: 'market_plan',
    View: MarketPlanView,
    view,
    detail: { noun: 'market plan', get: getMarketPlan },
    list: {
      description: 'Market plans of the users the caller may see, newest first.',
      filters: { month: Type.Optional(IsoMonth) },
      rows: (db, q, page) => listMarketPlans(db, { ...page, month: q.month }),
    },
    create: {
      description: 'Plans a market to develop in a month (scores.manage).',
      permission: 'scores.manage',
      body: MarketPlanBody,
      insert: createMarketPlan,
    },
  });

  app.post(
    '/:id/complete',
    {
      schema: {
        tags: ['scoring'],
        description: 'Records the date the market was developed (scores.manage); completed after the month’s end still counts as not done. 409 if already completed.',
        params: Type.Object({ id: Id }),
        body: Type.Object({ date: IsoDate }),
        response: { 200: MarketPlanView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'scores.manage');
      return plans.change(request, 'complete', (tx, before) => completeOpenMarketPlan(tx, before, request.body.date));
    },
  );
};

export default marketPlanRoutes;
