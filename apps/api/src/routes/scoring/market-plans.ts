import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listMarketPlans } from '../../db/repos/scoring.js';
import { callerOf } from '../../lib/caller.js';
import { Id, IsoMonth, problems } from '../../lib/schemas.js';
import {
  completePlannedMarket,
  MarketPlanBody,
  MarketPlanCompleteBody,
  MARKET_PLANS,
  MarketPlanView,
  marketPlanView,
  planMarket,
} from '../../services/scoring/market-plans.js';
import { userRecordRoutes } from './user-records.js';

/** 市场开发计划: planned first- and second-level markets of a month, and their completion. */
const marketPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  userRecordRoutes(app, {
    View: MarketPlanView,
    view: marketPlanView,
    detail: MARKET_PLANS,
    list: {
      description: 'Market plans of the users the caller may see, newest first.',
      filters: { month: Type.Optional(IsoMonth) },
      rows: (db, q, page) => listMarketPlans(db, { ...page, month: q.month }),
    },
    create: { description: 'Plans a market to develop in a month (scores.manage).', body: MarketPlanBody, record: planMarket },
  });

  app.post(
    '/:id/complete',
    {
      schema: {
        tags: ['scoring'],
        description: 'Records the date the market was developed (scores.manage); completed after the month’s end still counts as not done. 409 if already completed.',
        params: Type.Object({ id: Id }),
        body: MarketPlanCompleteBody,
        response: { 200: MarketPlanView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => marketPlanView(completePlannedMarket(app.db, callerOf(request), request.params.id, request.body)),
  );
};

export default marketPlanRoutes;
