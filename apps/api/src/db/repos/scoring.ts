import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import {
  collectionPlans,
  collections,
  complaints,
  disciplineRecords,
  marketPlans,
  marketSurveys,
  returns,
  roleVersions,
  scorecards,
  tasks,
  users,
  workLogs,
} from '../schema/index.js';

/*
 * The scorecard's inputs (R4): what `scores.manage` records here, and what the scorecard reads
 * from the other features' tables (work logs, surveys, tasks, executed returns). Every read
 * used by scorecards takes a whole set of users at once, so a month's ranking of a thousand
 * reps is a dozen indexed queries, not a dozen per rep.
 */

export type CollectionPlanRow = typeof collectionPlans.$inferSelect;
export type CollectionRow = typeof collections.$inferSelect;
export type MarketPlanRow = typeof marketPlans.$inferSelect;
export type ComplaintRow = typeof complaints.$inferSelect;
export type DisciplineRow = typeof disciplineRecords.$inferSelect;
export type ScorecardRow = typeof scorecards.$inferSelect;

/** The filter every list accepts: a user, or the users a caller may see (undefined: everyone). */
export interface UserScope {
  userId?: string;
  userIds?: string[];
}

const idsJson = (ids: readonly string[]) => JSON.stringify(ids);
/** `column IN (ids)` with one bound parameter, whatever the number of ids. */
const inIds = (column: Parameters<typeof eq>[0], ids: readonly string[]) =>
  sql`${column} IN (SELECT value FROM json_each(${idsJson(ids)}))`;

function scopeFilter(column: Parameters<typeof eq>[0], scope: UserScope) {
  return and(scope.userId !== undefined ? eq(column, scope.userId) : undefined, scope.userIds ? inIds(column, scope.userIds) : undefined);
}

// ---- collection plans (回款计划) ----

export const getCollectionPlan = (db: DbOrTx, userId: string, month: string) =>
  db
    .select()
    .from(collectionPlans)
    .where(and(eq(collectionPlans.userId, userId), eq(collectionPlans.month, month)))
    .get();

export function putCollectionPlan(db: DbOrTx, row: { userId: string; month: string; amountMinor: number; version: number }): CollectionPlanRow {
  const updatedAt = new Date().toISOString();
  return db
    .insert(collectionPlans)
    .values({ ...row, updatedAt })
    .onConflictDoUpdate({
      target: [collectionPlans.userId, collectionPlans.month],
      set: { amountMinor: row.amountMinor, version: row.version, updatedAt },
    })
    .returning()
    .get();
}

export function listCollectionPlans(db: DbOrTx, q: UserScope & { month?: string; limit: number; after?: [string, string] }) {
  return db
    .select()
    .from(collectionPlans)
    .where(
      and(
        scopeFilter(collectionPlans.userId, q),
        q.month ? eq(collectionPlans.month, q.month) : undefined,
        q.after ? sql`(${collectionPlans.month}, ${collectionPlans.userId}) < (${q.after[0]}, ${q.after[1]})` : undefined,
      ),
    )
    .orderBy(desc(collectionPlans.month), desc(collectionPlans.userId))
    .limit(q.limit + 1)
    .all();
}

// ---- collections (回款) ----

export const insertCollection = (db: DbOrTx, row: typeof collections.$inferInsert): CollectionRow =>
  db.insert(collections).values(row).returning().get();

export function listCollections(db: DbOrTx, q: UserScope & { from?: string; to?: string; limit: number; before?: string }) {
  return db
    .select()
    .from(collections)
    .where(
      and(
        scopeFilter(collections.userId, q),
        q.from ? gte(collections.date, q.from) : undefined,
        q.to ? lte(collections.date, q.to) : undefined,
        q.before ? lt(collections.id, q.before) : undefined,
      ),
    )
    .orderBy(desc(collections.id))
    .limit(q.limit + 1)
    .all();
}

// ---- market-development plans (市场开发) ----

export const insertMarketPlan = (db: DbOrTx, row: typeof marketPlans.$inferInsert): MarketPlanRow =>
  db.insert(marketPlans).values(row).returning().get();

export const getMarketPlan = (db: DbOrTx, id: string) => db.select().from(marketPlans).where(eq(marketPlans.id, id)).get();

export const completeMarketPlan = (db: DbOrTx, id: string, completedDate: string): MarketPlanRow =>
  db.update(marketPlans).set({ completedDate }).where(eq(marketPlans.id, id)).returning().get();

export function listMarketPlans(db: DbOrTx, q: UserScope & { month?: string; limit: number; before?: string }) {
  return db
    .select()
    .from(marketPlans)
    .where(
      and(
        scopeFilter(marketPlans.userId, q),
        q.month ? eq(marketPlans.month, q.month) : undefined,
        q.before ? lt(marketPlans.id, q.before) : undefined,
      ),
    )
    .orderBy(desc(marketPlans.id))
    .limit(q.limit + 1)
    .all();
}

// ---- complaints (客户投诉) ----

