import type { StoreDue } from '../api/types';
import type { OutboxItem } from '../offline/outbox';
import { dateInZone } from './format';

/** A stop of Today's route: still due, visited on this phone and waiting to sync, or visited and synced. */
export type StopState = 'due' | 'queued' | 'visited';

export interface TodayProgress<T extends StoreDue> {
  /** Still to visit, in the order given (the route). */
  due: T[];
  /** Listed as due by the last answer of /me/today, but visited today on this phone. */
  done: (T & { state: Exclude<StopState, 'due'> })[];
  /** Stores visited today on this phone (each once, however many visits), and how many of them wait to sync. */
  visitedToday: number;
  waiting: number;
}

/**
 * Today's stores against the visits captured on this phone (issue 13, item 25). The server
 * leaves a visited store out of /me/today, but a visit still in the outbox is unknown to it:
 * such a store counts as done, marked 待同步. After the sync the store is counted once —
 * by the outbox item (kept a week as synced) and never again by a reloaded /me/today, which
 * no longer lists it. A refused (failed) visit is not a visit: its store stays due.
 */
export function todayProgress<T extends StoreDue>(
  storesDue: readonly T[],
  items: readonly OutboxItem[],
  today: { date: string; timezone: string },
): TodayProgress<T> {
  const visited = new Map<string, Exclude<StopState, 'due'>>();
  for (const item of items) {
    if (item.kind !== 'visit' || item.status === 'failed') continue;
    const { storeId, checkInAt } = item.body as { storeId?: unknown; checkInAt?: unknown };
    if (typeof storeId !== 'string' || typeof checkInAt !== 'string') continue;
    const at = new Date(checkInAt);
    if (Number.isNaN(at.getTime()) || dateInZone(at, today.timezone) !== today.date) continue;
    // One store, several visits: it waits to sync while any of them does.
    if (visited.get(storeId) !== 'queued') visited.set(storeId, item.status === 'pending' ? 'queued' : 'visited');
  }
  const due: T[] = [];
  const done: TodayProgress<T>['done'] = [];
  for (const stop of storesDue) {
    const state = visited.get(stop.storeId);
    if (state) done.push({ ...stop, state });
    else due.push(stop);
  }
  const waiting = [...visited.values()].filter((s) => s === 'queued').length;
  return { due, done, visitedToday: visited.size, waiting };
}
