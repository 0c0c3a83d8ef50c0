import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { Page } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import {
  gradeVisibleSurvey,
  listVisibleSurveys,
  submitSurvey,
  SurveyBody,
  SurveyGradeBody,
  SurveyListQuery,
  SurveyView,
  surveyView,
  visibleSurvey,
} from '../../services/market-surveys/index.js';

const IdParams = Type.Object({ id: Id });

const surveyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['work'],
        description: 'The caller’s market survey (市场调查) for a month (not a future one); one per user and month, a second is 409.',
        body: SurveyBody,
        response: { 201: SurveyView, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply.code(201), submitSurvey(app.db, callerOf(request), request.body), surveyView);
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['work'],
        description: 'Surveys the caller may see (own, or the team’s), newest month first; `graded=false` lists those waiting for a grade.',
        querystring: SurveyListQuery,
        response: { 200: Page(SurveyView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const result = listVisibleSurveys(app.db, callerOf(request), request.query);
      return { items: result.items.map(surveyView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['work'], params: IdParams, response: { 200: SurveyView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, visibleSurvey(app.db, callerOf(request), request.params.id), surveyView);
    },
  );

  app.post(
    '/:id/grade',
    {
      schema: {
        tags: ['work'],
        description: 'A manager of the author (above them in the manager chain, or an admin; never the author) grades the survey: the points it costs, in half points from 0 to the author’s scoring scheme’s surveyMaxPenalty for that month (the handbook’s 5: 视填表质量扣0-5分). Grading again replaces the grade.',
        params: IdParams,
        body: SurveyGradeBody,
        response: { 200: SurveyView, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, gradeVisibleSurvey(app.db, callerOf(request), request.params.id, request.body), surveyView);
    },
  );
};

export default surveyRoutes;
