import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import displayIssueRoutes from './display-issues.js';
import promotionEffectRoutes from './promotion-effects.js';
import salesReportRoutes from './sales.js';
import visitComplianceRoutes from './visit-compliance.js';

/**
 * The managers' reports (reports.read), each as JSON, CSV or XLSX through `lib/export.ts`.
 * Visit compliance (R3) reads the visits' days through their repository (db/repos/visits.ts).
 */
const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(salesReportRoutes);
  await app.register(displayIssueRoutes);
  await app.register(promotionEffectRoutes);
  await app.register(visitComplianceRoutes);
};

export default reportRoutes;
