import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { monthOf, validateDisciplinePoints } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { insertDisciplineRecord, listDisciplineRecords, type DisciplineRow } from '../../db/repos/scoring.js';
import { ApiError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, IsoDate, Nullable, problems } from '../../lib/schemas.js';
import { listScope, RangeQuery, schemeInForce, subjectUser } from './shared.js';

const DisciplineView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  date: IsoDate,
  description: Type.String(),
  points: Type.Number({ description: 'points deducted, inside the role’s disciplineMin..disciplineMax (2..5 by default)' }),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

const view = (d: DisciplineRow) => ({
  id: d.id,
  userId: d.userId,
  date: d.date,
  description: d.description,
  points: d.points,
  createdBy: d.createdBy,
  createdAt: d.createdAt,
});

/** 违规违纪: each violation deducts the points recorded on it (酌情扣2-5分). */
const disciplineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description:
          'Records a violation (scores.manage). Points outside the range of the user’s role scheme in force that month ' +
          '(disciplineMin..disciplineMax, in half points) are refused with 400.',
        body: Type.Object({ userId: Id, date: IsoDate, description: Type.String({ minLength: 1, maxLength: 2000 }), points: Type.Number() }),
        response: { 201: DisciplineView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'scores.manage');
      const b = request.body;
      const created = app.db.transaction((tx) => {
        const user = subjectUser(tx, request.principal, b.userId);
        const check = validateDisciplinePoints(b.points, schemeInForce(tx, user, monthOf(b.date)));
        if (!check.ok) throw new ApiError('VALIDATION', check.errors.map((e) => `${e.path} ${e.message}`).join('; '), check.errors);
        const row = insertDisciplineRecord(tx, {
          id: newId(),
          userId: b.userId,
          date: b.date,
          description: b.description,
          points: b.points,
          createdBy: request.principal.id,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'discipline_record', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      return reply.code(201).send(view(created));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Violations of the users the caller may see, newest first.',
        querystring: Type.Object({ ...RangeQuery, ...PageQuery }),
        response: { 200: Page(DisciplineView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor)?.[0] as string | undefined;
      const q = request.query;
      const rows = listDisciplineRecords(app.db, { ...listScope(app.db, request.principal, q.userId), from: q.from, to: q.to, limit, before });
      const result = page(rows, limit, (d) => [d.id]);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
    },
  );
};

export default disciplineRoutes;
