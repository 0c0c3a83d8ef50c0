import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { problems } from '../../lib/schemas.js';
import {
  Calendar,
  CalendarBody,
  calendarOfYear,
  calendarView,
  changeCalendarYear,
  changeSettings,
  currentSettings,
  SettingsBody,
  SettingsSchema,
} from '../../services/organisation/index.js';

const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    { schema: { tags: ['organisation'], response: { 200: SettingsSchema, ...problems(401) } } },
    async (_request, reply) => {
      return withEtag(reply, currentSettings(app.db), (row) => row.settings);
    },
  );

  app.put(
    '/settings',
    {
      schema: {
        tags: ['organisation'],
        body: SettingsBody,
        response: { 200: SettingsSchema, ...problems(400, 401, 403, 409, 412) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, changeSettings(app.db, callerOf(request), request.body), (row) => row.settings);
    },
  );

  app.get(
    '/calendar/:year',
    { schema: { tags: ['organisation'], params: YearParams, response: { 200: Calendar, ...problems(400, 401) } } },
    async (request, reply) => {
      return withEtag(reply, calendarOfYear(app.db, request.params.year), calendarView);
    },
  );

  app.put(
    '/calendar/:year',
    {
      schema: {
        tags: ['organisation'],
        params: YearParams,
        body: CalendarBody,
        response: { 200: Calendar, ...problems(400, 401, 403, 409, 412) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, changeCalendarYear(app.db, callerOf(request), request.params.year, request.body), calendarView);
    },
  );
};

export default organisationRoutes;
