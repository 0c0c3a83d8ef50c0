import { Type, type Static } from 'typebox';
import type { DbOrTx } from '../../db/client.js';
import { getComplaint, insertComplaint, setComplaintValidity, type ComplaintRow } from '../../db/repos/scoring.js';
import type { Caller } from '../../lib/caller.js';
import { newId } from '../../lib/ids.js';
import { Id, IsoDate, Nullable } from '../../lib/schemas.js';
import { changeUserRecord, checkStore, createUserRecord, recordSubject, type RecordKind } from './subjects.js';

/** 客户投诉: complaints about a user; each one a manager marks valid costs points in its month. */

export const ComplaintView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  date: IsoDate,
  storeId: Nullable(Type.String()),
  description: Type.String(),
  valid: Nullable(Type.Boolean({ description: 'null until a manager decides; true: 合理投诉, -2 on the scorecard' })),
  validatedBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const complaintView = (c: ComplaintRow): Static<typeof ComplaintView> => ({
  id: c.id,
  userId: c.userId,
  date: c.date,
  storeId: c.storeId,
  description: c.description,
  valid: c.valid,
  validatedBy: c.validatedBy,
  createdAt: c.createdAt,
});

export const ComplaintBody = Type.Object({
  userId: Id,
  date: IsoDate,
  storeId: Type.Optional(Id),
  description: Type.String({ minLength: 1, maxLength: 2000 }),
});

export const ComplaintDecisionBody = Type.Object({ valid: Type.Boolean() });

export const COMPLAINTS: RecordKind<ComplaintRow> = { entity: 'complaint', noun: 'complaint', get: getComplaint };

/** Records a complaint about a user (scores.manage), undecided, audited. */
export function recordComplaint(db: DbOrTx, caller: Caller, b: Static<typeof ComplaintBody>): ComplaintRow {
  return createUserRecord(db, caller, COMPLAINTS.entity, (tx) => {
    recordSubject(tx, caller.principal, b.userId);
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
  });
}

/** Marks a visible complaint valid (合理) or not (scores.manage); a later decision replaces an earlier one. */
export const decideComplaint = (db: DbOrTx, caller: Caller, id: string, b: Static<typeof ComplaintDecisionBody>): ComplaintRow =>
  changeUserRecord(db, caller, COMPLAINTS, id, 'validate', (tx, before) => setComplaintValidity(tx, before.id, b.valid, caller.principal.id));
