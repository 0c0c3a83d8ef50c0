import { Type, type Static } from 'typebox';
import { TASK_STATUSES, instantMs, isDate, taskAssignment, taskTransition, zonedEndOfDay, zonedStartOfDay, type TaskAction, type TaskActor, type TaskTransition } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { getTask, insertTask, listTasks, updateTask, type TaskRow } from '../../db/repos/tasks.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds, type Visibility } from '../../db/repos/visibility.js';
import type { Caller } from '../../lib/caller.js';
import { invalid, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { refusalError } from '../../lib/refusal.js';
import { Id, IsoDate, Nullable, Timestamp } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';

/**
 * Tasks (R6 and the manager's assignments): assign, list, read, complete, review. The workflow
 * rules are the domain's (`taskAssignment`, `taskTransition`); these verbs load what the rules
 * need, apply their answer in one transaction with its audit entry, and return the stored row.
 */

export const TaskStatus = Type.Enum([...TASK_STATUSES]);

export const TaskView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  assigneeId: Type.String(),
  assignerId: Nullable(Type.String()),
  dueAt: Type.String(),
  status: TaskStatus,
  completedAt: Nullable(Type.String()),
  completionNote: Nullable(Type.String()),
  reviewedAt: Nullable(Type.String()),
  reviewNote: Nullable(Type.String()),
  source: Type.Enum(['manual', 'duty'], { description: 'duty: a checklist task generated from a role duty (R6)' }),
  scored: Type.Boolean({ description: 'counts in the assigned_task score line' }),
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const taskView = (t: TaskRow): Static<typeof TaskView> => ({
  id: t.id,
  title: t.title,
  description: t.description,
  assigneeId: t.assigneeId,
  assignerId: t.assignerId,
  dueAt: t.dueAt,
  status: t.status,
  completedAt: t.completedAt,
  completionNote: t.completionNote,
  reviewedAt: t.reviewedAt,
  reviewNote: t.reviewNote,
  source: t.source,
  scored: t.scored,
  version: t.version,
  createdAt: t.createdAt,
});

export const TaskCreateBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 4000 }),
  assigneeId: Id,
  dueAt: Timestamp,
});

const DateOrTime = Type.Union([IsoDate, Timestamp], { description: 'a date (local day in the organisation time zone) or a timestamp' });

export const TaskListQuery = Type.Object({
  ...PageQuery,
  assigneeId: Type.Optional(Id),
  status: Type.Optional(TaskStatus),
  dueFrom: Type.Optional(DateOrTime),
  dueTo: Type.Optional(DateOrTime),
});

export const TaskCompleteBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 4000 })) });
export const TaskReviewBody = Type.Object({ meetsRequirements: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 4000 })) });

/** A task is visible to whoever sees its assignee, and to its assigner; undefined otherwise (404). */
function findVisibleTask(db: DbOrTx, vis: Visibility, principal: Principal, id: string): TaskRow | undefined {
  const task = getTask(db, id);
  return task && (canSee(vis, task.assigneeId) || task.assignerId === principal.id) ? task : undefined;
}

/** The caller as the task rule sees them (`taskTransition`). */
function taskActor(vis: Visibility, principal: Principal, task: TaskRow): TaskActor {
  return { id: principal.id, kind: principal.kind, assigns: principal.permissions.has('tasks.assign'), seesAssignee: canSee(vis, task.assigneeId) };
}

/** Assigns a task to someone the caller sees (tasks.assign; not to oneself, only to an active user); it starts `open`. */
export function createTask(db: Db, caller: Caller, input: Static<typeof TaskCreateBody>): TaskRow {
  const { principal } = caller;
  requirePermission(principal, 'tasks.assign');
  let dueAt: string;
  try {
    dueAt = new Date(instantMs(input.dueAt, '/dueAt')).toISOString();
  } catch {
    throw invalid('/dueAt', 'must be an ISO 8601 timestamp with offset');
  }
  return db.transaction((tx) => {
    const found = getUser(tx, input.assigneeId);
    const assignment = taskAssignment(found && canSee(visibilityOf(tx, principal), found.id) ? found : null, principal.id);
    if (!assignment.ok) throw refusalError(assignment);
    const row = insertTask(tx, {
      id: newId(),
      title: input.title,
      description: input.description,
      assigneeId: assignment.assignee.id,
      assignerId: principal.id,
      dueAt,
      status: 'open',
      source: 'manual',
      dutyKey: null,
      scored: true,
      createdAt: new Date().toISOString(),
    });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'task', entityId: row.id, after: row, requestId: caller.requestId });
    return row;
  });
}

