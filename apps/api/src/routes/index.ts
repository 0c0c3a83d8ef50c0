import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { pingDatabase } from '../db/repos/health.js';
import authRoutes from './auth/index.js';
import meRoutes from './users/me.js';
import organisationRoutes from './organisation/index.js';
import roleRoutes from './organisation/roles.js';
import userRoutes from './users/index.js';
import storeRoutes from './stores/index.js';
import productRoutes from './products/index.js';
import platformRoutes from './platform/index.js';
import promotionRoutes from './promotions/index.js';
import returnRoutes from './returns/index.js';
import inboxRoutes from './inbox/index.js';
import webhookRoutes from './webhooks/index.js';
import scoringRoutes from './scoring/index.js';
import scorecardRoutes from './scorecards/index.js';
import reportRoutes from './reports/index.js';
import visitRoutes from './visits/index.js';
import todayRoutes from './today/index.js';
import taskRoutes from './tasks/index.js';
import workLogRoutes from './work-logs/index.js';
import surveyRoutes from './market-surveys/index.js';

/** Every route of the contract, under /api/v1. */
const apiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['platform'], security: [], response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => {
      pingDatabase(app.db);
      return { status: 'ok' as const };
    },
  );
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(meRoutes);
  await app.register(organisationRoutes);
  await app.register(roleRoutes, { prefix: '/roles' });
  await app.register(userRoutes, { prefix: '/users' });
  await app.register(storeRoutes, { prefix: '/stores' });
  await app.register(productRoutes, { prefix: '/products' });
  await app.register(platformRoutes);
  await app.register(promotionRoutes, { prefix: '/promotions' });
  await app.register(returnRoutes, { prefix: '/returns' });
  await app.register(inboxRoutes);
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(scoringRoutes);
  await app.register(scorecardRoutes, { prefix: '/scorecards' });
  await app.register(reportRoutes, { prefix: '/reports' });
  await app.register(visitRoutes);
  await app.register(todayRoutes);
  await app.register(taskRoutes, { prefix: '/tasks' });
  await app.register(workLogRoutes, { prefix: '/work-logs' });
  await app.register(surveyRoutes, { prefix: '/market-surveys' });
};

export default apiRoutes;
