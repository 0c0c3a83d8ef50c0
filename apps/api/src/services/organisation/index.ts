import { Type, type Static } from 'typebox';
import { calendarYearWrite, validateSettings, type Settings } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { getCalendarYear, getSettings, readStoredSettings, updateCalendarYear, updateSettings, type CalendarYear, type StoredSettings } from '../../db/repos/organisation.js';
import type { Caller } from '../../lib/caller.js';
import { ApiError } from '../../lib/errors.js';
import { requirePermission } from '../../lib/principal.js';
import { IsoDate } from '../../lib/schemas.js';
import { keyedVersionedUpdate } from '../../lib/versioned-update.js';
import { refusalError } from '../../lib/refusal.js';

/**
 * The organisation's settings and its working-day calendar: read by everyone signed in, written
 * with settings.manage through the versioned update (404 never, 412 for a stale If-Match, 409
 * when they changed between the read and the write).
 */

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
export const SettingsSchema = Type.Object({ ...SettingsFields, ...AnomalyMinimums });
// The two minimums came after the contract's eight keys: a client that PUTs back only those
// keeps the stored (or default) minimums.
export const SettingsBody = Type.Object({
  ...SettingsFields,
  anomalyMinUnits: Type.Optional(AnomalyMinimums.anomalyMinUnits),
  anomalyMinAmount: Type.Optional(AnomalyMinimums.anomalyMinAmount),
});

export const Calendar = Type.Object({
  year: Type.Integer(),
  holidays: Type.Array(IsoDate),
  workdays: Type.Array(IsoDate, { description: 'make-up working days (调休)' }),
  source: Type.Union([Type.Literal('organisation'), Type.Literal('official'), Type.Literal('none')], {
    description:
      "organisation: saved by the organisation; official: the State Council's published schedule (the default until the organisation saves its own); none: no schedule published for the year",
  }),
});
export const CalendarBody = Type.Object({
  holidays: Type.Array(IsoDate, { maxItems: 366 }),
  workdays: Type.Array(IsoDate, { maxItems: 366 }),
});

export const calendarView = (c: CalendarYear): Static<typeof Calendar> => ({ year: c.year, holidays: c.holidays, workdays: c.workdays, source: c.source });

/** The settings and their version (the ETag). */
export const currentSettings = (db: DbOrTx): StoredSettings => getSettings(db);

/**
 * New settings (settings.manage), valid by the domain's rules (400 naming the field), through the
 * versioned update; a body without the anomaly minimums keeps the stored ones.
 */
export function changeSettings(db: Db, caller: Caller, body: Static<typeof SettingsBody>): StoredSettings {
  requirePermission(caller.principal, 'settings.manage');
  const result = validateSettings(body);
  if (!result.ok) throw new ApiError('VALIDATION', 'The settings are not valid', result.errors);
  return keyedVersionedUpdate(db, caller, {
    entity: 'settings',
    // Past the cache: the version checked is the stored one.
    load: (tx) => readStoredSettings(tx),
    entityId: () => 'organisation',
    audited: (row) => row.settings,
    update: (tx, before) => {
      const next: Settings = {
        timezone: body.timezone,
        reorderFactor: body.reorderFactor,
        minFacings: body.minFacings,
        geofenceMeters: body.geofenceMeters,
        gmApprovalThreshold: body.gmApprovalThreshold,
        keyStoreVisitsPerWeek: body.keyStoreVisitsPerWeek,
        normalStoreVisitsPerWeek: body.normalStoreVisitsPerWeek,
        anomalyThresholdPct: body.anomalyThresholdPct,
        anomalyMinUnits: body.anomalyMinUnits ?? before.settings.anomalyMinUnits,
        anomalyMinAmount: body.anomalyMinAmount ?? before.settings.anomalyMinAmount,
      };
      return updateSettings(tx, before.version, next);
    },
  });
}

/** A year's calendar: the organisation's own, else the official schedule, else none. */
export const calendarOfYear = (db: DbOrTx, year: number): CalendarYear => getCalendarYear(db, year);

/**
 * The organisation's own calendar of `year` (settings.manage), as the domain's `calendarYearWrite`
 * accepts it (repeats dropped, in order, every date in that year, none both a holiday and a
 * working day); through the versioned update.
 */
export function changeCalendarYear(db: Db, caller: Caller, year: number, body: Static<typeof CalendarBody>): CalendarYear {
  requirePermission(caller.principal, 'settings.manage');
  const checked = calendarYearWrite(year, body);
  if (!checked.ok) throw refusalError(checked);
  const { holidays, workdays } = checked.calendar;
  return keyedVersionedUpdate(db, caller, {
    entity: 'calendar',
    load: (tx) => getCalendarYear(tx, year),
    entityId: (row) => String(row.year),
    audited: (row) => ({ holidays: row.holidays, workdays: row.workdays }),
    update: (tx, before) => updateCalendarYear(tx, year, before.version, holidays, workdays),
  });
}
