import { Type, type Static } from 'typebox';
import { toMajor } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { getCollectionPlan, insertCollectionPlan, updateCollectionPlan, type CollectionPlanRow } from '../../db/repos/scoring.js';
import type { Caller } from '../../lib/caller.js';
import { conflict, notFound } from '../../lib/errors.js';
import { checkVersion } from '../../lib/etag.js';
import { requirePermission } from '../../lib/principal.js';
import { Id, IsoMonth, Money, moneyField } from '../../lib/schemas.js';
import { auditUserRecord, recordSubject, subjectUser } from './subjects.js';

/** 回款计划: one collection plan per user and month. */

export const CollectionPlanView = Type.Object({
  userId: Type.String(),
  month: IsoMonth,
  amount: Type.Number({ description: 'the month’s own plan (本月计划回款额), major units; carry-in is added on the scorecard' }),
  version: Type.Integer(),
  updatedAt: Type.String(),
});

export const collectionPlanView = (p: CollectionPlanRow): Static<typeof CollectionPlanView> => ({
  userId: p.userId,
  month: p.month,
  amount: toMajor(p.amountMinor),
  version: p.version,
  updatedAt: p.updatedAt,
});

export const CollectionPlanKey = Type.Object({ userId: Id, month: IsoMonth });
export const CollectionPlanBody = Type.Object({ amount: Money });

/**
 * Sets a user's collection plan for a month (scores.manage): it replaces any earlier one
 * (version + 1), audited as create or update. The sequence of every versioned write
 * (`versionedUpdate`), in one transaction: the subject (404, 403 for oneself), the caller's
 * If-Match against the stored version (0: none; 412 when it differs), then the write with the
 * version read in its WHERE — the insert of the first plan, or the UPDATE of the version read —
 * so a plan stored or changed meanwhile is 409, never a lost update; then the audit entry.
 * (`versionedUpdate` itself needs a row to load, 404 otherwise, and one action: this PUT creates.)
 */
export function setCollectionPlan(
  db: DbOrTx,
  caller: Caller,
  key: Static<typeof CollectionPlanKey>,
  b: Static<typeof CollectionPlanBody>,
): CollectionPlanRow {
  requirePermission(caller.principal, 'scores.manage');
  const amountMinor = moneyField('/amount', b.amount);
  return db.transaction((tx) => {
    recordSubject(tx, caller.principal, key.userId);
    const before = getCollectionPlan(tx, key.userId, key.month);
    checkVersion(caller.ifMatch, before?.version ?? 0);
    const after = before
      ? updateCollectionPlan(tx, key.userId, key.month, before.version, amountMinor)
      : insertCollectionPlan(tx, { ...key, amountMinor });
    if (!after) throw conflict('the collection plan changed meanwhile');
    auditUserRecord(tx, caller, {
      action: before ? 'update' : 'create',
      entity: 'collection_plan',
      entityId: `${key.userId}/${key.month}`,
      before: before ?? null,
      after,
    });
    return after;
  });
}

/** The collection plan of a visible user for a month (404 when the user is not visible or has none). */
export function visibleCollectionPlan(db: DbOrTx, caller: Caller, key: Static<typeof CollectionPlanKey>): CollectionPlanRow {
  subjectUser(db, caller.principal, key.userId);
  const plan = getCollectionPlan(db, key.userId, key.month);
  if (!plan) throw notFound('collection plan');
  return plan;
}
