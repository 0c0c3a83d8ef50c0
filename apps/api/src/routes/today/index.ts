import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isoWeekDates, isoWeekOf, isoWeekday, isWorkingDay, localDate, shiftDate } from '@fieldbeat/domain';
import { getSettings, workCalendar } from '../../db/repos/organisation.js';
import { openTasksOf } from '../../db/repos/tasks.js';
import { activeStores, lastVisitDates, visitDaysByStore } from '../../db/repos/visits.js';
import { getWorkLog } from '../../db/repos/work.js';
import { requireUser } from '../../lib/principal.js';
import { Nullable, problems } from '../../lib/schemas.js';
import { TaskView, taskView } from '../../services/tasks/index.js';

export const DUE_REASONS = ['key_short_of_weekly_visits', 'key_every_other_day', 'normal_not_visited_this_week'] as const;
export type DueReason = (typeof DUE_REASONS)[number];

interface StoreWeek {
  tier: 'key' | 'normal';
  /** Distinct visit days of the store this ISO week, up to today. */
  weekDays: string[];
  visitedYesterday: boolean;
}

/**
 * Why a store is due a visit today (R3, 拜访频率), or null. Key stores (重点门店): at least
 * `keyRequired` visit days a week, every other day (应隔一天拜访一次) — due when short of the
 * week's visits and today keeps the spacing (or the week has no other way to reach the
 * number), or, with the number reached, when the last visit was two or more days ago.
 * Normal stores (一般门店): due while short of their weekly visits.
 */
export function dueReason(
  s: StoreWeek,
  today: string,
  required: { key: number; normal: number },
): DueReason | null {
  if (s.weekDays.includes(today)) return null;
  if (s.tier === 'normal') return s.weekDays.length < required.normal ? 'normal_not_visited_this_week' : null;
  const needed = required.key - s.weekDays.length;
  if (needed > 0) {
    if (!s.visitedYesterday) return 'key_short_of_weekly_visits';
    // Days left after today, visited every other day from tomorrow: tomorrow, +2, +4 …
    const daysAfterToday = 7 - isoWeekday(today);
    return Math.ceil(daysAfterToday / 2) < needed ? 'key_short_of_weekly_visits' : null;
  }
  return s.visitedYesterday ? null : 'key_every_other_day';
}

const todayRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/today',
    {
      schema: {
        tags: ['work'],
        description:
          "The calling rep's day: own active stores due a visit (key stores short of their weekly visits or their every-other-day spacing, normal stores not yet visited this ISO week), open tasks, and whether today's work log is written.",
        response: {
          200: Type.Object({
            date: Type.String(),
            week: Type.String(),
            workingDay: Type.Boolean(),
            storesDue: Type.Array(
              Type.Object({
                storeId: Type.String(),
                code: Type.String(),
                name: Type.String(),
                tier: Type.Union([Type.Literal('key'), Type.Literal('normal')]),
                reason: Type.Enum([...DUE_REASONS]),
                visitDaysThisWeek: Type.Integer(),
                required: Type.Integer(),
                lastVisitDate: Nullable(Type.String()),
              }),
            ),
            tasks: Type.Array(TaskView),
            workLogWritten: Type.Boolean(),
          }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const me = requireUser(request.principal);
      const { settings } = getSettings(app.db);
      const date = localDate(new Date(), settings.timezone);
      const week = isoWeekOf(date);
      const monday = isoWeekDates(week)[0]!;
      const yesterday = shiftDate(date, -1);
      const stores = activeStores(app.db, [me.id]);
      const ids = stores.map((s) => s.id);
      const days = visitDaysByStore(app.db, ids, yesterday < monday ? yesterday : monday, date);
      const last = lastVisitDates(app.db, ids, date);
      const required = { key: settings.keyStoreVisitsPerWeek, normal: settings.normalStoreVisitsPerWeek };
      const storesDue = stores.flatMap((s) => {
        const all = days.get(s.id) ?? [];
        const weekDays = all.filter((d) => d >= monday);
        const reason = dueReason({ tier: s.tier, weekDays, visitedYesterday: all.includes(yesterday) }, date, required);
        if (!reason) return [];
        return [
          {
            storeId: s.id,
            code: s.code,
            name: s.name,
            tier: s.tier,
            reason,
            visitDaysThisWeek: weekDays.length,
            required: s.tier === 'key' ? required.key : required.normal,
            lastVisitDate: last.get(s.id) ?? null,
          },
        ];
      });
      // Key stores first, then by code.
      storesDue.sort((a, b) => (a.tier === b.tier ? a.code.localeCompare(b.code) : a.tier === 'key' ? -1 : 1));
      return {
        date,
        week,
        workingDay: isWorkingDay(date, workCalendar(app.db, [Number(date.slice(0, 4))])),
        storesDue,
        tasks: openTasksOf(app.db, me.id).map(taskView),
        workLogWritten: getWorkLog(app.db, me.id, date) !== undefined,
      };
    },
  );
};

export default todayRoutes;
