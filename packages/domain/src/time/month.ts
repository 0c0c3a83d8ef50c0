import { DomainError } from '../errors/domain-error.js';
import { daysInMonth, formatDate, requireDate, type CalendarDate } from './calendar-date.js';

/** A calendar month `YYYY-MM`. */
export type Month = string;

const MONTH_TEXT = /^(\d{4})-(\d{2})$/;

export function isMonth(value: unknown): value is Month {
  if (typeof value !== 'string') return false;
  const match = MONTH_TEXT.exec(value);
  if (!match) return false;
  const [y, m] = [Number(match[1]), Number(match[2])];
  return y >= 1 && m >= 1 && m <= 12;
}

/** @throws DomainError VALIDATION naming `path` unless `value` is a month. */
export function requireMonth(value: unknown, path: string): Month {
  if (!isMonth(value)) throw DomainError.invalid(path, 'must be a month YYYY-MM');
  return value;
}

function parts(month: Month): [number, number] {
  requireMonth(month, 'month');
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** The month a date lies in: 2026-11-27 -> 2026-11. */
export function monthOf(date: CalendarDate): Month {
  return requireDate(date, 'date').slice(0, 7);
}

/** The month `n` months after `month` (before, when negative). */
export function shiftMonth(month: Month, n: number): Month {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

export function firstDateOfMonth(month: Month): CalendarDate {
  const [y, m] = parts(month);
  return formatDate(y, m, 1);
}

export function lastDateOfMonth(month: Month): CalendarDate {
  const [y, m] = parts(month);
  return formatDate(y, m, daysInMonth(y, m));
}

/** Every date of the month, in order: 2028-02 has 29. */
export function monthDates(month: Month): CalendarDate[] {
  const [y, m] = parts(month);
  return Array.from({ length: daysInMonth(y, m) }, (_, i) => formatDate(y, m, i + 1));
}
