import type { FieldError } from '../errors/domain-error.js';
import { isDate, isoWeekday, requireDate, shiftDate, type CalendarDate } from '../time/calendar-date.js';
import { monthDates, type Month } from '../time/month.js';
import { validationResult, isRecord, type ValidationResult } from '../shared/validation.js';
import { refuse, type Refusal } from '../shared/actor.js';

/**
 * The organisation's working-day calendar (configured per year, `PUT /calendar/{year}`):
 * Monday to Friday are working days, minus `holidays`, plus `workdays` — the make-up
 * working days (调休) that fall on weekends. A calendar may cover several years; combine
 * the stored years with `combineCalendars` when a computation crosses a year end.
 */
export interface WorkCalendar {
  holidays: readonly CalendarDate[];
  workdays: readonly CalendarDate[];
}

export const EMPTY_CALENDAR: WorkCalendar = { holidays: [], workdays: [] };

/** A make-up working day wins over a holiday listed on the same date (validation refuses that case anyway). */
export function isWorkingDay(date: CalendarDate, calendar: WorkCalendar): boolean {
  requireDate(date, 'date');
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return isoWeekday(date) <= 5;
}

/** The working days of `month`, in order, from `fromDate` (inclusive) when given — e.g. a user's start date. */
export function workingDaysInMonth(month: Month, calendar: WorkCalendar, fromDate?: CalendarDate): CalendarDate[] {
  if (fromDate !== undefined) requireDate(fromDate, 'fromDate');
  return monthDates(month).filter(
    (date) => (fromDate === undefined || date >= fromDate) && isWorkingDay(date, calendar),
  );
}

/** The n-th (1-based) working day of `month`, or null when the month has fewer than n. */
export function nthWorkingDay(month: Month, n: number, calendar: WorkCalendar): CalendarDate | null {
  if (!Number.isInteger(n) || n < 1) return null;
  return workingDaysInMonth(month, calendar)[n - 1] ?? null;
}

/**
 * The latest working day on or before `date` — the day a work log written now is most likely for
 * (on a Saturday, the Friday; after a holiday week, the last day before it). Looks back at most
 * 31 days and answers `date` itself when none is found (a calendar with no working day at all).
 */
export function latestWorkingDay(date: CalendarDate, calendar: WorkCalendar): CalendarDate {
  requireDate(date, 'date');
  for (let back = 0; back <= 31; back++) {
    const day = shiftDate(date, -back);
    if (isWorkingDay(day, calendar)) return day;
  }
  return date;
}

/** The union of several calendars (e.g. the stored 2026 and 2027 calendars). */
export function combineCalendars(...calendars: WorkCalendar[]): WorkCalendar {
  const holidays = new Set<CalendarDate>();
  const workdays = new Set<CalendarDate>();
  for (const calendar of calendars) {
    calendar.holidays.forEach((d) => holidays.add(d));
    calendar.workdays.forEach((d) => workdays.add(d));
  }
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort() };
}

/**
 * A year's calendar as an admin saves it (`PUT /calendar/{year}`): each list without repeats and
 * in order; every date inside `year` (the refusal names the item of the ordered list,
 * `/holidays/0`), and no date both a holiday and a make-up working day (`/workdays`).
 */
export function calendarYearWrite(
  year: number,
  input: WorkCalendar,
): { ok: true; calendar: { holidays: CalendarDate[]; workdays: CalendarDate[] } } | Refusal {
  const holidays = [...new Set(input.holidays)].sort();
  const workdays = [...new Set(input.workdays)].sort();
  for (const [field, list] of [['holidays', holidays], ['workdays', workdays]] as const) {
    const i = list.findIndex((date) => !date.startsWith(`${year}-`));
    if (i >= 0) return refuse('VALIDATION', `must be a date in ${year}`, { path: `/${field}/${i}` });
  }
  const both = holidays.find((date) => workdays.includes(date));
  if (both) return refuse('VALIDATION', `${both} cannot be both a holiday and a working day`, { path: '/workdays' });
  return { ok: true, calendar: { holidays, workdays } };
}

/**
 * Checks a calendar body (`PUT /calendar/{year}`): both lists hold valid dates, inside `year`
 * when given, no date twice and none in both lists. A make-up day on a weekday or a holiday
 * on a weekend changes nothing and is accepted: published schedules list such days.
 */
export function validateWorkCalendar(input: unknown, year?: number): ValidationResult {
  const errors: FieldError[] = [];
  if (!isRecord(input)) return validationResult([{ path: '', message: 'must be an object' }]);
  const seen = new Map<string, string>();
  for (const list of ['holidays', 'workdays'] as const) {
    const dates = input[list];
    if (!Array.isArray(dates)) {
      errors.push({ path: `/${list}`, message: 'must be an array of dates' });
      continue;
    }
    dates.forEach((date: unknown, i) => {
      const path = `/${list}/${i}`;
      if (!isDate(date)) errors.push({ path, message: 'must be a date YYYY-MM-DD' });
      else if (year !== undefined && Number(date.slice(0, 4)) !== year) {
        errors.push({ path, message: `must lie in ${year}` });
      } else if (seen.has(date)) {
        errors.push({ path, message: `${date} is already listed in ${seen.get(date)}` });
      } else seen.set(date, list);
    });
  }
  return validationResult(errors);
}