/** One page of the tasks the caller may see (of visible assignees, or assigned by the caller), earliest due first. */
export function listVisibleTasks(db: DbOrTx, caller: Caller, query: Static<typeof TaskListQuery>) {
  const limit = query.limit ?? 50;
  const cursor = decodeCursor(query.cursor, ['string', 'string']);
  const { timezone } = getSettings(db).settings;
  // A date bound is the organisation's local day (its start, or its end for `dueTo`).
  const bound = (value: string | undefined, end: boolean) =>
    value === undefined
      ? undefined
      : isDate(value)
        ? end
          ? zonedEndOfDay(value, timezone)
          : zonedStartOfDay(value, timezone)
        : new Date(instantMs(value)).toISOString();
  const ids = visibleIds(visibilityOf(db, caller.principal));
  const rows = listTasks(db, {
    limit,
    after: cursor as [string, string] | undefined,
    assigneeId: query.assigneeId,
    status: query.status,
    dueFrom: bound(query.dueFrom, false),
    dueTo: bound(query.dueTo, true),
    visible: ids ? { assigneeIds: ids, callerId: caller.principal.id } : undefined,
  });
  return page(rows, limit, (t) => [t.dueAt, t.id]);
}

/** One task the caller may see (404 otherwise, alike for one that does not exist). */
export function visibleTask(db: DbOrTx, caller: Caller, id: string): TaskRow {
  const task = findVisibleTask(db, visibilityOf(db, caller.principal), caller.principal, id);
  if (!task) throw notFound('task');
  return task;
}

/**
 * A task action through the one versioned update, with `If-Match` checked between the actor and
 * the state: whoever may act hears of a stale copy (412) before a conflict with a state they have
 * not seen (409). `patch` gives the fields the action sets besides the status.
 */
function transitionTask(db: Db, caller: Caller, id: string, act: TaskAction, patch: () => Partial<TaskRow>): TaskRow {
  let vis: Visibility;
  const { principal } = caller;
  return versionedUpdate<TaskRow, TaskTransition>(db, caller, {
    entity: 'task',
    action: act.action,
    notFound: 'task',
    conflict: 'the task changed meanwhile',
    load: (tx) => {
      vis = visibilityOf(tx, principal);
      return findVisibleTask(tx, vis, principal, id);
    },
    decide: (_tx, before) => {
      const decision = taskTransition(before, act, taskActor(vis, principal, before));
      if (!decision.ok && decision.code !== 'CONFLICT') throw refusalError(decision);
      return decision;
    },
    update: (tx, before, decision) => {
      if (!decision.ok) throw refusalError(decision);
      return updateTask(tx, before.id, before.version, { status: decision.to, ...patch() });
    },
  });
}

/** open -> done, by the assignee only. */
export const completeTask = (db: Db, caller: Caller, id: string, input: Static<typeof TaskCompleteBody>): TaskRow =>
  transitionTask(db, caller, id, { action: 'complete' }, () => ({ completedAt: new Date().toISOString(), completionNote: input.note ?? null }));

/** done -> accepted | failed (符合领导要求 or not), by the assigner only. */
export const reviewTask = (db: Db, caller: Caller, id: string, input: Static<typeof TaskReviewBody>): TaskRow =>
  transitionTask(db, caller, id, { action: 'review', meetsRequirements: input.meetsRequirements }, () => ({
    reviewedAt: new Date().toISOString(),
    reviewNote: input.note ?? null,
  }));
