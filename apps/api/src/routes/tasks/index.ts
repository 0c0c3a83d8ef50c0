import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TASK_STATUSES, instantMs, isDate, taskAssignment, taskTransition, zonedEndOfDay, zonedStartOfDay, type TaskAction, type TaskActor, type TaskTransition } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { getTask, insertTask, listTasks, updateTask, type TaskRow } from '../../db/repos/tasks.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds, type Visibility } from '../../db/repos/visibility.js';
import { invalid, notFound } from '../../lib/errors.js';
import { refusalError } from '../../lib/refusal.js';
import { setEtag } from '../../lib/etag.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { Id, IsoDate, Nullable, problems, Timestamp } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';
import { callerOf, type Caller } from '../../lib/caller.js';

const Status = Type.Enum([...TASK_STATUSES]);

export const TaskView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  assigneeId: Type.String(),
  assignerId: Nullable(Type.String()),
  dueAt: Type.String(),
  status: Status,
  completedAt: Nullable(Type.String()),
  completionNote: Nullable(Type.String()),
  reviewedAt: Nullable(Type.String()),
  reviewNote: Nullable(Type.String()),
  source: Type.Enum(['manual', 'duty'], { description: 'duty: a checklist task generated from a role duty (R6)' }),
  scored: Type.Boolean({ description: 'counts in the assigned_task score line' }),
  version: Type.Integer(),
  createdAt: Type.String(),
});

export const taskView = (t: TaskRow) => ({
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

const IdParams = Type.Object({ id: Id });
const DateOrTime = Type.Union([IsoDate, Timestamp], { description: 'a date (local day in the organisation time zone) or a timestamp' });

/** A task is visible to whoever sees its assignee, and to its assigner; undefined otherwise (404). */
function findVisibleTask(db: DbOrTx, vis: Visibility, principal: Principal, id: string): TaskRow | undefined {
  const task = getTask(db, id);
  return task && (canSee(vis, task.assigneeId) || task.assignerId === principal.id) ? task : undefined;
}

function visibleTask(db: DbOrTx, vis: Visibility, principal: Principal, id: string): TaskRow {
  const task = findVisibleTask(db, vis, principal, id);
  if (!task) throw notFound('task');
  return task;
}

/** The caller as the task rule sees them (`taskTransition`). */
function taskActor(vis: Visibility, principal: Principal, task: TaskRow): TaskActor {
  return { id: principal.id, kind: principal.kind, assigns: principal.permissions.has('tasks.assign'), seesAssignee: canSee(vis, task.assigneeId) };
}

/**
 * A task action through the one versioned update, with `If-Match` checked between the actor and
 * the state: whoever may act hears of a stale copy (412) before a conflict with a state they have
 * not seen (409). `patch` gives the fields the action sets besides the status.
 */
function transitionTask(
  db: Db,
  caller: Caller,
  id: string,
  act: TaskAction,
  patch: () => Partial<TaskRow>,
): TaskRow {
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

const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['tasks'],
        description: 'Assigns a task to someone in the caller’s team (tasks.assign); it starts `open`.',
        body: Type.Object({
          title: Type.String({ minLength: 1, maxLength: 200 }),
          description: Type.String({ maxLength: 4000 }),
          assigneeId: Id,
          dueAt: Timestamp,
        }),
        response: { 201: TaskView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'tasks.assign');
      const b = request.body;
      let dueAt: string;
      try {
        dueAt = new Date(instantMs(b.dueAt, '/dueAt')).toISOString();
      } catch {
        throw invalid('/dueAt', 'must be an ISO 8601 timestamp with offset');
      }
      const created = app.db.transaction((tx) => {
        const found = getUser(tx, b.assigneeId);
        const assignment = taskAssignment(found && canSee(visibilityOf(tx, request.principal), found.id) ? found : null, request.principal.id);
        if (!assignment.ok) throw refusalError(assignment);
        const { assignee } = assignment;
        const row = insertTask(tx, {
          id: newId(),
          title: b.title,
          description: b.description,
          assigneeId: assignee.id,
          assignerId: request.principal.id,
          dueAt,
          status: 'open',
          source: 'manual',
          dutyKey: null,
          scored: true,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'task', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      setEtag(reply, created.version);
      return reply.code(201).send(taskView(created));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['tasks'],
        description: 'Tasks the caller may see (of visible assignees, or assigned by the caller), earliest due first.',
        querystring: Type.Object({
          ...PageQuery,
          assigneeId: Type.Optional(Id),
          status: Type.Optional(Status),
          dueFrom: Type.Optional(DateOrTime),
          dueTo: Type.Optional(DateOrTime),
        }),
        response: { 200: Page(TaskView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = q.limit ?? 50;
      const cursor = decodeCursor(q.cursor, ['string', 'string']);
      const { timezone } = getSettings(app.db).settings;
      const bound = (value: string | undefined, end: boolean) =>
        value === undefined
          ? undefined
          : isDate(value)
            ? end
              ? zonedEndOfDay(value, timezone)
              : zonedStartOfDay(value, timezone)
            : new Date(instantMs(value)).toISOString();
      const ids = visibleIds(visibilityOf(app.db, request.principal));
      const rows = listTasks(app.db, {
        limit,
        after: cursor as [string, string] | undefined,
        assigneeId: q.assigneeId,
        status: q.status,
        dueFrom: bound(q.dueFrom, false),
        dueTo: bound(q.dueTo, true),
        visible: ids ? { assigneeIds: ids, callerId: request.principal.id } : undefined,
      });
      const result = page(rows, limit, (t) => [t.dueAt, t.id]);
      return { items: result.items.map(taskView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['tasks'], params: IdParams, response: { 200: TaskView, ...problems(401, 404) } } },
    async (request, reply) => {
      const task = visibleTask(app.db, visibilityOf(app.db, request.principal), request.principal, request.params.id);
      setEtag(reply, task.version);
      return taskView(task);
    },
  );

  app.post(
    '/:id/complete',
    {
      schema: {
        tags: ['tasks'],
        description: 'open -> done, by the assignee only; any other state 409. A completion after dueAt is recorded as it is (the scorecard counts it late).',
        params: IdParams,
        body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 4000 })) }),
        response: { 200: TaskView, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const updated = transitionTask(app.db, callerOf(request), request.params.id, { action: 'complete' }, () => ({
        completedAt: new Date().toISOString(),
        completionNote: request.body.note ?? null,
      }));
      setEtag(reply, updated.version);
      return taskView(updated);
    },
  );

  app.post(
    '/:id/review',
    {
      schema: {
        tags: ['tasks'],
        description: 'done -> accepted | failed (符合领导要求 or not), by the assigner only (failed: a signed-in user, not an API client, 403); any other state 409.',
        params: IdParams,
        body: Type.Object({ meetsRequirements: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 4000 })) }),
        response: { 200: TaskView, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const review = { action: 'review', meetsRequirements: request.body.meetsRequirements } as const;
      const updated = transitionTask(app.db, callerOf(request), request.params.id, review, () => ({
        reviewedAt: new Date().toISOString(),
        reviewNote: request.body.note ?? null,
      }));
      setEtag(reply, updated.version);
      return taskView(updated);
    },
  );
};

export default taskRoutes;
