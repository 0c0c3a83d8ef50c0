import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listPromotions } from '../../db/repos/promotions.js';
import { visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { withEtag } from '../../lib/etag.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { requireUser } from '../../lib/principal.js';
import { Id, problems } from '../../lib/schemas.js';
import { acceptEmptyBodies } from '../../lib/empty-body.js';
import { preferredLocale } from '../../lib/locale.js';
import { EffectView, PromotionCreate, PromotionReport, PromotionView, Status, TransitionBody } from '../../services/promotions/schemas.js';
import { createPromotion, detailView, effectOf, listViews, loadVisiblePromotion, reportPromotion, transitionPromotion } from '../../services/promotions/index.js';

const Params = Type.Object({ id: Id });

/** 促销活动: applications, their R5 workflow, the actuals report and the measured effect. */
const promotionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  acceptEmptyBodies(app);

  app.get(
    '/',
    {
      schema: {
        tags: ['promotions'],
        description: 'Promotions the caller may see (applied for by them or their team, or on their stores), newest first: by creation time, then id.',
        querystring: Type.Object({ ...PageQuery, status: Type.Optional(Status), storeId: Type.Optional(Id) }),
        response: { 200: Page(PromotionView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const rows = listPromotions(app.db, {
        limit,
        before,
        visibleUserIds: visibleIds(visibilityOf(app.db, request.principal)),
        statuses: request.query.status ? [request.query.status] : undefined,
        storeId: request.query.storeId,
      });
      const result = page(rows, limit, newestKey);
      return { items: listViews(app.db, result.items), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    {
      schema: {
        tags: ['promotions'],
        description:
          'Applies for a promotion (促销活动申请表) as a draft. A store request must state storeSupport; a rep-initiated one baselineSales and estimatedEffect; a company promotion needs promotions.approve. Stores must be the applicant\'s to see (else 404).',
        body: PromotionCreate,
        response: { 201: PromotionView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply.code(201), createPromotion(app.db, requireUser(request.principal), request.body, request.id));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['promotions'], params: Params, response: { 200: PromotionView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, loadVisiblePromotion(app.db, request.principal, request.params.id), (row) => detailView(app.db, row));
    },
  );

  const transitions = {
    submit: 'draft -> submitted (a company promotion: -> approved). Applicant only.',
    approve:
      'submitted -> approved, or -> pending_gm when estimatedCost is above gmApprovalThreshold; pending_gm -> approved needs promotions.approve_gm. Never one\'s own.',
    reject: 'submitted or pending_gm -> rejected; needs a note that is not blank (400 naming note), which the applicant reads in `decision`. Never one\'s own.',
    withdraw: 'draft or submitted -> withdrawn. Applicant only.',
  } as const;
  for (const [action, description] of Object.entries(transitions) as [keyof typeof transitions, string][]) {
    app.post(
      `/:id/${action}`,
      {
        schema: {
          tags: ['promotions'],
          description: `${description} Any other transition is 409.`,
          params: Params,
          body: TransitionBody,
          response: { 200: PromotionView, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const updated = transitionPromotion(
          app.db,
          requireUser(request.principal),
          request.params.id,
          action,
          request.body.note,
          request.id,
        );
        return withEtag(reply, updated);
      },
    );
  }

  app.post(
    '/:id/report',
    {
      schema: {
        tags: ['promotions'],
        description: 'The applicant reports the actuals of an approved promotion: approved -> completed.',
        params: Params,
        body: PromotionReport,
        response: { 200: PromotionView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, reportPromotion(app.db, requireUser(request.principal), request.params.id, request.body, request.id));
    },
  );

  app.get(
    '/:id/effect',
    {
      schema: {
        tags: ['promotions'],
        description:
          'R5 effect: units ordered at visits to its stores for its products in the window against the equally long window before it; uplift, cost per extra unit, actual against estimate. 409 before approval.',
        params: Params,
        response: { 200: EffectView, ...problems(401, 404, 409) },
      },
    },
    async (request) => effectOf(app.db, request.principal, request.params.id, preferredLocale(request)),
  );
};

export default promotionRoutes;
