import { DomainError, type FieldError } from '../errors/domain-error.js';
import { isWorkingDay, workingDaysInMonth, type WorkCalendar } from '../calendar/work-calendar.js';
import { isRecord } from '../shared/validation.js';
import { datesBetween, requireDate, type CalendarDate } from '../time/calendar-date.js';
import { isoWeekDates, isoWeekOf, isIsoWeek, type IsoWeek } from '../time/iso-week.js';
import { isMonth, monthOf, shiftMonth, type Month } from '../time/month.js';
import type { DutyCadence, DutyEvidence } from '../vocabulary/duty-cadences.js';

/** No month has more than 23 working days (31 days, 23 of them Monday..Friday, before make-up days). */
export const MAX_MONTHLY_WORKING_DAY = 23;

export function validateDutyCadence(input: unknown, path = ''): FieldError[] {
  if (!isRecord(input)) return [{ path, message: 'must be an object with a kind' }];
  switch (input.kind) {
    case 'daily':
      return [];
    case 'weekly':
      return Number.isInteger(input.weekday) && (input.weekday as number) >= 1 && (input.weekday as number) <= 7
        ? []
        : [{ path: `${path}/weekday`, message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' }];
    case 'monthly':
      return Number.isInteger(input.workingDay) && (input.workingDay as number) >= 1 && (input.workingDay as number) <= MAX_MONTHLY_WORKING_DAY
        ? []
        : [{ path: `${path}/workingDay`, message: `must be a working day number from 1 to ${MAX_MONTHLY_WORKING_DAY}` }];
    default:
      return [{ path: `${path}/kind`, message: 'must be daily, weekly or monthly' }];
  }
}

function requireCadence(cadence: DutyCadence): DutyCadence {
  const errors = validateDutyCadence(cadence, '/cadence');
  if (errors.length > 0) throw new DomainError('VALIDATION', 'The duty cadence is not valid', errors);
  return cadence;
}

/**
 * The period a generated checklist task belongs to, for deduplication (one task per duty,
 * user and period): daily -> the date (null on a non-working day), weekly -> the ISO week,
 * monthly -> the month.
 */
export function dutyPeriodKey(cadence: DutyCadence, date: CalendarDate, calendar: WorkCalendar): string | null {
  requireCadence(cadence);
  requireDate(date, 'date');
  if (cadence.kind === 'daily') return isWorkingDay(date, calendar) ? date : null;
  return cadence.kind === 'weekly' ? isoWeekOf(date) : monthOf(date);
}

/**
 * The one date in a period on which the duty is due, or null when the period has none.
 * - daily: the date itself, if it is a working day.
 * - weekly on weekday w: that day; if it is not a working day, the next working day of the
 *   same ISO week (none left: no task that week, e.g. a holiday week). A Saturday or Sunday
 *   duty (周六下午回公司开会) stays on its day unless that day is a listed holiday: the admin
 *   chose a weekend day on purpose.
 * - monthly on the n-th working day (每月第2个工作日): that day; a month with fewer working
 *   days uses its last one, so the duty still happens once a month.
 */
export function dutyDueDate(cadence: DutyCadence, periodKey: string, calendar: WorkCalendar): CalendarDate | null {
  requireCadence(cadence);
  if (cadence.kind === 'daily') return isWorkingDay(requireDate(periodKey, 'periodKey'), calendar) ? periodKey : null;
  if (cadence.kind === 'weekly') {
    if (!isIsoWeek(periodKey)) throw DomainError.invalid('periodKey', 'must be an ISO week YYYY-Www');
    const days = isoWeekDates(periodKey as IsoWeek).slice(cadence.weekday - 1);
    const named = days[0] as CalendarDate;
    if (cadence.weekday >= 6 && !calendar.holidays.includes(named)) return named;
    return days.find((d) => isWorkingDay(d, calendar)) ?? null;
  }
  if (!isMonth(periodKey)) throw DomainError.invalid('periodKey', 'must be a month YYYY-MM');
  const days = workingDaysInMonth(periodKey as Month, calendar);
  return days[Math.min(cadence.workingDay, days.length) - 1] ?? null;
}

/** Whether a task for the duty is due on `date`: generate it then, keyed by `dutyPeriodKey`. */
export function isDutyDueOn(cadence: DutyCadence, date: CalendarDate, calendar: WorkCalendar): boolean {
  const key = dutyPeriodKey(cadence, date, calendar);
  return key !== null && dutyDueDate(cadence, key, calendar) === date;
}

export interface DutyOccurrence {
  date: CalendarDate;
  periodKey: string;
}

/** Every due date from `from` to `to` (inclusive) with its period key: catch up on missed generation runs. */
export function dutyDueDates(cadence: DutyCadence, from: CalendarDate, to: CalendarDate, calendar: WorkCalendar): DutyOccurrence[] {
  requireCadence(cadence);
  const periodOf = (date: CalendarDate) =>
    cadence.kind === 'daily' ? date : cadence.kind === 'weekly' ? isoWeekOf(date) : monthOf(date);
  const periods = new Set(datesBetween(from, to).map(periodOf)); // one due date per period, computed once
  return [...periods].flatMap((periodKey) => {
    const date = dutyDueDate(cadence, periodKey, calendar);
    return date !== null && date >= from && date <= to ? [{ date, periodKey }] : [];
  });
}

/** The cadence of the duty each kind of evidence closes: a log is a day's, a survey a month's. */
export const DUTY_EVIDENCE_CADENCE: Record<DutyEvidence, DutyCadence['kind']> = {
  work_log: 'daily',
  market_survey: 'monthly',
};

/**
 * The period key of the duty task that a record of `evidence` closes: a work log closes its
 * day's task; a survey of month M is handed in by the 2nd working day of M + 1, so it closes
 * the task of M + 1 (报送市场调查表, due then).
 */
export function dutyEvidencePeriodKey(evidence: DutyEvidence, date: CalendarDate | Month): string {
  if (evidence === 'work_log') return requireDate(date, 'date');
  if (!isMonth(date)) throw new DomainError('VALIDATION', 'A survey is of a month', [{ path: 'month', message: 'must be YYYY-MM' }]);
  return shiftMonth(date, 1);
}

/** The inverse of `dutyEvidencePeriodKey`: the day of the log, or the month of the survey, that does a period's duty. */
export function dutyEvidenceDateOf(evidence: DutyEvidence, periodKey: string): string {
  return evidence === 'work_log' ? requireDate(periodKey, 'periodKey') : shiftMonth(periodKey, -1);
}

const TITLE_MAX = 24;

/**
 * A generated task's title (RULES R6): the duty's own `title`, else the heading the handbook
 * gives it (the text before its first colon, 工作日志：… → 工作日志), else its first clause,
 * shortened with … past 24 characters. The whole sentence stays the task's description.
 */
export function dutyTitle(duty: { text: string; title?: string | null }): string {
  const own = duty.title?.trim();
  if (own) return own;
  const text = duty.text.trim();
  const heading = /^([^：:。，,；;]{1,24})[：:]/.exec(text)?.[1];
  const clause = heading ?? text.split(/[。，,；;：:（(]/)[0]!.trim();
  const title = clause || text;
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}
