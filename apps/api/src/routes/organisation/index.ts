import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { validateSettings, type Settings } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { getCalendarYear, getSettings, putCalendarYear, putSettings } from '../../db/repos/organisation.js';
import { ApiError, invalid } from '../../lib/errors.js';
import { checkIfMatch, setEtag } from '../../lib/etag.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { IsoDate, problems } from '../../lib/schemas.js';

const SettingsFields = {
  timezone: Type.String({ minLength: 1, maxLength: 64 }),
  reorderFactor: Type.Number({ exclusiveMinimum: 0, maximum: 10 }),
  minFacings: Type.Integer({ minimum: 0, maximum: 100 }),
  geofenceMeters: Type.Number({ minimum: 1, maximum: 100000 }),
  gmApprovalThreshold: Type.Number({ minimum: 0, maximum: 1e11 }),
  keyStoreVisitsPerWeek: Type.Integer({ minimum: 1, maximum: 7 }),
  normalStoreVisitsPerWeek: Type.Integer({ minimum: 1, maximum: 7 }),
  anomalyThresholdPct: Type.Number({ minimum: 0, maximum: 10000 }),
};
const AnomalyMinimums = {
  anomalyMinUnits: Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'sales report: units each period must reach before a change can be an anomaly (0: none)' }),
  anomalyMinAmount: Type.Number({ minimum: 0, maximum: 1e9, description: 'sales report: amount at supply price (major units) each period must reach (0: none)' }),
};
const SettingsSchema = Type.Object({ ...SettingsFields, ...AnomalyMinimums });
// The two minimums came after the contract's eight keys: a client that PUTs back only those
// keeps the stored (or default) minimums.
const SettingsBody = Type.Object({
  ...SettingsFields,
  anomalyMinUnits: Type.Optional(AnomalyMinimums.anomalyMinUnits),
  anomalyMinAmount: Type.Optional(AnomalyMinimums.anomalyMinAmount),
});

const Calendar = Type.Object({
  year: Type.Integer(),
  holidays: Type.Array(IsoDate),
  workdays: Type.Array(IsoDate, { description: 'make-up working days (调休)' }),
  source: Type.Union([Type.Literal('organisation'), Type.Literal('official'), Type.Literal('none')], {
    description:
      "organisation: saved by the organisation; official: the State Council's published schedule (the default until the organisation saves its own); none: no schedule published for the year",
  }),
});

const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/settings',
    { schema: { tags: ['organisation'], response: { 200: SettingsSchema, ...problems(401) } } },
    async (_request, reply) => {
      const { settings, version } = getSettings(app.db);
      setEtag(reply, version);
      return settings;
    },
  );

  app.put(
    '/settings',
    {
      schema: {
        tags: ['organisation'],
        body: SettingsBody,
        response: { 200: SettingsSchema, ...problems(400, 401, 403, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'settings.manage');
      const result = validateSettings(request.body);
      if (!result.ok) throw new ApiError('VALIDATION', 'The settings are not valid', result.errors);
      const { version, next } = app.db.transaction((tx) => {
        const current = getSettings(tx);
        checkIfMatch(request, current.version);
        const next: Settings = {
          timezone: request.body.timezone,
          reorderFactor: request.body.reorderFactor,
          minFacings: request.body.minFacings,
          geofenceMeters: request.body.geofenceMeters,
          gmApprovalThreshold: request.body.gmApprovalThreshold,
          keyStoreVisitsPerWeek: request.body.keyStoreVisitsPerWeek,
          normalStoreVisitsPerWeek: request.body.normalStoreVisitsPerWeek,
          anomalyThresholdPct: request.body.anomalyThresholdPct,
          anomalyMinUnits: request.body.anomalyMinUnits ?? current.settings.anomalyMinUnits,
          anomalyMinAmount: request.body.anomalyMinAmount ?? current.settings.anomalyMinAmount,
        };
        putSettings(tx, next, current.version + 1);
        writeAudit(tx, {
          ...actorOf(request.principal),
          action: 'update',
          entity: 'settings',
          entityId: 'organisation',
          before: current.settings,
          after: next,
          requestId: request.id,
        });
        return { version: current.version + 1, next };
      });
      setEtag(reply, version);
      return next;
    },
  );

  app.get(
    '/calendar/:year',
    { schema: { tags: ['organisation'], params: YearParams, response: { 200: Calendar, ...problems(400, 401) } } },
    async (request, reply) => {
      const row = getCalendarYear(app.db, request.params.year);
      setEtag(reply, row.version);
      return { year: row.year, holidays: row.holidays, workdays: row.workdays, source: row.source };
    },
  );

  app.put(
    '/calendar/:year',
    {
      schema: {
        tags: ['organisation'],
        params: YearParams,
        body: Type.Object({
          holidays: Type.Array(IsoDate, { maxItems: 366 }),
          workdays: Type.Array(IsoDate, { maxItems: 366 }),
        }),
        response: { 200: Calendar, ...problems(400, 401, 403, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'settings.manage');
      const { year } = request.params;
      const holidays = [...new Set(request.body.holidays)].sort();
      const workdays = [...new Set(request.body.workdays)].sort();
      for (const [field, list] of [['holidays', holidays], ['workdays', workdays]] as const) {
        list.forEach((d, i) => {
          if (!d.startsWith(`${year}-`)) throw invalid(`/${field}/${i}`, `must be a date in ${year}`);
        });
      }
      const both = holidays.find((d) => workdays.includes(d));
      if (both) throw invalid('/workdays', `${both} cannot be both a holiday and a working day`);
      const version = app.db.transaction((tx) => {
        const current = getCalendarYear(tx, year);
        checkIfMatch(request, current.version);
        putCalendarYear(tx, year, holidays, workdays, current.version + 1);
        writeAudit(tx, {
          ...actorOf(request.principal),
          action: 'update',
          entity: 'calendar',
          entityId: String(year),
          before: { holidays: current.holidays, workdays: current.workdays },
          after: { holidays, workdays },
          requestId: request.id,
        });
        return current.version + 1;
      });
      setEtag(reply, version);
      return { year, holidays, workdays, source: 'organisation' as const };
    },
  );
};

export default organisationRoutes;
