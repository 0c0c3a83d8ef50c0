import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../client.js';
import {
  collectionPlans,
  collections,
  complaints,
  disciplineRecords,
  marketPlans,
  marketSurveys,
  returns,
  scorecards,
  tasks,
  users,
  workLogs,
} from '../schema/index.js';
import { newestFirst, olderThan } from './newest-first.js';

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

/*
 * Collections, market plans, complaints and discipline records are the same kind of table: a
 * record about one user. Their lists are one query: the caller's user scope, the table's own
 * period filter, newest first (created_at, then id), one row past the page.
 */
type UserRecordTable = SQLiteTable & { id: SQLiteColumn; userId: SQLiteColumn; createdAt: SQLiteColumn };

export interface UserRecordQuery extends UserScope {
  limit: number;
  /** `[createdAt, id]` of the last row of the previous page. */
  before?: readonly [string, string];
}

/** `from..to`, both inclusive, on the record's date. */
export interface DatedRecordQuery extends UserRecordQuery {
  from?: string;
  to?: string;
}

function listUserRecords<T extends UserRecordTable>(db: DbOrTx, table: T, q: UserRecordQuery, period: SQL | undefined): T['$inferSelect'][] {
  return db
    .select()
    .from(table)
    .where(and(scopeFilter(table.userId, q), period, olderThan(table.createdAt, table.id, q.before)))
    .orderBy(...newestFirst(table.createdAt, table.id))
    .limit(q.limit + 1)
    .all();
}

function listDatedRecords<T extends UserRecordTable & { date: SQLiteColumn }>(db: DbOrTx, table: T, q: DatedRecordQuery): T['$inferSelect'][] {
  return listUserRecords(db, table, q, and(q.from ? gte(table.date, q.from) : undefined, q.to ? lte(table.date, q.to) : undefined));
}

// ---- collection plans (回款计划) ----

export const getCollectionPlan = (db: DbOrTx, userId: string, month: string) =>
  db
    .select()
    .from(collectionPlans)
    .where(and(eq(collectionPlans.userId, userId), eq(collectionPlans.month, month)))
    .get();

/** A month's first plan (version 1): undefined when one was stored meanwhile, nothing written. */
export const insertCollectionPlan = (db: DbOrTx, row: { userId: string; month: string; amountMinor: number }): CollectionPlanRow | undefined =>
  db
    .insert(collectionPlans)
    .values({ ...row, version: 1, updatedAt: new Date().toISOString() })
    .onConflictDoNothing()
    .returning()
    .get();

/**
 * A new amount over the version its writer read (version + 1), with that version in the WHERE:
 * undefined when the plan moved on meanwhile, nothing written.
 */
export const updateCollectionPlan = (db: DbOrTx, userId: string, month: string, version: number, amountMinor: number): CollectionPlanRow | undefined =>
  db
    .update(collectionPlans)
    .set({ amountMinor, version: version + 1, updatedAt: new Date().toISOString() })
    .where(and(eq(collectionPlans.userId, userId), eq(collectionPlans.month, month), eq(collectionPlans.version, version)))
    .returning()
    .get();

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

export const listCollections = (db: DbOrTx, q: DatedRecordQuery): CollectionRow[] => listDatedRecords(db, collections, q);

// ---- market-development plans (市场开发) ----

export const insertMarketPlan = (db: DbOrTx, row: typeof marketPlans.$inferInsert): MarketPlanRow =>
  db.insert(marketPlans).values(row).returning().get();

export const getMarketPlan = (db: DbOrTx, id: string) => db.select().from(marketPlans).where(eq(marketPlans.id, id)).get();

export const completeMarketPlan = (db: DbOrTx, id: string, completedDate: string): MarketPlanRow =>
  db.update(marketPlans).set({ completedDate }).where(eq(marketPlans.id, id)).returning().get();

export const listMarketPlans = (db: DbOrTx, q: UserRecordQuery & { month?: string }): MarketPlanRow[] =>
  listUserRecords(db, marketPlans, q, q.month ? eq(marketPlans.month, q.month) : undefined);

// ---- complaints (客户投诉) ----

export const insertComplaint = (db: DbOrTx, row: typeof complaints.$inferInsert): ComplaintRow =>
  db.insert(complaints).values(row).returning().get();

export const getComplaint = (db: DbOrTx, id: string) => db.select().from(complaints).where(eq(complaints.id, id)).get();

