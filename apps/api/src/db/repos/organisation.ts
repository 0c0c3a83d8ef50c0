import { eq, inArray } from 'drizzle-orm';
import { DEFAULT_SETTINGS, type Settings, type WorkCalendar } from '@fieldbeat/domain';
import type { DbOrTx } from '../client.js';
import { calendarYears, settings } from '../schema/index.js';

export function getSettings(db: DbOrTx): { settings: Settings; version: number } {
  const row = db.select().from(settings).where(eq(settings.id, 1)).get();
  if (!row) return { settings: { ...DEFAULT_SETTINGS }, version: 0 };
  return { settings: { ...DEFAULT_SETTINGS, ...(row.data as Partial<Settings>) }, version: row.version };
}

export function putSettings(db: DbOrTx, data: Settings, version: number): void {
  const updatedAt = new Date().toISOString();
  db.insert(settings)
    .values({ id: 1, data, version, updatedAt })
    .onConflictDoUpdate({ target: settings.id, set: { data, version, updatedAt } })
    .run();
}

export function getCalendarYear(db: DbOrTx, year: number) {
  const row = db.select().from(calendarYears).where(eq(calendarYears.year, year)).get();
  return row ?? { year, holidays: [] as string[], workdays: [] as string[], version: 0, updatedAt: null };
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
  return { holidays: rows.flatMap((r) => r.holidays), workdays: rows.flatMap((r) => r.workdays) };
}
