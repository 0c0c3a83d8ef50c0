import { DomainError } from '../errors/domain-error.js';

/**
 * Calendar dates (`YYYY-MM-DD`) as plain strings, with arithmetic on day numbers
 * (days since 1970-01-01). No `Date` object is involved, so the runtime's own time zone
 * can never shift a date, and years 0001..9999 behave (Date.UTC maps 0..99 to 19xx).
 */
export type CalendarDate = string;

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Dates already found valid: every rule checks its dates, a month's scorecards check the same few thousands. */
const knownDates = new Set<string>();

/** True for a real calendar date `YYYY-MM-DD` (2026-02-30 and 2026-13-01 are not). */
export function isDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  if (knownDates.has(value)) return true;
  const match = DATE_TEXT.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const valid = y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  if (valid) {
    if (knownDates.size >= 100_000) knownDates.clear();
    knownDates.add(value);
  }
  return valid;
}

/** @throws DomainError VALIDATION naming `path` unless `value` is a calendar date. */
export function requireDate(value: unknown, path: string): CalendarDate {
  if (!isDate(value)) throw DomainError.invalid(path, 'must be a date YYYY-MM-DD');
  return value;
}

// Howard Hinnant's days_from_civil / civil_from_days, proleptic Gregorian.
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dateOfDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatDate(year, month, day);
}

export function formatDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of a date; the caller has checked it with `isDate`/`requireDate`. */
export function dayNumber(date: CalendarDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The date `days` days after `date` (before, when negative). */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(requireDate(date, 'date')) + days);
}

/** Whole days from `from` to `to` (`to - from`): 2026-11-26 -> 2027-02-24 is 90. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(requireDate(to, 'to')) - dayNumber(requireDate(from, 'from'));
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  const n = dayNumber(requireDate(date, 'date'));
  return ((((n + 3) % 7) + 7) % 7) + 1; // day 0, 1970-01-01, was a Thursday
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const start = dayNumber(requireDate(from, 'from'));
  const end = dayNumber(requireDate(to, 'to'));
  const dates: CalendarDate[] = [];
  for (let n = start; n <= end; n += 1) dates.push(dateOfDayNumber(n));
  return dates;
}
