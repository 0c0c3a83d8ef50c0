import { isoWeekDates, isoWeekOf, shiftDate, shiftMonth } from '@fieldbeat/domain';

/** The ISO week `n` weeks from `week` (negative: earlier). */
export function shiftWeek(week: string, n: number): string {
  return isoWeekOf(shiftDate(isoWeekDates(week)[0]!, n * 7));
}

/** The `count` weeks ending with `week`, oldest first. */
export function weeksEnding(week: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftWeek(week, i - count + 1));
}

/** From the first of the month to `today` (month to date), the sales report's default range. */
export function monthToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

/** First and last day of a month, for lists filtered by date range. */
export function monthRange(month: string): { from: string; to: string } {
  const next = shiftMonth(month, 1);
  return { from: `${month}-01`, to: shiftDate(`${next}-01`, -1) };
}
