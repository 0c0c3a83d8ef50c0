import { Type } from 'typebox';
import { scoringRecordAuthor, scoringRecordStore, withDefaultScoring, type RoleDefinition, type ScoringScheme } from '@fieldbeat/domain';
import type { DbOrTx, Tx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getStore } from '../../db/repos/masterdata.js';
import { roleVersionsInForce } from '../../db/repos/roles.js';
import { scoredUsers, type ScoredUser } from '../../db/repos/scoring.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { notFound } from '../../lib/errors.js';
import type { Caller } from '../../lib/caller.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
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

/**
 * The audit entry of a scorecard input's create (`before` null) or change, in the transaction
 * that writes it.
 */
export function auditUserRecord(
  tx: Tx,
  caller: Caller,
  entry: { entity: string; action: string; entityId: string; before?: unknown; after: unknown },
): void {
  writeAudit(tx, { ...actorOf(caller.principal), ...entry, requestId: caller.requestId });
}

/** A scorecard input recorded about one user (a collection, a complaint…). */
export interface UserRecord {
  id: string;
  userId: string;
  createdAt: string;
}

/** How a kind of record is read by id: its audit entity, its 404 noun and its repository read. */
export interface RecordKind<Row extends UserRecord> {
  entity: string;
  noun: string;
  get: (db: DbOrTx, id: string) => Row | undefined;
}

/** The record, if it exists and the caller may see the user it is about (else 404 alike). */
export function visibleRecord<Row extends UserRecord>(db: DbOrTx, principal: Principal, kind: RecordKind<Row>, id: string): Row {
  const row = kind.get(db, id);
  if (!row || !canSee(visibilityOf(db, principal), row.userId)) throw notFound(kind.noun);
  return row;
}

/**
 * A new record about a user, in one transaction with its `create` audit entry: `insert` runs the
 * record's own checks (the subject, its rules) and returns the row as saved.
 */
export function createUserRecord<Row extends UserRecord>(db: DbOrTx, caller: Caller, entity: string, insert: (tx: Tx) => Row): Row {
  requirePermission(caller.principal, 'scores.manage');
  return db.transaction((tx) => {
    const row = insert(tx);
    auditUserRecord(tx, caller, { action: 'create', entity, entityId: row.id, after: row });
    return row;
  });
}

/**
 * An audited change of one visible record (404 otherwise; 403 about oneself), in one
 * transaction: `apply` checks the record's own rules and returns the row as saved.
 */
export function changeUserRecord<Row extends UserRecord>(
  db: DbOrTx,
  caller: Caller,
  kind: RecordKind<Row>,
  id: string,
  action: string,
  apply: (tx: Tx, before: Row) => Row,
): Row {
  requirePermission(caller.principal, 'scores.manage');
  return db.transaction((tx) => {
    const before = visibleRecord(tx, caller.principal, kind, id);
    refuseOwnRecord(caller.principal, before.userId);
    const after = apply(tx, before);
    auditUserRecord(tx, caller, { action, entity: kind.entity, entityId: before.id, before, after });
    return after;
  });
}