export const insertComplaint = (db: DbOrTx, row: typeof complaints.$inferInsert): ComplaintRow =>
  db.insert(complaints).values(row).returning().get();

export const getComplaint = (db: DbOrTx, id: string) => db.select().from(complaints).where(eq(complaints.id, id)).get();

export const setComplaintValidity = (db: DbOrTx, id: string, valid: boolean, validatedBy: string): ComplaintRow =>
  db.update(complaints).set({ valid, validatedBy }).where(eq(complaints.id, id)).returning().get();

export function listComplaints(db: DbOrTx, q: UserScope & { from?: string; to?: string; limit: number; before?: string }) {
  return db
    .select()
    .from(complaints)
    .where(
      and(
        scopeFilter(complaints.userId, q),
        q.from ? gte(complaints.date, q.from) : undefined,
        q.to ? lte(complaints.date, q.to) : undefined,
        q.before ? lt(complaints.id, q.before) : undefined,
      ),
    )
    .orderBy(desc(complaints.id))
    .limit(q.limit + 1)
    .all();
}

// ---- discipline records (违规违纪) ----

export const insertDisciplineRecord = (db: DbOrTx, row: typeof disciplineRecords.$inferInsert): DisciplineRow =>
  db.insert(disciplineRecords).values(row).returning().get();

export function listDisciplineRecords(db: DbOrTx, q: UserScope & { from?: string; to?: string; limit: number; before?: string }) {
  return db
    .select()
    .from(disciplineRecords)
    .where(
      and(
        scopeFilter(disciplineRecords.userId, q),
        q.from ? gte(disciplineRecords.date, q.from) : undefined,
        q.to ? lte(disciplineRecords.date, q.to) : undefined,
        q.before ? lt(disciplineRecords.id, q.before) : undefined,
      ),
    )
    .orderBy(desc(disciplineRecords.id))
    .limit(q.limit + 1)
    .all();
}

// ---- finalized scorecards ----

export const getScorecardRow = (db: DbOrTx, userId: string, month: string) =>
  db
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.userId, userId), eq(scorecards.month, month)))
    .get();

export function scorecardRows(db: DbOrTx, userIds: readonly string[], month: string): ScorecardRow[] {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.month, month), inIds(scorecards.userId, userIds)))
    .all();
}

export function saveFinalScorecard(
  db: DbOrTx,
  row: { userId: string; month: string; snapshot: unknown; finalizedAt: string; finalizedBy: string },
): ScorecardRow {
  const values = { ...row, status: 'final' as const, reopenedAt: null, reopenNote: null };
  return db
    .insert(scorecards)
    .values(values)
    .onConflictDoUpdate({ target: [scorecards.userId, scorecards.month], set: values })
    .returning()
    .get();
}

export const markScorecardReopened = (db: DbOrTx, userId: string, month: string, note: string): ScorecardRow =>
  db
    .update(scorecards)
    .set({ status: 'reopened', reopenedAt: new Date().toISOString(), reopenNote: note })
    .where(and(eq(scorecards.userId, userId), eq(scorecards.month, month)))
    .returning()
    .get();

// ---- batch reads for computing scorecards ----

export interface ScoredUser {
  id: string;
  username: string;
  displayName: string;
  roleCode: string;
  managerId: string | null;
  startDate: string;
  active: boolean;
}

const scoredUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roleCode: users.roleCode,
  managerId: users.managerId,
  startDate: users.startDate,
  active: users.active,
};

export function scoredUsers(db: DbOrTx, ids: readonly string[]): ScoredUser[] {
  if (ids.length === 0) return [];
  return db.select(scoredUserColumns).from(users).where(inIds(users.id, ids)).orderBy(asc(users.id)).all();
}

/** Users who started on or before `lastDate`: the candidates of a month's ranking; undefined ids = everyone. */
export function usersStartedBy(db: DbOrTx, lastDate: string, ids?: readonly string[]): ScoredUser[] {
  return db
    .select(scoredUserColumns)
    .from(users)
    .where(and(lte(users.startDate, lastDate), ids ? inIds(users.id, ids) : undefined))
    .orderBy(asc(users.id))
    .all();
}

/** Everyone whose manager chain leads to `managerId` (not the manager). */
export function teamOf(db: DbOrTx, managerId: string): string[] {
  return db
    .all<{ id: string }>(
      sql`WITH RECURSIVE team(id) AS (
        SELECT id FROM users WHERE manager_id = ${managerId}
        UNION
        SELECT u.id FROM users u JOIN team t ON u.manager_id = t.id
      ) SELECT id FROM team`,
    )
    .map((r) => r.id);
}

/**
 * The role versions in force at `instant` for several roles: per role, the newest version
 * created at or before it; a role first defined after it falls back to its first version
 * (the user was scored under something, and the earliest definition is the closest).
 */
