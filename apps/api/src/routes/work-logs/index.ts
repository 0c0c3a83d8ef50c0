import { completeDutyTasksBy } from '../../jobs/duty-tasks.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { firstDateOfMonth, isWorkingDay, lastDateOfMonth, localDate } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings, workCalendar } from '../../db/repos/organisation.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { flagWorkLogVague, getWorkLog, listWorkLogs, upsertWorkLog, type WorkLogRow } from '../../db/repos/work.js';
import { ApiError, conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { sha256 } from '../../lib/hash.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requireUser } from '../../lib/principal.js';
import { Id, IsoDate, IsoMonth, Nullable, problems } from '../../lib/schemas.js';

export const WorkLogView = Type.Object({
  userId: Type.String(),
  date: Type.String(),
  content: Type.String(),
  submittedAt: Type.String({ description: 'the time of the latest write' }),
  vague: Type.Boolean({ description: 'a manager flagged it 填写含糊不清' }),
  vagueFlaggedAt: Nullable(Type.String()),
  vagueFlaggedBy: Nullable(Type.String()),
  vagueNote: Nullable(Type.String()),
});

export const workLogView = (l: WorkLogRow) => ({
  userId: l.userId,
  date: l.date,
  content: l.content,
  submittedAt: l.submittedAt,
  vague: l.vagueFlaggedAt !== null,
  vagueFlaggedAt: l.vagueFlaggedAt,
  vagueFlaggedBy: l.vagueFlaggedBy,
  vagueNote: l.vagueNote,
});

/** Work logs carry no version column: their ETag is a hash of what a write can change. */
const etagOf = (l: WorkLogRow) => `"w${sha256(`${l.submittedAt}\n${l.vagueFlaggedAt ?? ''}\n${l.content}`).slice(0, 20)}"`;

function checkIfMatch(request: FastifyRequest, current: WorkLogRow | undefined): void {
  const header = request.headers['if-match'];
  if (header === undefined) return;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (current && (tags.includes('*') || tags.includes(etagOf(current)))) return;
  throw new ApiError('PRECONDITION_FAILED', current ? `If-Match does not match the current version ${etagOf(current)}` : 'there is no log to match');
}

const send = (reply: FastifyReply, l: WorkLogRow) => reply.header('etag', etagOf(l)).send(workLogView(l));

const UserDate = Type.Object({ userId: Id, date: IsoDate });

const workLogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    '/:date',
    {
      schema: {
        tags: ['work'],
        description:
          'Writes the caller’s own log (工作日志) for a working day that is not in the future (organisation time zone). Rewriting it keeps one log and sets submittedAt to the time of this write.',
        params: Type.Object({ date: IsoDate }),
        body: Type.Object({ content: Type.String({ minLength: 1, maxLength: 20_000 }) }),
        response: { 200: WorkLogView, ...problems(400, 401, 403, 412) },
      },
    },
    async (request, reply) => {
      const me = requireUser(request.principal);
      const { date } = request.params;
      const { settings } = getSettings(app.db);
      const now = new Date();
      if (date > localDate(now, settings.timezone)) throw invalid('/params/date', 'lies in the future');
      if (!isWorkingDay(date, workCalendar(app.db, [Number(date.slice(0, 4))]))) {
        throw invalid('/params/date', 'is not a working day');
      }
      const saved = app.db.transaction((tx) => {
        const before = getWorkLog(tx, me.id, date);
        checkIfMatch(request, before);
        const after = upsertWorkLog(tx, { userId: me.id, date, content: request.body.content, submittedAt: now.toISOString() });
        writeAudit(tx, {
          ...actorOf(me),
          action: before ? 'update' : 'create',
          entity: 'work_log',
          entityId: `${me.id}/${date}`,
          before,
          after,
          requestId: request.id,
        });
        completeDutyTasksBy(tx, 'work_log', me, date, now);
        return after;
      });
      return send(reply, saved);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['work'],
        description: 'Work logs the caller may see (own, or the team’s), newest first.',
        querystring: Type.Object({ ...PageQuery, userId: Type.Optional(Id), month: Type.Optional(IsoMonth) }),
        response: { 200: Page(WorkLogView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const vis = visibilityOf(app.db, request.principal);
      if (q.userId && !canSee(vis, q.userId)) throw notFound('user');
      const limit = q.limit ?? 50;
      const cursor = decodeCursor(q.cursor, ['string', 'string']);
      const rows = listWorkLogs(app.db, {
        limit,
        before: cursor,
        userId: q.userId,
        from: q.month ? firstDateOfMonth(q.month) : undefined,
        to: q.month ? lastDateOfMonth(q.month) : undefined,
        userIds: visibleIds(vis),
      });
      const result = page(rows, limit, (l) => [l.date, l.userId]);
      return { items: result.items.map(workLogView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/:userId/:date',
    { schema: { tags: ['work'], params: UserDate, response: { 200: WorkLogView, ...problems(401, 404) } } },
    async (request, reply) => {
      const { userId, date } = request.params;
      const log = canSee(visibilityOf(app.db, request.principal), userId) ? getWorkLog(app.db, userId, date) : undefined;
      if (!log) throw notFound('work log');
      return send(reply, log);
    },
  );

  app.post(
    '/:userId/:date/flag-vague',
    {
      schema: {
        tags: ['work'],
        description: 'A manager of the user (anyone above them in the manager chain, or an admin) flags the log as vague (填写含糊不清); never one’s own. Flagging twice is 409.',
        params: UserDate,
        body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: { 200: WorkLogView, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      // Only a manager in the chain flags; an API client is nobody's manager.
      requireUser(request.principal);
      const { userId, date } = request.params;
      const saved = app.db.transaction((tx) => {
        if (!canSee(visibilityOf(tx, request.principal), userId) || !getUser(tx, userId)) throw notFound('work log');
        const before = getWorkLog(tx, userId, date);
        if (!before) throw notFound('work log');
        if (userId === request.principal.id) throw forbidden('one’s own log is flagged by a manager');
        if (before.vagueFlaggedAt) throw conflict('the log is already flagged as vague');
        const after = flagWorkLogVague(tx, userId, date, { by: request.principal.id, at: new Date().toISOString(), note: request.body.note ?? null });
        if (!after) throw conflict('the log is already flagged as vague');
        writeAudit(tx, { ...actorOf(request.principal), action: 'flag_vague', entity: 'work_log', entityId: `${userId}/${date}`, before, after, requestId: request.id });
        return after;
      });
      return send(reply, saved);
    },
  );
};

export default workLogRoutes;
