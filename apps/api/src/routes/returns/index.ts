import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listReturns } from '../../db/repos/returns.js';
import { visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { withEtag } from '../../lib/etag.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { requireUser } from '../../lib/principal.js';
import { Id, problems } from '../../lib/schemas.js';
import { acceptEmptyBodies } from '../../lib/empty-body.js';
import { preferredLocale } from '../../lib/locale.js';
import { DecisionBody, ExecuteBody, PreviewView, ReturnCreate, ReturnView, Status } from '../../services/returns/schemas.js';
import { createReturn, loadVisibleReturn, previewReturn, returnViewOf, returnViews, transitionReturn } from '../../services/returns/index.js';

const Params = Type.Object({ id: Id });

/** 退货: requests assessed against the return standard (R2), their approval and execution. */
const returnRoutes: FastifyPluginAsyncTypebox = async (app) => {
  acceptEmptyBodies(app);

  app.get(
    '/',
    {
      schema: {
        tags: ['returns'],
        description: 'Returns the caller may see (requested by them or their team, or from their stores), newest first: by creation time, then id.',
        querystring: Type.Object({ ...PageQuery, status: Type.Optional(Status), storeId: Type.Optional(Id) }),
        response: { 200: Page(ReturnView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const rows = listReturns(app.db, {
        limit,
        before,
        visibleUserIds: visibleIds(visibilityOf(app.db, request.principal)),
        status: request.query.status,
        storeId: request.query.storeId,
      });
      const locale = preferredLocale(request);
      const result = page(rows, limit, newestKey);
      return { items: returnViews(app.db, result.items, locale), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    {
      schema: {
        tags: ['returns'],
        description:
          'Requests a return (returns.request). R2 decides at once: covered by the standard -> approved (approvedBy "standard"), else pending_approval. packaging_damage needs contentsRemaining and contentsTotal, slow_moving needs productionDate (400). A client id replays: same body 200, another body 409.',
        body: ReturnCreate,
        response: { 200: ReturnView, 201: ReturnView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { replayed, row } = createReturn(app.db, requireUser(request.principal), request.body, request.id);
      return withEtag(reply.code(replayed ? 200 : 201), row, (r) => returnViewOf(app.db, r, preferredLocale(request)));
    },
  );

  app.post(
    '/preview',
    {
      schema: {
        tags: ['returns'],
        description: 'The R2 eligibility of a return request, with its explanation; nothing is stored.',
        body: ReturnCreate,
        response: { 200: PreviewView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => previewReturn(app.db, requireUser(request.principal), request.body, preferredLocale(request)),
  );

  app.get(
    '/:id',
    { schema: { tags: ['returns'], params: Params, response: { 200: ReturnView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, loadVisibleReturn(app.db, request.principal, request.params.id), (row) => returnViewOf(app.db, row, preferredLocale(request)));
    },
  );

  for (const action of ['approve', 'reject'] as const) {
    app.post(
      `/:id/${action}`,
      {
        schema: {
          tags: ['returns'],
          description: `pending_approval -> ${action === 'approve' ? 'approved' : 'rejected'}: returns.approve, never one's own request; any other state 409.${action === 'reject' ? ' Needs a note that is not blank (400 naming note), which the requester reads in `decision`.' : ''}`,
          params: Params,
          body: DecisionBody,
          response: { 200: ReturnView, ...problems(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        return withEtag(reply, transitionReturn(app.db, requireUser(request.principal), request.params.id, action, { note: request.body.note }, request.id), (row) => returnViewOf(app.db, row, preferredLocale(request)));
      },
    );
  }

  app.post(
    '/:id/execute',
    {
      schema: {
        tags: ['returns'],
        description:
          'approved -> executed, recording the refund (major units) and the organisation-local execution date, whose month\'s collections the refund reduces. Any other state 409.',
        params: Params,
        body: ExecuteBody,
        response: { 200: ReturnView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const row = transitionReturn(
        app.db,
        requireUser(request.principal),
        request.params.id,
        'execute',
        { refundAmount: request.body.refundAmount },
        request.id,
      );
      return withEtag(reply, row, (r) => returnViewOf(app.db, r, preferredLocale(request)));
    },
  );
};

export default returnRoutes;
