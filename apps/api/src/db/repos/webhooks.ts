import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { webhookDeliveries, webhooks } from '../schema/index.js';
import { newestFirst, olderThan } from './newest-first.js';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export const insertWebhook = (db: DbOrTx, row: typeof webhooks.$inferInsert): WebhookRow =>
  db.insert(webhooks).values(row).returning().get();

/** A registered (not deleted) webhook. */
export const getWebhook = (db: DbOrTx, id: string): WebhookRow | undefined =>
  db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), isNull(webhooks.deletedAt)))
    .get();

/** Registered webhooks, newest first (created_at, then id), after the cursor's pair. */
export function listWebhooks(db: DbOrTx, q: { limit: number; before?: readonly [string, string] }): WebhookRow[] {
  return db
    .select()
    .from(webhooks)
    .where(and(isNull(webhooks.deletedAt), olderThan(webhooks.createdAt, webhooks.id, q.before)))
    .orderBy(...newestFirst(webhooks.createdAt, webhooks.id))
    .limit(q.limit + 1)
    .all();
}

/**
 * Deleting keeps the row (the delivery log refers to it) and gives up on its pending
 * deliveries: nobody is listening for them any more.
 */
export function deleteWebhook(db: DbOrTx, id: string, at: string): void {
  db.update(webhooks).set({ deletedAt: at }).where(eq(webhooks.id, id)).run();
  db.update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lastError: 'the webhook was deleted' })
    .where(and(eq(webhookDeliveries.webhookId, id), eq(webhookDeliveries.status, 'pending')))
    .run();
}

/** A webhook's deliveries, newest first (created_at, then id), after the cursor's pair. */
export function listDeliveries(db: DbOrTx, q: { webhookId: string; limit: number; before?: readonly [string, string] }): DeliveryRow[] {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, q.webhookId), olderThan(webhookDeliveries.createdAt, webhookDeliveries.id, q.before)))
    .orderBy(...newestFirst(webhookDeliveries.createdAt, webhookDeliveries.id))
    .limit(q.limit + 1)
    .all();
}

/** Pending deliveries whose next attempt is due, oldest first. */
export function dueDeliveries(db: DbOrTx, now: string, limit: number): DeliveryRow[] {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
    .limit(limit)
    .all();
}

/**
 * Claims a due delivery by pushing its next attempt to `leaseUntil`: only one dispatcher
 * wins the update, and a dispatcher that dies mid-delivery leaves it due again afterwards.
 */
export function claimDelivery(db: DbOrTx, id: string, now: string, leaseUntil: string): boolean {
  return (
    db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: leaseUntil })
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
      .run().changes === 1
  );
}

export function recordAttempt(
  db: DbOrTx,
  id: string,
  result: {
    status: DeliveryRow['status'];
    attempts: number;
    nextAttemptAt: string | null;
    responseStatus: number | null;
    lastError: string | null;
  },
): void {
  // Only while still pending: a webhook deleted meanwhile has already failed its deliveries.
  db.update(webhookDeliveries)
    .set(result)
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending')))
    .run();
}
