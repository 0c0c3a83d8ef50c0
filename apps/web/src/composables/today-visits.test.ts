import { describe, expect, it } from '@jest/globals';
import type { StoreDue } from '../api/types';
import type { OutboxItem } from '../offline/outbox';
import { todayProgress } from './today-visits';

const TODAY = { date: '2026-11-02', timezone: 'Asia/Shanghai' };
const stop = (storeId: string): StoreDue => ({
  storeId,
  code: `S-${storeId}`,
  name: `Store ${storeId}`,
  tier: 'normal',
  reason: 'normal_not_visited_this_week',
  visitDaysThisWeek: 0,
  required: 1,
  lastVisitDate: null,
});

function visit(id: string, storeId: string, checkInAt: string, status: OutboxItem['status'] = 'pending'): OutboxItem {
  return {
    id,
    kind: 'visit',
    ownerId: 'rep-1',
    body: { id, storeId, checkInAt, lines: [] },
    summary: { title: storeId },
    photos: [],
    status,
    stored: status === 'synced',
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: 0,
    syncedAt: status === 'synced' ? 1 : null,
    lastError: null,
    result: null,
  };
}

describe('Today counts a visit still in the outbox as done', () => {
  it('a store whose visit of today waits to sync is done (待同步), not due', () => {
    const p = todayProgress([stop('a'), stop('b'), stop('c')], [visit('v1', 'b', '2026-11-02T01:00:00Z')], TODAY);
    expect(p.due.map((s) => s.storeId)).toEqual(['a', 'c']);
    expect(p.done).toEqual([{ ...stop('b'), state: 'queued' }]);
    expect(p).toMatchObject({ visitedToday: 1, waiting: 1 });
  });

  it('counts the store once when it syncs, whether /me/today still lists it or not', () => {
    const queued = [visit('v1', 'b', '2026-11-02T01:00:00Z')];
    const synced = [visit('v1', 'b', '2026-11-02T01:00:00Z', 'synced')];
    // The answer of /me/today from before the sync still lists b.
    const before = todayProgress([stop('a'), stop('b')], synced, TODAY);
    expect(before.done).toEqual([{ ...stop('b'), state: 'visited' }]);
    expect(before).toMatchObject({ visitedToday: 1, waiting: 0 });
    // Reloaded after the sync, the server leaves b out: still one visited store, not two, and none due twice.
    const after = todayProgress([stop('a')], synced, TODAY);
    expect(after).toMatchObject({ due: [stop('a')], done: [], visitedToday: 1, waiting: 0 });
    expect(todayProgress([stop('a'), stop('b')], queued, TODAY).visitedToday).toBe(1);
  });

  it('two visits of one store are one store; it waits while any of them does', () => {
    const p = todayProgress(
      [stop('b')],
      [visit('v1', 'b', '2026-11-02T01:00:00Z', 'synced'), visit('v2', 'b', '2026-11-02T06:00:00Z')],
      TODAY,
    );
    expect(p.done).toEqual([{ ...stop('b'), state: 'queued' }]);
    expect(p).toMatchObject({ visitedToday: 1, waiting: 1 });
  });

  it("takes the check-in's date in the organisation's time zone, not UTC's", () => {
    // 2026-11-01T16:30Z is 00:30 on 2 November in Shanghai; 2026-11-02T16:30Z is already the 3rd.
    const p = todayProgress(
      [stop('a'), stop('b')],
      [visit('v1', 'a', '2026-11-01T16:30:00Z'), visit('v2', 'b', '2026-11-02T16:30:00Z')],
      TODAY,
    );
    expect(p.due.map((s) => s.storeId)).toEqual(['b']);
    expect(p.done.map((s) => s.storeId)).toEqual(['a']);
  });

  it('a refused visit, a return and a visit of another day leave the store due', () => {
    const ret = { ...visit('r1', 'a', '2026-11-02T01:00:00Z'), kind: 'return' as const };
    const p = todayProgress(
      [stop('a'), stop('b'), stop('c')],
      [ret, visit('v1', 'b', '2026-11-02T01:00:00Z', 'failed'), visit('v2', 'c', '2026-11-01T01:00:00Z')],
      TODAY,
    );
    expect(p.due.map((s) => s.storeId)).toEqual(['a', 'b', 'c']);
    expect(p).toMatchObject({ done: [], visitedToday: 0, waiting: 0 });
  });
});
