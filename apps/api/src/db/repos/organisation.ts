import { and, eq, inArray } from 'drizzle-orm';
import { DEFAULT_SETTINGS, type Settings, type WorkCalendar } from '@fieldbeat/domain';
import { connectionOf, type Connection, type DbOrTx } from '../client.js';
import { calendarYears, settings } from '../schema/index.js';
import { officialCalendarYear } from '../../lib/official-calendar.js';

/**
 * The settings are read by nearly every request (a visit reads them three times) and written
 * almost never, only through updateSettings: kept per connection, dropped on every write.
 */
const settingsCache = new WeakMap<Connection, { settings: Settings; version: number }>();

/** The settings and their version (0 while none are stored: the defaults). */
export interface StoredSettings {
  settings: Settings;
  version: number;
}

/** The settings as stored, past the cache: what a versioned update loads and checks. */
export function readStoredSettings(db: DbOrTx): StoredSettings {
  const row = db.select().from(settings).where(eq(settings.id, 1)).get();
  return row
    ? { settings: { ...DEFAULT_SETTINGS, ...(row.data as Partial<Settings>) }, version: row.version }
    : { settings: { ...DEFAULT_SETTINGS }, version: 0 };
}

export function getSettings(db: DbOrTx): StoredSettings {
  const sqlite = connectionOf(db);
  const cached = settingsCache.get(sqlite);
  if (cached) return { settings: { ...cached.settings }, version: cached.version };
  const loaded = readStoredSettings(db);
  // Not inside a transaction: what it reads may still roll back.
  if (!sqlite.inTransaction) settingsCache.set(sqlite, loaded);
  return { settings: { ...loaded.settings }, version: loaded.version };
}

/**
 * Stores the settings as version `before + 1`, only while the stored version is still `before`
 * (0: none stored yet, the row is inserted): undefined when they changed meanwhile (nothing
 * written). The cache is dropped either way.
 */
export function updateSettings(db: DbOrTx, before: number, data: Settings): StoredSettings | undefined {
  settingsCache.delete(connectionOf(db));
  const version = before + 1;
  const updatedAt = new Date().toISOString();
  const { changes } =
    before === 0
      ? db
          .insert(settings)
          .values({ id: 1, data, version, updatedAt })
          .onConflictDoUpdate({ target: settings.id, set: { data, version, updatedAt }, setWhere: eq(settings.version, 0) })
          .run()
      : db
          .update(settings)
          .set({ data, version, updatedAt })
          .where(and(eq(settings.id, 1), eq(settings.version, before)))
          .run();
  return changes === 1 ? { settings: { ...data }, version } : undefined;
}

/** A year's working-day calendar, and where it comes from. */
export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  /** 0 for a year the organisation never saved. */
  version: number;
  updatedAt: string | null;
  source: 'organisation' | 'official' | 'none';
}

/**
 * A year's calendar: the organisation's own when it saved one (`source: 'organisation'`), else
 * the official schedule of that year (`'official'`, version 0), else no holidays (`'none'`).
 */
export function getCalendarYear(db: DbOrTx, year: number): CalendarYear {
  const row = db.select().from(calendarYears).where(eq(calendarYears.year, year)).get();
  if (row) return { ...row, source: 'organisation' as const };
  const official = officialCalendarYear(year);
  return {
    year,
    holidays: [...(official?.holidays ?? [])],
    workdays: [...(official?.workdays ?? [])],
    version: 0,
    updatedAt: null,
    source: official ? ('official' as const) : ('none' as const),
  };
}

/**
 * Stores the organisation's own calendar of `year` as version `before + 1`, only while the stored
 * version is still `before` (0: the year was never saved, the row is inserted): undefined when it
 * changed meanwhile (nothing written).
 */
export function updateCalendarYear(db: DbOrTx, year: number, before: number, holidays: string[], workdays: string[]): CalendarYear | undefined {
  const version = before + 1;
  const updatedAt = new Date().toISOString();
  const { changes } =
    before === 0
      ? db
          .insert(calendarYears)
          .values({ year, holidays, workdays, version, updatedAt })
          .onConflictDoUpdate({ target: calendarYears.year, set: { holidays, workdays, version, updatedAt }, setWhere: eq(calendarYears.version, 0) })
          .run()
      : db
          .update(calendarYears)
          .set({ holidays, workdays, version, updatedAt })
          .where(and(eq(calendarYears.year, year), eq(calendarYears.version, before)))
          .run();
  return changes === 1 ? { year, holidays, workdays, version, updatedAt, source: 'organisation' } : undefined;
}

/** The working-day calendar across several years (a month's deadline may fall in the next year). */
export function workCalendar(db: DbOrTx, years: number[]): WorkCalendar {
  const rows = db.select().from(calendarYears).where(inArray(calendarYears.year, years)).all();
  const stored = new Map(rows.map((r) => [r.year, r]));
  const calendars = [...new Set(years)].map((year) => stored.get(year) ?? officialCalendarYear(year));
  return {
    holidays: calendars.flatMap((c) => c?.holidays ?? []),
    workdays: calendars.flatMap((c) => c?.workdays ?? []),
  };
}
