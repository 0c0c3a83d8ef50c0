import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import displayIssueRoutes from './display-issues.js';
import promotionEffectRoutes from './promotion-effects.js';
import salesReportRoutes from './sales.js';

/**
 * The managers' reports (reports.read), each as JSON, CSV or XLSX through `lib/export.ts`.
 * Visit compliance lives with field work (routes/visits) under the same /reports prefix.
 */
const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(salesReportRoutes);
  await app.register(displayIssueRoutes);
  await app.register(promotionEffectRoutes);
};

export default reportRoutes;
