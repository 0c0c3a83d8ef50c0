import { Type, type Static } from 'typebox';
import { localDate, monthOf, surveyGrade, surveySubmission, withDefaultScoring, type RoleDefinition } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { roleVersionsInForce } from '../../db/repos/roles.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { getSurvey, gradeSurvey, insertSurvey, listSurveys, type SurveyRow } from '../../db/repos/work.js';
import { completeDutyTasksBy } from '../../jobs/duty-tasks.js';
import type { Caller } from '../../lib/caller.js';
import { conflict, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requireUser } from '../../lib/principal.js';
import { refusalError } from '../../lib/refusal.js';
import { Id, IsoMonth, Nullable } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';

/**
 * Market surveys (市场调查): a rep's one survey a month, and a manager's grade of it. The rules
 * are the domain's (`surveySubmission`, `surveyGrade`); the verbs apply them in one transaction
 * with their audit entry.
 */

/** The scoring scheme of the survey author's role version in force in the survey's month. */
function surveySchemeOf(db: DbOrTx, survey: SurveyRow) {
  const author = getUser(db, survey.userId);
  const role = author ? roleVersionsInForce(db, [author.roleCode], survey.month).get(author.roleCode) : undefined;
  return withDefaultScoring((role ?? { code: '', title: '', permissions: [] }) as RoleDefinition).scoring;
}

export const SurveyView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  month: Type.String(),
  content: Type.String(),
  submittedAt: Type.String(),
  penalty: Nullable(Type.Number({ description: 'the manager’s grade: points it costs, 0..5' })),
  gradedBy: Nullable(Type.String()),
  gradedAt: Nullable(Type.String()),
  version: Type.Integer(),
});

export const surveyView = (s: SurveyRow): Static<typeof SurveyView> => ({
  id: s.id,
  userId: s.userId,
  month: s.month,
  content: s.content,
  submittedAt: s.submittedAt,
  penalty: s.penalty,
  gradedBy: s.gradedBy,
  gradedAt: s.gradedAt,
  version: s.version,
});

export const SurveyBody = Type.Object({ month: IsoMonth, content: Type.String({ minLength: 1, maxLength: 50_000 }) });
export const SurveyListQuery = Type.Object({ ...PageQuery, userId: Type.Optional(Id), month: Type.Optional(IsoMonth), graded: Type.Optional(Type.Boolean()) });
// The most a grade costs is the author's scoring scheme's (surveyMaxPenalty, the handbook's 5):
// checked by the rule; the schema bounds it by the largest a scheme may set.
export const SurveyGradeBody = Type.Object({ penalty: Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.5 }) });

/** The caller's survey for a month (not a future one): one per user and month, a second is 409; it completes the month's survey duty task. */
export function submitSurvey(db: Db, caller: Caller, input: Static<typeof SurveyBody>): SurveyRow {
  const me = requireUser(caller.principal);
  const now = new Date();
  const { month, content } = input;
  const submission = surveySubmission(month, monthOf(localDate(now, getSettings(db).settings.timezone)));
  if (!submission.ok) throw refusalError(submission);
  return db.transaction((tx) => {
    const row = insertSurvey(tx, { id: newId(), userId: me.id, month, content, submittedAt: now.toISOString() });
    if (!row) throw conflict(`there is already a market survey for ${month}`);
    writeAudit(tx, { ...actorOf(me), action: 'create', entity: 'market_survey', entityId: row.id, after: row, requestId: caller.requestId });
    completeDutyTasksBy(tx, 'market_survey', me, month, now);
    return row;
  });
}

/** One page of the surveys the caller may see (own, or the team's), newest month first. */
export function listVisibleSurveys(db: DbOrTx, caller: Caller, q: Static<typeof SurveyListQuery>) {
  const vis = visibilityOf(db, caller.principal);
  if (q.userId && !canSee(vis, q.userId)) throw notFound('user');
  const limit = q.limit ?? 50;
  const cursor = decodeCursor(q.cursor, ['string', 'string']);
  const rows = listSurveys(db, { limit, before: cursor, userId: q.userId, month: q.month, graded: q.graded, userIds: visibleIds(vis) });
  return page(rows, limit, (s) => [s.month, s.id]);
}

/** One survey the caller may see (404 otherwise). */
export function visibleSurvey(db: DbOrTx, caller: Caller, id: string): SurveyRow {
  const survey = getSurvey(db, id);
  if (!survey || !canSee(visibilityOf(db, caller.principal), survey.userId)) throw notFound('market survey');
  return survey;
}

/** A manager of the author (never the author; an API client is nobody's manager) grades the survey; grading again replaces the grade. */
export function gradeVisibleSurvey(db: Db, caller: Caller, id: string, input: Static<typeof SurveyGradeBody>): SurveyRow {
  const { principal } = caller;
  requireUser(principal);
  return versionedUpdate(db, caller, {
    entity: 'market_survey',
    action: 'grade',
    conflict: 'the survey changed meanwhile',
    load: (tx) => {
      const survey = getSurvey(tx, id);
      return survey && canSee(visibilityOf(tx, principal), survey.userId) ? survey : undefined;
    },
    decide: (tx, before) => {
      const grade = surveyGrade(before, principal.id, input.penalty, surveySchemeOf(tx, before));
      if (!grade.ok) throw refusalError(grade);
      return grade.penalty;
    },
    update: (tx, before, penalty) => gradeSurvey(tx, before.id, before.version, { penalty, by: principal.id, at: new Date().toISOString() }),
  });
}
