import { Type } from 'typebox';
import { scoringRecordAuthor, scoringRecordStore, withDefaultScoring, type RoleDefinition, type ScoringScheme } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { getStore } from '../../db/repos/masterdata.js';
import { roleVersionsInForce } from '../../db/repos/roles.js';
import { scoredUsers, type ScoredUser } from '../../db/repos/scoring.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/principal.js';
import { refusalError } from '../../lib/refusal.js';
import { IsoDate } from '../../lib/schemas.js';

/** The user a scoring input is about: must exist and be visible to the caller (else 404). */
export function subjectUser(db: DbOrTx, principal: Principal, userId: string): ScoredUser {
  const user = scoredUsers(db, [userId])[0];
  if (!user || !canSee(visibilityOf(db, principal), user.id)) throw notFound('user');
  return user;
}

/**
 * The user a scoring record is written about (created, changed, decided): visible as for
 * `subjectUser`, and never the caller themself (403), as nobody approves their own requests or
 * finalizes their own scorecard — a record about oneself would score oneself.
 */
export function recordSubject(db: DbOrTx, principal: Principal, userId: string): ScoredUser {
  const user = subjectUser(db, principal, userId);
  refuseOwnRecord(principal, user.id);
  return user;
}

/** 403 when the record is about the signed-in caller (`scoringRecordAuthor`). */
export function refuseOwnRecord(principal: Principal, userId: string): void {
  const decision = scoringRecordAuthor(principal, userId);
  if (!decision.ok) throw refusalError(decision);
}

/** A list filter: one visible user (else 404), or everyone the caller may see. */
export function listScope(db: DbOrTx, principal: Principal, userId: string | undefined) {
  if (userId !== undefined) return { userId: subjectUser(db, principal, userId).id };
  return { userIds: visibleIds(visibilityOf(db, principal)) };
}

/** An optional store reference must name a store (400 otherwise, `scoringRecordStore`). */
export function checkStore(db: DbOrTx, storeId: string | undefined | null) {
  const decision = scoringRecordStore(storeId, !!storeId && !!getStore(db, storeId));
  if (!decision.ok) throw refusalError(decision);
}

/** The scoring scheme of the user's role version in force in `month` (its `effectiveFrom`). */
export function schemeInForce(db: DbOrTx, user: ScoredUser, month: string): ScoringScheme {
  const role = roleVersionsInForce(db, [user.roleCode], month).get(user.roleCode);
  return withDefaultScoring((role ?? { code: user.roleCode, title: user.roleCode, permissions: [] }) as RoleDefinition).scoring;
}

/** The list filter of dated records: `from..to`, both inclusive. */
export const DateRange = {
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
};
