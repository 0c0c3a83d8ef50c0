import type { WebhookEvent } from '@fieldbeat/domain';

/** The object an event is about, named by the event's first word: `return.created` → `return`. */
export type EventEntity<E extends WebhookEvent> = E extends `${infer K}.${string}` ? K : never;

/**
 * A delivery's `data` (docs/approvals.md "Deliveries"): the object as the API shows it under its
 * entity name, and who caused the event (`actorId`, null for the system), plus any event-specific
 * extras (`approvedBy`, `note`). Every event is built here, so the shape cannot differ per event.
 */
export type EventData<E extends WebhookEvent, X extends object = object> = X & { [K in EventEntity<E>]: object } & { actorId: string | null };

export function entityOf<E extends WebhookEvent>(event: E): EventEntity<E> {
  return event.slice(0, event.indexOf('.')) as EventEntity<E>;
}

export function eventData<E extends WebhookEvent, X extends object = object>(
  event: E,
  entity: object,
  actorId: string | null,
  extra?: X,
): EventData<E, X> {
  // the extras come first: they can never replace the object or the actor
  return { ...extra, [entityOf(event)]: entity, actorId } as EventData<E, X>;
}
