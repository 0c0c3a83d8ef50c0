import { isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { webhookDeliveries, webhooks } from '../schema/index.js';
import { newId } from '../../lib/ids.js';

/**
 * The transactional outbox: call inside the transaction that makes the change, so a
 * delivery exists exactly when the change does. The dispatcher sends it later; the
 * request that caused it never waits for a receiver.
 */
export function enqueueEvent(db: DbOrTx, event: string, data: unknown): void {
  const hooks = db.select().from(webhooks).where(isNull(webhooks.deletedAt)).all();
  const now = new Date().toISOString();
  for (const hook of hooks) {
    if (!hook.events.includes(event)) continue;
    const id = newId();
    db.insert(webhookDeliveries)
      .values({
        id,
        webhookId: hook.id,
        event,
        payload: JSON.stringify({ id, event, createdAt: now, data }),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      })
      .run();
  }
}
