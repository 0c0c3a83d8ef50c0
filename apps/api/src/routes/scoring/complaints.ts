import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Tx } from '../../db/client.js';
import { getComplaint, insertComplaint, listComplaints, setComplaintValidity, type ComplaintRow } from '../../db/repos/scoring.js';
import { newId } from '../../lib/ids.js';
import { requirePermission, type Principal } from '../../lib/principal.js';
import { Id, IsoDate, Nullable, problems } from '../../lib/schemas.js';
import { checkStore, DateRange, recordSubject } from './shared.js';
import { userRecordRoutes } from './user-records.js';

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

const ComplaintBody = Type.Object({
  userId: Id,
  date: IsoDate,
  storeId: Type.Optional(Id),
  description: Type.String({ minLength: 1, maxLength: 2000 }),
});

/** POST /complaints after its schema: the checks and the insert, undecided (the caller audits it). */
export function createComplaint(tx: Tx, b: Static<typeof ComplaintBody>, principal: Principal): ComplaintRow {
  recordSubject(tx, principal, b.userId);
  checkStore(tx, b.storeId);
  return insertComplaint(tx, {
    id: newId(),
    userId: b.userId,
    date: b.date,
    storeId: b.storeId ?? null,
    description: b.description,
    valid: null,
    validatedBy: null,
    createdAt: new Date().toISOString(),
  });
}

/** 客户投诉: complaints about a user; each one a manager marks valid costs points in its month. */
const complaintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const complaints = userRecordRoutes(app, {
    entity: 'complaint',
    View: ComplaintView,
    view,
    detail: { noun: 'complaint', get: getComplaint },
    list: {
      description: 'Complaints about the users the caller may see, newest first.',
      filters: DateRange,
      rows: (db, q, page) => listComplaints(db, { ...page, from: q.from, to: q.to }),
    },
    create: {
      description: 'Records a customer complaint about a user (scores.manage); it counts once validated.',
      permission: 'scores.manage',
      body: ComplaintBody,
      insert: createComplaint,
    },
  });

  app.post(
    '/:id/validate',
    {
      schema: {
        tags: ['scoring'],
        description: 'Marks the complaint valid (合理) or not (scores.manage); a later decision replaces an earlier one.',
        params: Type.Object({ id: Id }),
        body: Type.Object({ valid: Type.Boolean() }),
        response: { 200: ComplaintView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'scores.manage');
      return complaints.change(request, 'validate', (tx, before) => setComplaintValidity(tx, before.id, request.body.valid, request.principal.id));
    },
  );
};

export default complaintRoutes;
