import { eq, inArray } from 'drizzle-orm';
import { DEFAULT_SETTINGS, type Settings, type WorkCalendar } from '@fieldbeat/domain';
import { connectionOf, type Connection, type DbOrTx } from '../client.js';
import { calendarYears, settings } from '../schema/index.js';
import { officialCalendarYear } from '../../lib/official-calendar.js';

/**
 * The settings are read by nearly every request (a visit reads them three times) and written
 * almost never, only through putSettings: kept per connection, dropped on every write.
 */
const settingsCache = new WeakMap<Connection, { settings: Settings; version: number }>();

export function getSettings(db: DbOrTx): { settings: Settings; version: number } {
  const sqlite = connectionOf(db);
  const cached = settingsCache.get(sqlite);
  if (cached) return { settings: { ...cached.settings }, version: cached.version };
  const row = db.select().from(settings).where(eq(settings.id, 1)).get();
  const loaded = row
    ? { settings: { ...DEFAULT_SETTINGS, ...(row.data as Partial<Settings>) }, version: row.version }
    : { settings: { ...DEFAULT_SETTINGS }, version: 0 };
  // Not inside a transaction: what it reads may still roll back.
  if (!sqlite.inTransaction) settingsCache.set(sqlite, loaded);
  return { settings: { ...loaded.settings }, version: loaded.version };
}

export function putSettings(db: DbOrTx, data: Settings, version: number): void {
  settingsCache.delete(connectionOf(db));
  const updatedAt = new Date().toISOString();
  db.insert(settings)
    .values({ id: 1, data, version, updatedAt })
    .onConflictDoUpdate({ target: settings.id, set: { data, version, updatedAt } })
    .run();
}

/**
 * A year's calendar: the organisation's own when it saved one (`source: 'organisation'`), else
 * the official schedule of that year (`'official'`, version 0), else no holidays (`'none'`).
 */
export function getCalendarYear(db: DbOrTx, year: number) {
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

export function putCalendarYear(db: DbOrTx, year: number, holidays: string[], workdays: string[], version: number) {
  const updatedAt = new Date().toISOString();
  db.insert(calendarYears)
    .values({ year, holidays, workdays, version, updatedAt })
    .onConflictDoUpdate({ target: calendarYears.year, set: { holidays, workdays, version, updatedAt } })
    .run();
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
