import { Type, type Static } from 'typebox';
import { firstDateOfMonth, isWorkingDay, lastDateOfMonth, localDate, workLogFlag, workLogWrite } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings, workCalendar } from '../../db/repos/organisation.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { flagWorkLogVague, getWorkLog, listWorkLogs, writeWorkLogFrom, type WorkLogRow } from '../../db/repos/work.js';
import { completeDutyTasksBy } from '../../jobs/duty-tasks.js';
import type { Caller } from '../../lib/caller.js';
import { ApiError, conflict, notFound } from '../../lib/errors.js';
import { sha256 } from '../../lib/hash.js';
import { decodeCursor, page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requireUser } from '../../lib/principal.js';
import { refusalError } from '../../lib/refusal.js';
import { Id, IsoDate, IsoMonth, Nullable } from '../../lib/schemas.js';

/**
 * Work logs (工作日志): a rep's log of each working day, and a manager's vague flag on it. The
 * rules are the domain's (`workLogWrite`, `workLogFlag`); the verbs apply them in one transaction
 * with their audit entry.
 */

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

export const workLogView = (l: WorkLogRow): Static<typeof WorkLogView> => ({
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
export const workLogEtag = (l: WorkLogRow) => `"w${sha256(`${l.submittedAt}\n${l.vagueFlaggedAt ?? ''}\n${l.content}`).slice(0, 20)}"`;

/**
 * 412 when the caller's If-Match names another log than the stored one, as `checkVersion`
 * (lib/etag) does for a version: absent is any log; `*` is any stored log; with no log stored,
 * nothing matches.
 */
function checkIfMatch(header: string | undefined, current: WorkLogRow | undefined): void {
  if (header === undefined) return;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (current && (tags.includes('*') || tags.includes(workLogEtag(current)))) return;
  throw new ApiError('PRECONDITION_FAILED', current ? `If-Match does not match the current version ${workLogEtag(current)}` : 'there is no log to match');
}

export const WorkLogBody = Type.Object({ content: Type.String({ minLength: 1, maxLength: 20_000 }) });
export const WorkLogListQuery = Type.Object({ ...PageQuery, userId: Type.Optional(Id), month: Type.Optional(IsoMonth) });
export const WorkLogKey = Type.Object({ userId: Id, date: IsoDate });
export const WorkLogFlagBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) });

/**
 * The caller's own log of a working day that is not in the future: rewriting it keeps one log and
 * sets submittedAt to the time of this write; it completes the day's work-log duty task. The
 * sequence of every versioned write, in one transaction: load, If-Match (412), the write with the
 * state read in its WHERE (409 when the log changed meanwhile, never a lost rewrite), audit.
 */
export function writeWorkLog(db: Db, caller: Caller, date: string, input: Static<typeof WorkLogBody>): WorkLogRow {
  const me = requireUser(caller.principal);
  const now = new Date();
  const write = workLogWrite(date, localDate(now, getSettings(db).settings.timezone), isWorkingDay(date, workCalendar(db, [Number(date.slice(0, 4))])));
  if (!write.ok) throw refusalError(write);
  return db.transaction((tx) => {
    const before = getWorkLog(tx, me.id, date);
    checkIfMatch(caller.ifMatch, before);
    const after = writeWorkLogFrom(tx, { userId: me.id, date, content: input.content, submittedAt: now.toISOString() }, before);
    if (!after) throw conflict('the log changed meanwhile');
    writeAudit(tx, {
      ...actorOf(me),
      action: before ? 'update' : 'create',
      entity: 'work_log',
      entityId: `${me.id}/${date}`,
      before,
      after,
      requestId: caller.requestId,
    });
    completeDutyTasksBy(tx, 'work_log', me, date, now);
    return after;
  });
}

/** One page of the logs the caller may see (own, or the team's), newest first. */
export function listVisibleWorkLogs(db: DbOrTx, caller: Caller, q: Static<typeof WorkLogListQuery>) {
  const vis = visibilityOf(db, caller.principal);
  if (q.userId && !canSee(vis, q.userId)) throw notFound('user');
  const limit = q.limit ?? 50;
  const cursor = decodeCursor(q.cursor, ['string', 'string']);
  const rows = listWorkLogs(db, {
    limit,
    before: cursor,
    userId: q.userId,
    from: q.month ? firstDateOfMonth(q.month) : undefined,
    to: q.month ? lastDateOfMonth(q.month) : undefined,
    userIds: visibleIds(vis),
  });
  return page(rows, limit, (l) => [l.date, l.userId]);
}

/** One log the caller may see (404 otherwise). */
export function visibleWorkLog(db: DbOrTx, caller: Caller, key: Static<typeof WorkLogKey>): WorkLogRow {
  const log = canSee(visibilityOf(db, caller.principal), key.userId) ? getWorkLog(db, key.userId, key.date) : undefined;
  if (!log) throw notFound('work log');
  return log;
}

/** A manager of the author (an API client is nobody's manager) flags the log as vague, once. */
export function flagVagueWorkLog(db: Db, caller: Caller, key: Static<typeof WorkLogKey>, input: Static<typeof WorkLogFlagBody>): WorkLogRow {
  const { principal } = caller;
  requireUser(principal);
  const { userId, date } = key;
  return db.transaction((tx) => {
    if (!canSee(visibilityOf(tx, principal), userId) || !getUser(tx, userId)) throw notFound('work log');
    const before = getWorkLog(tx, userId, date);
    if (!before) throw notFound('work log');
    const flag = workLogFlag(before, principal.id);
    if (!flag.ok) throw refusalError(flag);
    const after = flagWorkLogVague(tx, userId, date, { by: principal.id, at: new Date().toISOString(), note: input.note ?? null });
    if (!after) throw conflict('the log is already flagged as vague');
    writeAudit(tx, { ...actorOf(principal), action: 'flag_vague', entity: 'work_log', entityId: `${userId}/${date}`, before, after, requestId: caller.requestId });
    return after;
  });
}