export const setComplaintValidity = (db: DbOrTx, id: string, valid: boolean, validatedBy: string): ComplaintRow =>
  db.update(complaints).set({ valid, validatedBy }).where(eq(complaints.id, id)).returning().get();

export const listComplaints = (db: DbOrTx, q: DatedRecordQuery): ComplaintRow[] => listDatedRecords(db, complaints, q);

// ---- discipline records (违规违纪) ----

export const insertDisciplineRecord = (db: DbOrTx, row: typeof disciplineRecords.$inferInsert): DisciplineRow =>
  db.insert(disciplineRecords).values(row).returning().get();

export const listDisciplineRecords = (db: DbOrTx, q: DatedRecordQuery): DisciplineRow[] => listDatedRecords(db, disciplineRecords, q);

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

/** The display names of those who finalized these cards (one query for a page of cards). */
export function finalizerNames(db: DbOrTx, rows: readonly Pick<ScorecardRow, 'finalizedBy'>[]): Map<string, string> {
  const ids = [...new Set(rows.map((r) => r.finalizedBy).filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const found = db.select({ id: users.id, name: users.displayName }).from(users).where(inIds(users.id, ids)).all();
  return new Map(found.map((u) => [u.id, u.name]));
}

/**
 * Stores the card as final, from the state its caller read, which goes in the write: `from` null
 * inserts (nothing when a row appeared meanwhile), `reopened` updates the row only while it is
 * still reopened. Undefined when nothing was written: the card changed meanwhile (it is final).
 */
export function saveFinalScorecard(
  db: DbOrTx,
  row: { userId: string; month: string; snapshot: unknown; finalizedAt: string; finalizedBy: string },
  from: 'reopened' | null,
): ScorecardRow | undefined {
  const values = { ...row, status: 'final' as const, reopenedAt: null, reopenNote: null };
  if (from === null) return db.insert(scorecards).values(values).onConflictDoNothing().returning().get();
  return db
    .update(scorecards)
    .set(values)
    .where(and(eq(scorecards.userId, row.userId), eq(scorecards.month, row.month), eq(scorecards.status, from)))
    .returning()
    .get();
}

/** Reopens a final card; undefined when it is not final (any more): the state is in the WHERE. */
export const markScorecardReopened = (db: DbOrTx, userId: string, month: string, note: string): ScorecardRow | undefined =>
  db
    .update(scorecards)
    .set({ status: 'reopened', reopenedAt: new Date().toISOString(), reopenNote: note })
    .where(and(eq(scorecards.userId, userId), eq(scorecards.month, month), eq(scorecards.status, 'final')))
    .returning()
    .get();

// ---- batch reads for computing scorecards ----
// Raw aggregates and column lists (no ORM row mapping): these run for a thousand users at once.

export interface ScoredUser {
  id: string;
  username: string;
  displayName: string;
  roleCode: string;
  managerId: string | null;
  startDate: string;
  active: boolean;
}

const USER_COLUMNS = sql.raw(
  'id, username, display_name AS displayName, role_code AS roleCode, manager_id AS managerId, start_date AS startDate, active',
);
const toScoredUser = (u: Omit<ScoredUser, 'active'> & { active: number | boolean }): ScoredUser => ({ ...u, active: Boolean(u.active) });

export function scoredUsers(db: DbOrTx, ids: readonly string[]): ScoredUser[] {
  if (ids.length === 0) return [];
  return db.all<ScoredUser>(sql`SELECT ${USER_COLUMNS} FROM ${users} WHERE ${inIds(users.id, ids)} ORDER BY id`).map(toScoredUser);
}

/** Users who started on or before `lastDate`: the candidates of a month's ranking; undefined ids = everyone. */
export function usersStartedBy(db: DbOrTx, lastDate: string, ids?: readonly string[]): ScoredUser[] {
  return db
    .all<ScoredUser>(
      sql`SELECT ${USER_COLUMNS} FROM ${users} WHERE start_date <= ${lastDate}${ids ? sql` AND ${inIds(users.id, ids)}` : sql``} ORDER BY id`,
    )
    .map(toScoredUser);
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

export interface MonthAmount {
  userId: string;
  month: string;
  amountMinor: number;
}

/** Every collection plan of these users up to `month` (the carry-in chain starts at the first). */
export function plansThrough(db: DbOrTx, userIds: readonly string[], month: string): MonthAmount[] {
  return db.all<MonthAmount>(sql`
    SELECT user_id AS userId, month, amount_minor AS amountMinor FROM ${collectionPlans}
    WHERE ${inIds(collectionPlans.userId, userIds)} AND month <= ${month}`);
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
  return db.all<{ userId: string; level: MarketPlanRow['level']; name: string; completedDate: string | null }>(sql`
    SELECT user_id AS userId, level, name, completed_date AS completedDate FROM ${marketPlans}
    WHERE ${inIds(marketPlans.userId, userIds)} AND month = ${month}`);
}

/*
 * Thousands of small rows cost far more to hand from SQLite to JavaScript value by value than
 * as one packed text per user (measured: 20,000 work logs in 150 ms as rows, 40 ms packed).
 * Fields are joined with the unit separator (0x1f), records with the record separator (0x1e).
 */
const US = '\u001f';
const RS = '\u001e';
const unpack = (packed: string | null) => (packed ? packed.split(RS).map((record) => record.split(US)) : []);

export interface LoggedDay {
  date: string;
  submittedAt: string;
  vague: boolean;
}

/** Per user, the work logs dated in `from..to`. */
export function workLogsBetween(db: DbOrTx, userIds: readonly string[], from: string, to: string): Map<string, LoggedDay[]> {
  const rows = db.all<{ userId: string; packed: string }>(sql`
    SELECT user_id AS userId,
      group_concat(date || char(31) || submitted_at || char(31) || (vague_flagged_at IS NOT NULL), char(30)) AS packed
    FROM ${workLogs}
    WHERE ${inIds(workLogs.userId, userIds)} AND date BETWEEN ${from} AND ${to}
    GROUP BY user_id`);
  return new Map(
    rows.map((r) => [r.userId, unpack(r.packed).map(([date = '', submittedAt = '', vague]) => ({ date, submittedAt, vague: vague === '1' }))]),
  );
}

export function surveysOfMonth(db: DbOrTx, userIds: readonly string[], month: string) {
  return db.all<{ userId: string; submittedAt: string; penalty: number | null }>(sql`
    SELECT user_id AS userId, submitted_at AS submittedAt, penalty FROM ${marketSurveys}
    WHERE ${inIds(marketSurveys.userId, userIds)} AND month = ${month}`);
}

export function complaintsBetween(db: DbOrTx, userIds: readonly string[], from: string, to: string) {
  return db
    .all<{ userId: string; date: string; valid: number | null }>(sql`
      SELECT user_id AS userId, date, valid FROM ${complaints}
      WHERE ${inIds(complaints.userId, userIds)} AND date BETWEEN ${from} AND ${to}`)
    .map((c) => ({ userId: c.userId, date: c.date, valid: c.valid === null ? null : Boolean(c.valid) }));
}

export function disciplineBetween(db: DbOrTx, userIds: readonly string[], from: string, to: string) {
  return db.all<{ userId: string; date: string; points: number }>(sql`
    SELECT user_id AS userId, date, points FROM ${disciplineRecords}
    WHERE ${inIds(disciplineRecords.userId, userIds)} AND date BETWEEN ${from} AND ${to}`);
}

export interface DueTask {
  id: string;
  dueAt: string;
  completedAt: string | null;
  status: string;
  scored: boolean;
}

/**
 * Per user, the tasks due from `fromDate` (inclusive) to before `beforeDate`, compared as ISO
 * text: the caller pads the range by a day each side for offsets, and the rule keeps the tasks
 * due in its month.
 */
export function tasksDueBetween(db: DbOrTx, userIds: readonly string[], fromDate: string, beforeDate: string): Map<string, DueTask[]> {
  const rows = db.all<{ userId: string; packed: string }>(sql`
    SELECT assignee_id AS userId,
      group_concat(id || char(31) || due_at || char(31) || COALESCE(completed_at, '') || char(31) || status || char(31) || scored, char(30)) AS packed
    FROM ${tasks}
    WHERE ${inIds(tasks.assigneeId, userIds)} AND due_at >= ${fromDate} AND due_at < ${beforeDate}
    GROUP BY assignee_id`);
  return new Map(
    rows.map((r) => [
      r.userId,
      unpack(r.packed).map(([id = '', dueAt = '', completedAt = '', status = '', scored = '1']) => ({
        id,
        dueAt,
        completedAt: completedAt === '' ? null : completedAt,
        status,
        scored: scored === '1',
      })),
    ]),
  );
}
