import { jest } from '@jest/globals';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client.js';
import { marketSurveys, returns, tasks, visitLines, visits, workLogs } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';
import { client, login, PASSWORD, type Client } from './helpers.js';

/*
 * Rows the scorecard and the reports read from other features' tables (work logs, surveys,
 * tasks, executed returns, visit lines), written straight to the database so a test controls
 * every timestamp exactly (a log submitted one second after the deadline, a task completed
 * late). The features' own endpoints are tested by their own suites.
 */

/** Only `Date` is faked: Fastify, argon2 and the test runner keep their real timers. */
export function freezeTime(iso: string): void {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

export function setTime(iso: string): void {
  jest.setSystemTime(new Date(iso));
}

export function realTime(): void {
  jest.useRealTimers();
}

/** Signs a seeded user in again (after the clock moved past the token's lifetime). */
export async function as(app: FastifyInstance, username: string): Promise<Client> {
  return client(app, await login(app, username, PASSWORD));
}

export function insertWorkLog(db: Db, row: { userId: string; date: string; submittedAt: string; vague?: boolean }): void {
  db.insert(workLogs)
    .values({
      userId: row.userId,
      date: row.date,
      content: `log of ${row.date}`,
      submittedAt: row.submittedAt,
      vagueFlaggedAt: row.vague ? row.submittedAt : null,
      vagueFlaggedBy: null,
      vagueNote: null,
    })
    .run();
}

export function insertSurvey(db: Db, row: { userId: string; month: string; submittedAt: string; penalty?: number | null }): void {
  db.insert(marketSurveys)
    .values({ id: newId(), userId: row.userId, month: row.month, content: 'survey', submittedAt: row.submittedAt, penalty: row.penalty ?? null })
    .run();
}

export function insertTask(
  db: Db,
  row: { assigneeId: string; dueAt: string; completedAt?: string | null; status: 'open' | 'done' | 'accepted' | 'failed'; scored?: boolean },
): void {
  db.insert(tasks)
    .values({
      id: newId(),
      title: 'task',
      description: 'do it',
      assigneeId: row.assigneeId,
      assignerId: null,
      dueAt: row.dueAt,
      status: row.status,
      completedAt: row.completedAt ?? null,
      source: 'manual',
      scored: row.scored ?? true,
      createdAt: new Date().toISOString(),
    })
    .run();
}

/** An executed return whose refund reduces the requester's collections in the month of `executedDate`. */
export function insertExecutedReturn(
  db: Db,
  row: { requesterId: string; storeId: string; productId: string; refundMinor: number; executedDate: string },
): void {
  db.insert(returns)
    .values({
      id: newId(),
      storeId: row.storeId,
      productId: row.productId,
      requesterId: row.requesterId,
      qty: 1,
      reason: 'quality_defect',
      requestDate: row.executedDate,
      status: 'executed',
      eligibility: { eligible: true },
      refundAmountMinor: row.refundMinor,
      executedAt: `${row.executedDate}T04:00:00.000Z`,
      executedDate: row.executedDate,
      bodyHash: newId(),
      createdAt: new Date().toISOString(),
    })
    .run();
}

export interface LineFixture {
  productId: string;
  orderQty?: number;
  soldQty?: number | null;
  issues?: string[];
}

/** One visit of a store by a rep on a date with its lines (the sales rollups follow by trigger). */
export function insertVisit(db: Db, v: { storeId: string; repId: string; date: string; lines: LineFixture[] }): string {
  const id = newId();
  const checkInAt = `${v.date}T02:00:00.000Z`;
  db.transaction((tx) => {
    tx.insert(visits)
      .values({ id, storeId: v.storeId, repId: v.repId, checkInAt, visitDate: v.date, issues: [], bodyHash: id, createdAt: checkInAt, lineCount: v.lines.length })
      .run();
    v.lines.forEach((l, i) =>
      tx
        .insert(visitLines)
        .values({
          visitId: id,
          lineNo: i,
          productId: l.productId,
          storeId: v.storeId,
          repId: v.repId,
          visitDate: v.date,
          checkInAt,
          shelfPriceMinor: 990,
          priceTagOk: !(l.issues ?? []).includes('price_tag_missing'),
          stockQty: 10,
          facings: 3,
          onPromo: false,
          orderQty: l.orderQty ?? 0,
          soldQty: l.soldQty ?? null,
          suggestion: { key: 'fixture', params: {} },
          issues: l.issues ?? [],
        })
        .run(),
    );
  });
  return id;
}
