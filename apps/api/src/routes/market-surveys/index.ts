import { completeDutyTasksBy } from '../../jobs/duty-tasks.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { localDate, monthOf, surveyGrade, surveySubmission, withDefaultScoring, type RoleDefinition } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { roleVersionsInForce } from '../../db/repos/roles.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { getSurvey, gradeSurvey, insertSurvey, listSurveys, type SurveyRow } from '../../db/repos/work.js';
import { conflict, notFound } from '../../lib/errors.js';
import { refusalError } from '../../lib/refusal.js';
import { setEtag } from '../../lib/etag.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requireUser } from '../../lib/principal.js';
import { Id, IsoMonth, Nullable, problems } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';
import { callerOf } from '../../lib/caller.js';

/** The scoring scheme of the survey author's role version in force in the survey's month. */
function surveySchemeOf(db: Parameters<typeof getUser>[0], survey: SurveyRow) {
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

export const surveyView = (s: SurveyRow) => ({
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

const IdParams = Type.Object({ id: Id });

const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['work'],
        description: 'The caller’s market survey (市场调查) for a month (not a future one); one per user and month, a second is 409.',
        body: Type.Object({ month: IsoMonth, content: Type.String({ minLength: 1, maxLength: 50_000 }) }),
        response: { 201: SurveyView, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const me = requireUser(request.principal);
      const now = new Date();
      const { month, content } = request.body;
      const submission = surveySubmission(month, monthOf(localDate(now, getSettings(app.db).settings.timezone)));
      if (!submission.ok) throw refusalError(submission);
      const created = app.db.transaction((tx) => {
        const row = insertSurvey(tx, { id: newId(), userId: me.id, month, content, submittedAt: now.toISOString() });
        if (!row) throw conflict(`there is already a market survey for ${month}`);
        writeAudit(tx, { ...actorOf(me), action: 'create', entity: 'market_survey', entityId: row.id, after: row, requestId: request.id });
        completeDutyTasksBy(tx, 'market_survey', me, month, now);
        return row;
      });
      setEtag(reply, created.version);
      return reply.code(201).send(surveyView(created));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['work'],
        description: 'Surveys the caller may see (own, or the team’s), newest month first; `graded=false` lists those waiting for a grade.',
        querystring: Type.Object({ ...PageQuery, userId: Type.Optional(Id), month: Type.Optional(IsoMonth), graded: Type.Optional(Type.Boolean()) }),
        response: { 200: Page(SurveyView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const vis = visibilityOf(app.db, request.principal);
      if (q.userId && !canSee(vis, q.userId)) throw notFound('user');
      const limit = q.limit ?? 50;
      const cursor = decodeCursor(q.cursor, ['string', 'string']);
      const rows = listSurveys(app.db, {
        limit,
        before: cursor,
        userId: q.userId,
        month: q.month,
        graded: q.graded,
        userIds: visibleIds(vis),
      });
      const result = page(rows, limit, (s) => [s.month, s.id]);
      return { items: result.items.map(surveyView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['work'], params: IdParams, response: { 200: SurveyView, ...problems(401, 404) } } },
    async (request, reply) => {
      const survey = getSurvey(app.db, request.params.id);
      if (!survey || !canSee(visibilityOf(app.db, request.principal), survey.userId)) throw notFound('market survey');
      setEtag(reply, survey.version);
      return surveyView(survey);
    },
  );

  app.post(
    '/:id/grade',
    {
      schema: {
        tags: ['work'],
        description: 'A manager of the author (above them in the manager chain, or an admin; never the author) grades the survey: the points it costs, in half points from 0 to the author’s scoring scheme’s surveyMaxPenalty for that month (the handbook’s 5: 视填表质量扣0-5分). Grading again replaces the grade.',
        params: IdParams,
        // The most a grade costs is the author's scoring scheme's (surveyMaxPenalty, the handbook's 5):
        // checked in the handler; the schema bounds it by the largest a scheme may set.
        body: Type.Object({ penalty: Type.Number({ minimum: 0, maximum: 100, multipleOf: 0.5 }) }),
        response: { 200: SurveyView, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      // Only a manager in the chain grades; an API client is nobody's manager.
      requireUser(request.principal);
      const updated = versionedUpdate(app.db, callerOf(request), {
        entity: 'market_survey',
        action: 'grade',
        notFound: 'market survey',
        conflict: 'the survey changed meanwhile',
        load: (tx) => {
          const survey = getSurvey(tx, request.params.id);
          return survey && canSee(visibilityOf(tx, request.principal), survey.userId) ? survey : undefined;
        },
        decide: (tx, before) => {
          const grade = surveyGrade(before, request.principal.id, request.body.penalty, surveySchemeOf(tx, before));
          if (!grade.ok) throw refusalError(grade);
          return grade.penalty;
        },
        update: (tx, before, penalty) => gradeSurvey(tx, before.id, before.version, { penalty, by: request.principal.id, at: new Date().toISOString() }),
      });
      setEtag(reply, updated.version);
      return surveyView(updated);
    },
  );
};

export default surveyRoutes;
