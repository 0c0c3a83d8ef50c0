import { workingDaysInMonth, type WorkCalendar } from '@fieldbeat/domain';

export type LogDayState = 'written' | 'vague' | 'missing' | 'upcoming';

export interface LogDay {
  date: string;
  state: LogDayState;
}

/**
 * One person's working days of a month against their logs (缺填1日扣1分, 含糊扣0.5分): each
 * working day from their start date is written, vague, missing, or still to come (today counts
 * as to come: the log can still be written).
 */
export function logCoverage(
  month: string,
  calendar: WorkCalendar,
  logs: readonly { date: string; vague: boolean }[],
  today: string,
  startDate?: string,
): LogDay[] {
  const byDate = new Map(logs.map((l) => [l.date, l]));
  return workingDaysInMonth(month, calendar, startDate && startDate > `${month}-01` ? startDate : undefined).map((date) => {
    const log = byDate.get(date);
    const state: LogDayState = log ? (log.vague ? 'vague' : 'written') : date >= today ? 'upcoming' : 'missing';
    return { date, state };
  });
}