export function roleVersionsInForce(db: DbOrTx, codes: readonly string[], instant: string) {
  if (codes.length === 0) return new Map<string, { version: number; data: unknown }>();
  const rows = db
    .select({ code: roleVersions.code, version: roleVersions.version, data: roleVersions.data, createdAt: roleVersions.createdAt })
    .from(roleVersions)
    .where(inIds(roleVersions.code, codes))
    .orderBy(asc(roleVersions.code), asc(roleVersions.version))
    .all();
  const chosen = new Map<string, { version: number; data: unknown }>();
  for (const row of rows) {
    const current = chosen.get(row.code);
    if (!current || row.createdAt <= instant) chosen.set(row.code, { version: row.version, data: row.data });
  }
  return chosen;
}

export interface MonthAmount {
  userId: string;
  month: string;
  amountMinor: number;
}

/** Every collection plan of these users up to `month` (the carry-in chain starts at the first). */
export function plansThrough(db: DbOrTx, userIds: readonly string[], month: string): MonthAmount[] {
  return db
    .select({ userId: collectionPlans.userId, month: collectionPlans.month, amountMinor: collectionPlans.amountMinor })
    .from(collectionPlans)
    .where(and(inIds(collectionPlans.userId, userIds), lte(collectionPlans.month, month)))
    .all();
}

/** Collections booked per user and month, dated up to `lastDate`. */
export function collectedPerMonth(db: DbOrTx, userIds: readonly string[], lastDate: string): MonthAmount[] {
  return db.all<MonthAmount>(sql`
    SELECT user_id AS userId, substr(date, 1, 7) AS month, SUM(amount_minor) AS amountMinor
    FROM ${collections}
    WHERE ${inIds(collections.userId, userIds)} AND date <= ${lastDate}
    GROUP BY user_id, substr(date, 1, 7)`);
}

/** Refunds of executed returns per requester and month of execution, up to `lastDate`. */
export function refundedPerMonth(db: DbOrTx, userIds: readonly string[], lastDate: string): MonthAmount[] {
  return db.all<MonthAmount>(sql`
    SELECT requester_id AS userId, substr(executed_date, 1, 7) AS month, SUM(refund_amount_minor) AS amountMinor
    FROM ${returns}
    WHERE ${inIds(returns.requesterId, userIds)} AND executed_date IS NOT NULL AND executed_date <= ${lastDate}
      AND refund_amount_minor IS NOT NULL
    GROUP BY requester_id, substr(executed_date, 1, 7)`);
}

export function marketPlansOfMonth(db: DbOrTx, userIds: readonly string[], month: string) {
  return db
    .select({ userId: marketPlans.userId, level: marketPlans.level, name: marketPlans.name, completedDate: marketPlans.completedDate })
    .from(marketPlans)
    .where(and(inIds(marketPlans.userId, userIds), eq(marketPlans.month, month)))
    .all();
}

export function workLogsBetween(db: DbOrTx, userIds: readonly string[], from: string, to: string) {
  return db
    .select({ userId: workLogs.userId, date: workLogs.date, submittedAt: workLogs.submittedAt, vagueFlaggedAt: workLogs.vagueFlaggedAt })
    .from(workLogs)
    .where(and(inIds(workLogs.userId, userIds), gte(workLogs.date, from), lte(workLogs.date, to)))
    .all();
}

export function surveysOfMonth(db: DbOrTx, userIds: readonly string[], month: string) {
  return db
    .select({ userId: marketSurveys.userId, submittedAt: marketSurveys.submittedAt, penalty: marketSurveys.penalty })
    .from(marketSurveys)
    .where(and(inIds(marketSurveys.userId, userIds), eq(marketSurveys.month, month)))
    .all();
}

export function complaintsBetween(db: DbOrTx, userIds: readonly string[], from: string, to: string) {
  return db
    .select({ userId: complaints.userId, date: complaints.date, valid: complaints.valid })
    .from(complaints)
    .where(and(inIds(complaints.userId, userIds), gte(complaints.date, from), lte(complaints.date, to)))
    .all();
}

export function disciplineBetween(db: DbOrTx, userIds: readonly string[], from: string, to: string) {
  return db
    .select({ userId: disciplineRecords.userId, date: disciplineRecords.date, points: disciplineRecords.points })
    .from(disciplineRecords)
    .where(and(inIds(disciplineRecords.userId, userIds), gte(disciplineRecords.date, from), lte(disciplineRecords.date, to)))
    .all();
}

/**
 * Tasks due from `fromDate` (inclusive) to before `beforeDate`, compared as ISO text: the caller
 * pads the range by a day each side for offsets, and the rule keeps the tasks due in its month.
 */
export function tasksDueBetween(db: DbOrTx, userIds: readonly string[], fromDate: string, beforeDate: string) {
  return db
    .select({
      id: tasks.id,
      userId: tasks.assigneeId,
      dueAt: tasks.dueAt,
      completedAt: tasks.completedAt,
      status: tasks.status,
      scored: tasks.scored,
    })
    .from(tasks)
    .where(and(inIds(tasks.assigneeId, userIds), gte(tasks.dueAt, fromDate), lt(tasks.dueAt, beforeDate)))
    .all();
}
