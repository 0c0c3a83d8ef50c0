import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { Page } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import {
  completeTask,
  createTask,
  listVisibleTasks,
  reviewTask,
  TaskCompleteBody,
  TaskCreateBody,
  TaskListQuery,
  TaskReviewBody,
  TaskView,
  taskView,
  visibleTask,
} from '../../services/tasks/index.js';

const IdParams = Type.Object({ id: Id });

const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['tasks'],
        description: 'Assigns a task to someone in the caller’s team (tasks.assign); it starts `open`.',
        body: TaskCreateBody,
        response: { 201: TaskView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply.code(201), createTask(app.db, callerOf(request), request.body), taskView);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['tasks'],
        description: 'Tasks the caller may see (of visible assignees, or assigned by the caller), earliest due first.',
        querystring: TaskListQuery,
        response: { 200: Page(TaskView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const result = listVisibleTasks(app.db, callerOf(request), request.query);
      return { items: result.items.map(taskView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['tasks'], params: IdParams, response: { 200: TaskView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, visibleTask(app.db, callerOf(request), request.params.id), taskView);
    },
  );

  app.post(
    '/:id/complete',
    {
      schema: {
        tags: ['tasks'],
        description: 'open -> done, by the assignee only; any other state 409. A completion after dueAt is recorded as it is (the scorecard counts it late).',
        params: IdParams,
        body: TaskCompleteBody,
        response: { 200: TaskView, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, completeTask(app.db, callerOf(request), request.params.id, request.body), taskView);
    },
  );

  app.post(
    '/:id/review',
    {
      schema: {
        tags: ['tasks'],
        description: 'done -> accepted | failed (符合领导要求 or not), by the assigner only (failed: a signed-in user, not an API client, 403); any other state 409.',
        params: IdParams,
        body: TaskReviewBody,
        response: { 200: TaskView, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, reviewTask(app.db, callerOf(request), request.params.id, request.body), taskView);
    },
  );
};

export default taskRoutes;
