import { createRequire } from 'node:module';
import type { WorkCalendar } from '@fieldbeat/domain';

/**
 * The official Chinese public holidays and make-up working days (调休), as published each
 * November by the General Office of the State Council (国务院办公厅关于…部分节假日安排的通知,
 * e.g. https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm for 2026). The data is
 * the maintained npm package `chinese-days` (MIT, https://github.com/vsme/chinese-days), which
 * transcribes every notice since 2004; upgrading it brings a newly published year.
 * An organisation's own calendar for a year (`PUT /calendar/{year}`) replaces this default.
 */
interface ChineseDays {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDays;

function byYear(days: Record<string, string>): Map<number, string[]> {
  const years = new Map<number, string[]>();
  for (const date of Object.keys(days).sort()) {
    const year = Number(date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), date]);
  }
  return years;
}

const holidays = byYear(data.holidays);
const workdays = byYear(data.workdays);

/** The years the published schedules cover (2004 to the newest notice in the package). */
export const OFFICIAL_CALENDAR_YEARS: readonly number[] = [...holidays.keys()].sort((a, b) => a - b);

/** The official calendar of `year`, or null for a year with no published schedule (e.g. next year before November). */
export function officialCalendarYear(year: number): WorkCalendar | null {
  if (!holidays.has(year)) return null;
  return { holidays: [...(holidays.get(year) ?? [])], workdays: [...(workdays.get(year) ?? [])] };
}
