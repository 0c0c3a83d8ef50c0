import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { marketSurveys, tasks } from '../schema/index.js';

/**
 * The people below a user in the manager chain (not the user): the team whose surveys the
 * user grades. Unlike visibility, an administrator's team is only the people who report to them.
 */
export function teamBelow(db: DbOrTx, userId: string): string[] {
  return db
    .all<{ id: string }>(
      sql`WITH RECURSIVE team(id) AS (
        SELECT id FROM users WHERE manager_id = ${userId}
        UNION
        SELECT u.id FROM users u JOIN team t ON u.manager_id = t.id
      )
      SELECT id FROM team WHERE id <> ${userId}`,
    )
    .map((r) => r.id);
}

/** Tasks the user assigned that the assignee has marked done: waiting for review. */
const tasksToReviewWhere = (assignerId: string) => and(eq(tasks.assignerId, assignerId), eq(tasks.status, 'done'));

export function tasksToReview(db: DbOrTx, assignerId: string, limit: number) {
  return db.select().from(tasks).where(tasksToReviewWhere(assignerId)).orderBy(asc(tasks.dueAt), asc(tasks.id)).limit(limit).all();
}

export const countTasksToReview = (db: DbOrTx, assignerId: string): number =>
  db.select({ n: sql<number>`count(*)` }).from(tasks).where(tasksToReviewWhere(assignerId)).get()?.n ?? 0;

/** Submitted market surveys of the team that have no grade yet. */
const surveysToGradeWhere = (userIds: string[], graderId: string) =>
  and(inArray(marketSurveys.userId, userIds), ne(marketSurveys.userId, graderId), isNull(marketSurveys.penalty));

export function surveysToGrade(db: DbOrTx, userIds: string[], graderId: string, limit: number) {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(marketSurveys)
    .where(surveysToGradeWhere(userIds, graderId))
    .orderBy(asc(marketSurveys.submittedAt), asc(marketSurveys.id))
    .limit(limit)
    .all();
}

export function countSurveysToGrade(db: DbOrTx, userIds: string[], graderId: string): number {
  if (userIds.length === 0) return 0;
  return db.select({ n: sql<number>`count(*)` }).from(marketSurveys).where(surveysToGradeWhere(userIds, graderId)).get()?.n ?? 0;
}
