import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { writeAudit } from '../../db/repos/audit.js';
import { getComplaint, insertComplaint, listComplaints, setComplaintValidity, type ComplaintRow } from '../../db/repos/scoring.js';
import { canSee, visibilityOf } from '../../db/repos/visibility.js';
import { notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, IsoDate, Nullable, problems } from '../../lib/schemas.js';
import { checkStore, listScope, RangeQuery, subjectUser } from './shared.js';

const ComplaintView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  date: IsoDate,
  storeId: Nullable(Type.String()),
  description: Type.String(),
  valid: Nullable(Type.Boolean({ description: 'null until a manager decides; true: 合理投诉, -2 on the scorecard' })),
  validatedBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

const view = (c: ComplaintRow) => ({
  id: c.id,
  userId: c.userId,
  date: c.date,
  storeId: c.storeId,
  description: c.description,
  valid: c.valid,
  validatedBy: c.validatedBy,
  createdAt: c.createdAt,
});

const IdParams = Type.Object({ id: Id });

/** 客户投诉: complaints about a user; each one a manager marks valid costs points in its month. */
const complaintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Records a customer complaint about a user (scores.manage); it counts once validated.',
        body: Type.Object({
          userId: Id,
          date: IsoDate,
          storeId: Type.Optional(Id),
          description: Type.String({ minLength: 1, maxLength: 2000 }),
        }),
        response: { 201: ComplaintView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'scores.manage');
      const b = request.body;
      const created = app.db.transaction((tx) => {
        subjectUser(tx, request.principal, b.userId);
        checkStore(tx, b.storeId);
        const row = insertComplaint(tx, {
          id: newId(),
          userId: b.userId,
          date: b.date,
          storeId: b.storeId ?? null,
          description: b.description,
          valid: null,
          validatedBy: null,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'complaint', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      return reply.code(201).send(view(created));
    },
  );

  app.post(
    '/:id/validate',
    {
      schema: {
        tags: ['scoring'],
        description: 'Marks the complaint valid (合理) or not (scores.manage); a later decision replaces an earlier one.',
        params: IdParams,
        body: Type.Object({ valid: Type.Boolean() }),
        response: { 200: ComplaintView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'scores.manage');
      const updated = app.db.transaction((tx) => {
        const before = getComplaint(tx, request.params.id);
        if (!before || !canSee(visibilityOf(tx, request.principal), before.userId)) throw notFound('complaint');
        const after = setComplaintValidity(tx, before.id, request.body.valid, request.principal.id);
        writeAudit(tx, { ...actorOf(request.principal), action: 'validate', entity: 'complaint', entityId: before.id, before, after, requestId: request.id });
        return after;
      });
      return view(updated);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['scoring'], params: IdParams, response: { 200: ComplaintView, ...problems(401, 404) } } },
    async (request) => {
      const complaint = getComplaint(app.db, request.params.id);
      if (!complaint || !canSee(visibilityOf(app.db, request.principal), complaint.userId)) throw notFound('complaint');
      return view(complaint);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Complaints about the users the caller may see, newest first.',
        querystring: Type.Object({ ...RangeQuery, ...PageQuery }),
        response: { 200: Page(ComplaintView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor)?.[0] as string | undefined;
      const q = request.query;
      const rows = listComplaints(app.db, { ...listScope(app.db, request.principal, q.userId), from: q.from, to: q.to, limit, before });
      const result = page(rows, limit, (c) => [c.id]);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
    },
  );
};

export default complaintRoutes;
