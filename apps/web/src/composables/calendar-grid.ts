import { daysInMonth, isoWeekday, workingDaysInMonth, type WorkCalendar } from '@fieldbeat/domain';

/** A calendar as the editor changes it (the domain's type is read-only). */
export interface EditableCalendar {
  holidays: string[];
  workdays: string[];
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'makeup';

export interface DayCell {
  date: string;
  day: number;
  kind: DayKind;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What a day is in the calendar: a weekday, a weekend, a listed holiday, or a make-up working day (调休). */
export function dayKind(date: string, calendar: WorkCalendar): DayKind {
  if (calendar.workdays.includes(date)) return 'makeup';
  if (calendar.holidays.includes(date)) return 'holiday';
  return isoWeekday(date) >= 6 ? 'weekend' : 'working';
}

/** A month as weeks Monday..Sunday; days outside the month are null. */
export function monthGrid(year: number, month: number, calendar: WorkCalendar): (DayCell | null)[][] {
  const first = `${year}-${pad(month)}-01`;
  const lead = isoWeekday(first) - 1;
  const cells: (DayCell | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const date = `${year}-${pad(month)}-${pad(d)}`;
    cells.push({ date, day: d, kind: dayKind(date, calendar) });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (DayCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * One click on a day: a weekday becomes a holiday (and back); a weekend day becomes a
 * make-up working day (and back). A day is never in both lists.
 */
export function toggleDay(calendar: WorkCalendar, date: string): EditableCalendar {
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  if (isoWeekday(date) >= 6) {
    holidays.delete(date);
    if (workdays.has(date)) workdays.delete(date);
    else workdays.add(date);
  } else {
    workdays.delete(date);
    if (holidays.has(date)) holidays.delete(date);
    else holidays.add(date);
  }
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort() };
}

/** Marks every date of a range as a holiday (a public holiday spanning a week, 春节/国庆). */
export function markHolidays(calendar: WorkCalendar, dates: string[]): EditableCalendar {
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  for (const d of dates) {
    workdays.delete(d);
    holidays.add(d);
  }
  return { holidays: [...holidays].sort(), workdays: [...workdays].sort() };
}

export function workingDayCount(year: number, month: number, calendar: WorkCalendar): number {
  return workingDaysInMonth(`${year}-${pad(month)}`, calendar).length;
}
