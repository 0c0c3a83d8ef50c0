import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common.js';

/** Who changed what, when: one row per state change, with before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    actorType: text('actor_type', { enum: ['user', 'client', 'system'] }).notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    requestId: text('request_id'),
  },
  (t) => [
    // GET /audit?entity=&entityId=
    index('audit_entity_idx').on(t.entity, t.entityId, t.id),
  ],
);

/** Stored responses of POSTs sent with an Idempotency-Key, per caller and key. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    caller: text('caller').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    bodyHash: text('body_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: text('response').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caller, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);
