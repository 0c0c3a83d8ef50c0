import type { DbOrTx } from '../client.js';
import { statement } from '../prepared.js';
import { webhookDeliveries } from '../schema/index.js';
import type { WebhookEvent } from '@fieldbeat/domain';
import { newId } from '../../lib/ids.js';
import { eventData } from '../../webhooks/events.js';

/** Every write with an event reads them (every visit sync): one statement prepared per connection. */
const ACTIVE_HOOKS = 'SELECT id, events FROM webhooks WHERE deleted_at IS NULL';

/**
 * The transactional outbox: call inside the transaction that makes the change, so a
 * delivery exists exactly when the change does. The dispatcher sends it later; the
 * request that caused it never waits for a receiver. `data` is always
 * `{<entity>: object, actorId, ...extra}` (webhooks/events.ts).
 */
export function enqueueEvent(db: DbOrTx, event: WebhookEvent, entity: object, actorId: string | null, extra?: object): void {
  const hooks = statement(db, ACTIVE_HOOKS).all() as { id: string; events: string }[];
  if (!hooks.length) return;
  const now = new Date().toISOString();
  const data = eventData(event, entity, actorId, extra);
  for (const hook of hooks) {
    if (!(JSON.parse(hook.events) as string[]).includes(event)) continue;
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
