import { DomainError } from '../errors/domain-error.js';
import { requireMonth, shiftMonth, type Month } from '../time/month.js';
import { zonedEndOfDay, type Instant } from '../time/zoned-time.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { nthWorkingDay, type WorkCalendar } from './work-calendar.js';

/** 每月第2个工作日向经理报送: monthly paperwork is due on this working day of the next month. */
export const PAPERWORK_DEADLINE_WORKING_DAY = 2;

export interface MonthlyDeadline {
  /** The month the paperwork is about. */
  month: Month;
  /** The local date of the deadline: the 2nd working day of the next month. */
  date: CalendarDate;
  /** The last moment of that day (23:59:59.999 local) as an ISO instant in UTC; on time means `submittedAt <= deadlineAt`. */
  deadlineAt: Instant;
}

/**
 * The deadline for a month's work logs and market survey. Pass a calendar that covers the
 * next month too (December's deadline lies in January: combine both years' calendars).
 * @throws DomainError PRECONDITION_FAILED when the next month has fewer than 2 working days.
 */
export function monthlyDeadline(month: Month, calendar: WorkCalendar, timezone: string): MonthlyDeadline {
  requireMonth(month, 'month');
  const next = shiftMonth(month, 1);
  const date = nthWorkingDay(next, PAPERWORK_DEADLINE_WORKING_DAY, calendar);
  if (date === null) {
    throw new DomainError('PRECONDITION_FAILED', `${next} has fewer than ${PAPERWORK_DEADLINE_WORKING_DAY} working days in the calendar`);
  }
  return { month, date, deadlineAt: zonedEndOfDay(date, timezone) };
}
