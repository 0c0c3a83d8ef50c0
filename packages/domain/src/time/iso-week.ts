import { DomainError } from '../errors/domain-error.js';
import {
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  isoWeekday,
  requireDate,
  type CalendarDate,
} from './calendar-date.js';

/** An ISO 8601 week `YYYY-Www` (Monday to Sunday; week 1 holds the year's first Thursday). */
export type IsoWeek = string;

const WEEK_TEXT = /^(\d{4})-W(\d{2})$/;

/** The ISO week of a date. Early January may belong to the previous week-year, late December to the next. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const n = dayNumber(requireDate(date, 'date'));
  const thursday = n - isoWeekday(date) + 4; // the week belongs to the year of its Thursday
  const weekYear = Number(dateOfDayNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - dayNumberOf(weekYear, 1, 1)) / 7) + 1;
  return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** 52 or 53: a year has 53 ISO weeks when 28 December lies in week 53 (2026 does). */
export function isoWeeksInYear(year: number): number {
  return Number(isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).slice(6));
}

export function isIsoWeek(value: unknown): value is IsoWeek {
  if (typeof value !== 'string') return false;
  const match = WEEK_TEXT.exec(value);
  if (!match) return false;
  const [y, w] = [Number(match[1]), Number(match[2])];
  return y >= 1 && w >= 1 && w <= isoWeeksInYear(y);
}

/** The seven dates of an ISO week, Monday first. @throws DomainError VALIDATION for an invalid week. */
export function isoWeekDates(week: IsoWeek): CalendarDate[] {
  if (!isIsoWeek(week)) throw DomainError.invalid('week', 'must be an ISO week YYYY-Www');
  const [y, w] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const jan4 = `${week.slice(0, 4)}-01-04`; // 4 January is always in week 1
  const monday = dayNumberOf(y, 1, 4) - (isoWeekday(jan4) - 1) + (w - 1) * 7;
  return Array.from({ length: 7 }, (_, i) => dateOfDayNumber(monday + i));
}
