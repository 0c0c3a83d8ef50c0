import { isDate, shiftMonth } from '@fieldbeat/domain';
import { monthRange, monthToDate } from './periods';

/** A report's date range: valid dates, `from` not after `to` (the API judges the length). */
export function rangeError(from: string, to: string): 'dates' | 'order' | null {
  if (!isDate(from) || !isDate(to)) return 'dates';
  if (from > to) return 'order';
  return null;
}

/** Quick ranges a manager asks for: this month so far, last month, the last 30 days. */
export function quickRanges(today: string): { key: 'mtd' | 'lastMonth' | 'last30'; from: string; to: string }[] {
  const last = monthRange(shiftMonth(today.slice(0, 7), -1));
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 29);
  return [
    { key: 'mtd', ...monthToDate(today) },
    { key: 'lastMonth', ...last },
    { key: 'last30', from: d.toISOString().slice(0, 10), to: today },
  ];
}
