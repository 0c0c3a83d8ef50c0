import { Type, type Static } from 'typebox';
import { monthOf, validateDisciplinePoints } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { insertDisciplineRecord, type DisciplineRow } from '../../db/repos/scoring.js';
import type { Caller } from '../../lib/caller.js';
import { newId } from '../../lib/ids.js';
import { invalidResult } from '../../lib/refusal.js';
import { Id, IsoDate, Nullable } from '../../lib/schemas.js';
import { createUserRecord, recordSubject, schemeInForce } from './subjects.js';

/** 违规违纪: each violation deducts the points recorded on it (酌情扣2-5分). */

export const DisciplineView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  date: IsoDate,
  description: Type.String(),
  points: Type.Number({ description: 'points deducted, inside the role’s disciplineMin..disciplineMax (2..5 by default)' }),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const disciplineView = (d: DisciplineRow): Static<typeof DisciplineView> => ({
  id: d.id,
  userId: d.userId,
  date: d.date,
  description: d.description,
  points: d.points,
  createdBy: d.createdBy,
  createdAt: d.createdAt,
});

export const DisciplineBody = Type.Object({ userId: Id, date: IsoDate, description: Type.String({ minLength: 1, maxLength: 2000 }), points: Type.Number() });

/**
 * Records a violation (scores.manage): points inside the range of the user's role scheme in force
 * in the record's month (400 on /points otherwise), audited.
 */
export function recordDiscipline(db: DbOrTx, caller: Caller, b: Static<typeof DisciplineBody>): DisciplineRow {
  return createUserRecord(db, caller, 'discipline_record', (tx) => {
    const user = recordSubject(tx, caller.principal, b.userId);
    const check = validateDisciplinePoints(b.points, schemeInForce(tx, user, monthOf(b.date)));
    if (!check.ok) throw invalidResult(check);
    return insertDisciplineRecord(tx, {
      id: newId(),
      userId: b.userId,
      date: b.date,
      description: b.description,
      points: b.points,
      createdBy: caller.principal.id,
      createdAt: new Date().toISOString(),
    });
  });
}
