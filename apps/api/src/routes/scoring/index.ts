import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import collectionPlanRoutes from './collection-plans.js';
import collectionRoutes from './collections.js';
import complaintRoutes from './complaints.js';
import disciplineRoutes from './discipline-records.js';
import marketPlanRoutes from './market-plans.js';

/** The scorecard's inputs that `scores.manage` records (R4); the other inputs come from field work and returns. */
const scoringRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(collectionPlanRoutes, { prefix: '/collection-plans' });
  await app.register(collectionRoutes, { prefix: '/collections' });
  await app.register(marketPlanRoutes, { prefix: '/market-plans' });
  await app.register(complaintRoutes, { prefix: '/complaints' });
  await app.register(disciplineRoutes, { prefix: '/discipline-records' });
};

export default scoringRoutes;
