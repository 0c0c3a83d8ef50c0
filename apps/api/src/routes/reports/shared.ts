import { daysBetween } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { allUserIds, type RepFilter } from '../../db/repos/reports.js';
import { visibilityOf } from '../../db/repos/visibility.js';
import { invalid } from '../../lib/errors.js';
import type { Principal } from '../../lib/principal.js';

/** The longest range a report covers: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  from: string;
  to: string;
  days: number;
}

/** `from..to`, both inclusive; `to` before `from` or a range over MAX_RANGE_DAYS is a 400. */
export function dateRange(from: string, to: string): DateRange {
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw invalid('/query/to', 'must not be before from');
  if (days > MAX_RANGE_DAYS) throw invalid('/query/to', `the range may cover at most ${MAX_RANGE_DAYS} days`);
  return { from, to, days };
}

/**
 * Whose visits a caller's reports count: everyone's for admins and API clients, otherwise
 * their team's; expressed as the smaller of "these reps" and "everyone but these".
 */
export function repFilterFor(db: DbOrTx, principal: Principal): RepFilter {
  const visibility = visibilityOf(db, principal);
  if (visibility.all) return { kind: 'all' };
  const hidden = allUserIds(db).filter((id) => !visibility.userIds.has(id));
  return hidden.length < visibility.userIds.size ? { kind: 'except', repIds: hidden } : { kind: 'only', repIds: [...visibility.userIds] };
}

/** The same as an explicit list (undefined: everyone), for queries that only filter. */
export function visibleRepIds(db: DbOrTx, principal: Principal): string[] | undefined {
  const visibility = visibilityOf(db, principal);
  return visibility.all ? undefined : [...visibility.userIds];
}
