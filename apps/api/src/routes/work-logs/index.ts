import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { WorkLogRow } from '../../db/repos/work.js';
import { callerOf } from '../../lib/caller.js';
import { Page } from '../../lib/pagination.js';
import { IsoDate, problems } from '../../lib/schemas.js';
import {
  flagVagueWorkLog,
  listVisibleWorkLogs,
  visibleWorkLog,
  WorkLogBody,
  workLogEtag,
  WorkLogFlagBody,
  WorkLogKey,
  WorkLogListQuery,
  WorkLogView,
  workLogView,
  writeWorkLog,
} from '../../services/work-logs/index.js';

const send = (reply: FastifyReply, l: WorkLogRow) => reply.header('etag', workLogEtag(l)).send(workLogView(l));

const workLogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/:date',
    {
      schema: {
        tags: ['work'],
        description:
          'Writes the caller’s own log (工作日志) for a working day that is not in the future (organisation time zone). Rewriting it keeps one log and sets submittedAt to the time of this write.',
        params: Type.Object({ date: IsoDate }),
        body: WorkLogBody,
        response: { 200: WorkLogView, ...problems(400, 401, 403, 409, 412) },
      },
    },
    async (request, reply) => send(reply, writeWorkLog(app.db, callerOf(request), request.params.date, request.body)),
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['work'],
        description: 'Work logs the caller may see (own, or the team’s), newest first.',
        querystring: WorkLogListQuery,
        response: { 200: Page(WorkLogView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const result = listVisibleWorkLogs(app.db, callerOf(request), request.query);
      return { items: result.items.map(workLogView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/:userId/:date',
    { schema: { tags: ['work'], params: WorkLogKey, response: { 200: WorkLogView, ...problems(401, 404) } } },
    async (request, reply) => send(reply, visibleWorkLog(app.db, callerOf(request), request.params)),
  );

  app.post(
    '/:userId/:date/flag-vague',
    {
      schema: {
        tags: ['work'],
        description: 'A manager of the user (anyone above them in the manager chain, or an admin) flags the log as vague (填写含糊不清); never one’s own. Flagging twice is 409.',
        params: WorkLogKey,
        body: WorkLogFlagBody,
        response: { 200: WorkLogView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => send(reply, flagVagueWorkLog(app.db, callerOf(request), request.params, request.body)),
  );
};

export default workLogRoutes;
