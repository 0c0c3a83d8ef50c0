import { and, asc, eq, gt, gte, inArray, lte, or } from 'drizzle-orm';
import type { DutyEvidence } from '@fieldbeat/domain';
import type { DbOrTx } from '../client.js';
import { marketSurveys, tasks, users, workLogs } from '../schema/index.js';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskStatus = TaskRow['status'];

export const getTask = (db: DbOrTx, id: string) => db.select().from(tasks).where(eq(tasks.id, id)).get();

export const insertTask = (db: DbOrTx, row: typeof tasks.$inferInsert) => db.insert(tasks).values(row).returning().get();

/**
 * Inserts a generated duty task unless one with the same duty key exists (the unique index
 * decides, so two server instances racing cannot both insert). Returns the row when inserted.
 */
export const insertDutyTask = (db: DbOrTx, row: typeof tasks.$inferInsert & { dutyKey: string }): TaskRow | undefined =>
  db.insert(tasks).values(row).onConflictDoNothing({ target: tasks.dutyKey }).returning().get();

/** Updates a task only if it is still at `version` (and so in the state the caller checked). */
export function updateTask(db: DbOrTx, id: string, version: number, patch: Partial<typeof tasks.$inferInsert>): TaskRow | undefined {
  return db
    .update(tasks)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(tasks.id, id), eq(tasks.version, version)))
    .returning()
    .get();
}

export interface TaskQuery {
  limit: number;
  /** Cursor: the last row's [dueAt, id]; the list runs by due time, earliest first. */
  after?: [string, string];
  assigneeId?: string;
  status?: TaskStatus;
  dueFrom?: string;
  dueTo?: string;
  /** Visibility: tasks of these assignees, or assigned by `callerId`. Undefined: everything. */
  visible?: { assigneeIds: string[]; callerId: string };
}

export function listTasks(db: DbOrTx, q: TaskQuery): TaskRow[] {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        q.visible ? or(inArray(tasks.assigneeId, q.visible.assigneeIds), eq(tasks.assignerId, q.visible.callerId)) : undefined,
        q.after ? or(gt(tasks.dueAt, q.after[0]), and(eq(tasks.dueAt, q.after[0]), gt(tasks.id, q.after[1]))) : undefined,
        q.assigneeId ? eq(tasks.assigneeId, q.assigneeId) : undefined,
        q.status ? eq(tasks.status, q.status) : undefined,
        q.dueFrom ? gte(tasks.dueAt, q.dueFrom) : undefined,
        q.dueTo ? lte(tasks.dueAt, q.dueTo) : undefined,
      ),
    )
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(q.limit + 1)
    .all();
}

/** A user's open tasks, earliest due first (the rep's day). */
export const openTasksOf = (db: DbOrTx, userId: string) =>
  db
    .select()
    .from(tasks)
    .where(and(eq(tasks.assigneeId, userId), eq(tasks.status, 'open')))
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .all();

/** Active users holding a role: the people a role's duties generate checklist tasks for. */
export const activeUsersWithRole = (db: DbOrTx, roleCode: string) =>
  db
    .select({ id: users.id, managerId: users.managerId, startDate: users.startDate })
    .from(users)
    .where(and(eq(users.roleCode, roleCode), eq(users.active, true)))
    .orderBy(asc(users.id))
    .all();

/**
 * Marks done the open duty tasks with these keys (the record that does their work was
 * written); a task already done, reviewed or of another period is left alone. Returns the
 * rows before and after, for the audit trail.
 */
export function completeOpenDutyTasks(db: DbOrTx, dutyKeys: string[], completedAt: string): { before: TaskRow; after: TaskRow }[] {
  if (!dutyKeys.length) return [];
  const open = db
    .select()
    .from(tasks)
    .where(and(inArray(tasks.dutyKey, dutyKeys), eq(tasks.status, 'open')))
    .all();
  return open.flatMap((before) => {
    const after = updateTask(db, before.id, before.version, { status: 'done', completedAt });
    return after ? [{ before, after }] : [];
  });
}

/** Whether the record of `evidence` dated `date` exists: the user's log of that day, or survey of that month. */
export function dutyEvidenceExists(db: DbOrTx, evidence: DutyEvidence, userId: string, date: string): boolean {
  const row =
    evidence === 'work_log'
      ? db.select({ one: workLogs.userId }).from(workLogs).where(and(eq(workLogs.userId, userId), eq(workLogs.date, date))).get()
      : db
          .select({ one: marketSurveys.id })
          .from(marketSurveys)
          .where(and(eq(marketSurveys.userId, userId), eq(marketSurveys.month, date)))
          .get();
  return row !== undefined;
}
