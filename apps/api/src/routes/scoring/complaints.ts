import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listComplaints } from '../../db/repos/scoring.js';
import { callerOf } from '../../lib/caller.js';
import { Id, problems } from '../../lib/schemas.js';
import { ComplaintBody, ComplaintDecisionBody, COMPLAINTS, ComplaintView, complaintView, decideComplaint, recordComplaint } from '../../services/scoring/complaints.js';
import { DateRange } from '../../services/scoring/subjects.js';
import { userRecordRoutes } from './user-records.js';

/** 客户投诉: complaints about a user; each one a manager marks valid costs points in its month. */
const complaintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  userRecordRoutes(app, {
    View: ComplaintView,
    view: complaintView,
    detail: COMPLAINTS,
    list: {
      description: 'Complaints about the users the caller may see, newest first.',
      filters: DateRange,
      rows: (db, q, page) => listComplaints(db, { ...page, from: q.from, to: q.to }),
    },
    create: {
      description: 'Records a customer complaint about a user (scores.manage); it counts once validated.',
      body: ComplaintBody,
      record: recordComplaint,
    },
  });

  app.post(
    '/:id/validate',
    {
      schema: {
        tags: ['scoring'],
        description: 'Marks the complaint valid (合理) or not (scores.manage); a later decision replaces an earlier one.',
        params: Type.Object({ id: Id }),
        body: ComplaintDecisionBody,
        response: { 200: ComplaintView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => complaintView(decideComplaint(app.db, callerOf(request), request.params.id, request.body)),
  );
};

export default complaintRoutes;
