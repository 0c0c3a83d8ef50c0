import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { marketSurveys, workLogs } from '../schema/index.js';

export type WorkLogRow = typeof workLogs.$inferSelect;
export type SurveyRow = typeof marketSurveys.$inferSelect;

// ---------------------------------------------------------------------------------------
// Work logs (工作日志): one per user and working day
// ---------------------------------------------------------------------------------------

export const getWorkLog = (db: DbOrTx, userId: string, date: string) =>
  db
    .select()
    .from(workLogs)
    .where(and(eq(workLogs.userId, userId), eq(workLogs.date, date)))
    .get();

/** Creates or rewrites a log; `submittedAt` is the time of this (latest) write. A vague flag stays. */
export function upsertWorkLog(db: DbOrTx, row: { userId: string; date: string; content: string; submittedAt: string }): WorkLogRow {
  return db
    .insert(workLogs)
    .values(row)
    .onConflictDoUpdate({ target: [workLogs.userId, workLogs.date], set: { content: row.content, submittedAt: row.submittedAt } })
    .returning()
    .get();
}

/**
 * Writes the caller's log from the state they read, which goes in the write (the log's ETag
 * hashes the same fields): no log read → INSERT, nothing when a log was stored meanwhile; a log
 * read → UPDATE only while its content, submittedAt and vague flag are as read. Undefined when
 * nothing was written: the log changed meanwhile. A vague flag stays.
 */
export function writeWorkLogFrom(
  db: DbOrTx,
  row: { userId: string; date: string; content: string; submittedAt: string },
  before: WorkLogRow | undefined,
): WorkLogRow | undefined {
  if (!before) return db.insert(workLogs).values(row).onConflictDoNothing().returning().get();
  return db
    .update(workLogs)
    .set({ content: row.content, submittedAt: row.submittedAt })
    .where(
      and(
        eq(workLogs.userId, row.userId),
        eq(workLogs.date, row.date),
        eq(workLogs.content, before.content),
        eq(workLogs.submittedAt, before.submittedAt),
        before.vagueFlaggedAt === null ? isNull(workLogs.vagueFlaggedAt) : eq(workLogs.vagueFlaggedAt, before.vagueFlaggedAt),
      ),
    )
    .returning()
    .get();
}

export function flagWorkLogVague(db: DbOrTx, userId: string, date: string, flag: { by: string; at: string; note: string | null }) {
  return db
    .update(workLogs)
    .set({ vagueFlaggedAt: flag.at, vagueFlaggedBy: flag.by, vagueNote: flag.note })
    .where(and(eq(workLogs.userId, userId), eq(workLogs.date, date), isNull(workLogs.vagueFlaggedAt)))
    .returning()
    .get();
}

export interface WorkLogQuery {
  limit: number;
  /** Cursor: the last row's [date, userId]; newest date first. */
  before?: [string, string];
  userId?: string;
  from?: string;
  to?: string;
  /** Visible users; undefined: everyone. */
  userIds?: string[];
}

export function listWorkLogs(db: DbOrTx, q: WorkLogQuery): WorkLogRow[] {
  return db
    .select()
    .from(workLogs)
    .where(
      and(
        q.userIds ? inArray(workLogs.userId, q.userIds) : undefined,
        q.userId ? eq(workLogs.userId, q.userId) : undefined,
        q.from ? gte(workLogs.date, q.from) : undefined,
        q.to ? lte(workLogs.date, q.to) : undefined,
        q.before
          ? or(lt(workLogs.date, q.before[0]), and(eq(workLogs.date, q.before[0]), lt(workLogs.userId, q.before[1])))
          : undefined,
      ),
    )
    .orderBy(desc(workLogs.date), desc(workLogs.userId))
    .limit(q.limit + 1)
    .all();
}

// ---------------------------------------------------------------------------------------
// Market surveys (市场调查): one per user and month, graded 0..5 by a manager
// ---------------------------------------------------------------------------------------

export const getSurvey = (db: DbOrTx, id: string) => db.select().from(marketSurveys).where(eq(marketSurveys.id, id)).get();

export const getSurveyOf = (db: DbOrTx, userId: string, month: string) =>
  db
    .select()
    .from(marketSurveys)
    .where(and(eq(marketSurveys.userId, userId), eq(marketSurveys.month, month)))
    .get();

/** Inserts unless the user has a survey for the month already (the unique index decides). */
export const insertSurvey = (db: DbOrTx, row: typeof marketSurveys.$inferInsert): SurveyRow | undefined =>
  db.insert(marketSurveys).values(row).onConflictDoNothing().returning().get();

export function gradeSurvey(db: DbOrTx, id: string, version: number, grade: { penalty: number; by: string; at: string }) {
  return db
    .update(marketSurveys)
    .set({ penalty: grade.penalty, gradedBy: grade.by, gradedAt: grade.at, version: version + 1 })
    .where(and(eq(marketSurveys.id, id), eq(marketSurveys.version, version)))
    .returning()
    .get();
}

export interface SurveyQuery {
  limit: number;
  /** Cursor: the last row's [month, id]; newest month first. */
  before?: [string, string];
  userId?: string;
  month?: string;
  graded?: boolean;
  userIds?: string[];
}

export function listSurveys(db: DbOrTx, q: SurveyQuery): SurveyRow[] {
  return db
    .select()
    .from(marketSurveys)
    .where(
      and(
        q.userIds ? inArray(marketSurveys.userId, q.userIds) : undefined,
        q.userId ? eq(marketSurveys.userId, q.userId) : undefined,
        q.month ? eq(marketSurveys.month, q.month) : undefined,
        q.graded === undefined ? undefined : q.graded ? isNotNull(marketSurveys.gradedAt) : isNull(marketSurveys.gradedAt),
        q.before
          ? or(lt(marketSurveys.month, q.before[0]), and(eq(marketSurveys.month, q.before[0]), lt(marketSurveys.id, q.before[1])))
          : undefined,
      ),
    )
    .orderBy(desc(marketSurveys.month), desc(marketSurveys.id))
    .limit(q.limit + 1)
    .all();
}
