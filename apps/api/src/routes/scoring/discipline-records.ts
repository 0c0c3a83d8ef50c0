import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { Tx } from '../../db/client.js';
import { monthOf, validateDisciplinePoints } from '@fieldbeat/domain';
import { insertDisciplineRecord, listDisciplineRecords, type DisciplineRow } from '../../db/repos/scoring.js';
import { invalidResult } from '../../lib/refusal.js';
import { newId } from '../../lib/ids.js';
import type { Principal } from '../../lib/principal.js';
import { Id, IsoDate, Nullable } from '../../lib/schemas.js';
import { DateRange, recordSubject, schemeInForce } from './shared.js';
import { userRecordRoutes } from './user-records.js';

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

const DisciplineBody = Type.Object({ userId: Id, date: IsoDate, description: Type.String({ minLength: 1, maxLength: 2000 }), points: Type.Number() });

/**
 * POST /discipline-records after its schema: points inside the range of the user's role scheme
 * in force in the record's month (400 on /points otherwise), then the insert (the caller audits it).
 */
export function createDisciplineRecord(tx: Tx, b: Static<typeof DisciplineBody>, principal: Principal): DisciplineRow {
  const user = recordSubject(tx, principal, b.userId);
  const check = validateDisciplinePoints(b.points, schemeInForce(tx, user, monthOf(b.date)));
  if (!check.ok) throw invalidResult(check);
  return insertDisciplineRecord(tx, {
    id: newId(),
    userId: b.userId,
    date: b.date,
    description: b.description,
    points: b.points,
    createdBy: principal.id,
    createdAt: new Date().toISOString(),
  });
}

/** 违规违纪: each violation deducts the points recorded on it (酌情扣2-5分). */
const disciplineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  userRecordRoutes(app, {
    entity: 'discipline_record',
    View: DisciplineView,
    view,
    list: {
      description: 'Violations of the users the caller may see, newest first.',
      filters: DateRange,
      rows: (db, q, page) => listDisciplineRecords(db, { ...page, from: q.from, to: q.to }),
    },
    create: {
      description:
        'Records a violation (scores.manage). Points outside the range of the user’s role scheme in force that month ' +
        '(disciplineMin..disciplineMax, in half points) are refused with 400.',
      permission: 'scores.manage',
      body: DisciplineBody,
      insert: createDisciplineRecord,
    },
  });
};

export default disciplineRoutes;
