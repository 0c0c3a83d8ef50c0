import { and, desc, eq, getTableColumns, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { statement } from '../prepared.js';
import { apiClients, auditLog, users } from '../schema/index.js';

const SECRET_FIELDS = new Set(['passwordHash', 'password', 'secretHash', 'secret', 'clientSecret', 'tokenHash']);

function copyRedacted(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(copyRedacted);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? '[redacted]' : copyRedacted(v)]),
  );
}

/** Whether a copy would differ: a secret field, or an undefined value (stored as null), anywhere. */
function needsCopy(value: unknown): boolean {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(needsCopy);
  for (const k in value as Record<string, unknown>) {
    if (SECRET_FIELDS.has(k) || needsCopy((value as Record<string, unknown>)[k])) return true;
  }
  return false;
}

/** Secrets replaced; most entries (a visit with its lines) have none and are stored as they are, uncopied. */
const redact = (value: unknown): unknown => (needsCopy(value) ? copyRedacted(value) : value);

export interface AuditEntry {
  actorId: string | null;
  actorType: 'user' | 'client' | 'system';
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

const INSERT_AUDIT = `INSERT INTO audit_log (at, actor_id, actor_type, action, entity, entity_id, before, after, request_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** As the schema's JSON columns store a value: JSON text, or NULL. */
const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * Records one state change; call it inside the transaction that makes the change. Every write
 * of the product runs this, so it is one statement prepared once per connection (the query
 * builder compiled the INSERT anew each time: a sixth of a visit sync).
 */
export function writeAudit(db: DbOrTx, e: AuditEntry): void {
  statement(db, INSERT_AUDIT).run(
    new Date().toISOString(),
    e.actorId,
    e.actorType,
    e.action,
    e.entity,
    e.entityId,
    jsonText(redact(e.before)),
    jsonText(redact(e.after)),
    e.requestId ?? null,
  );
}

export function listAudit(
  db: DbOrTx,
  q: { entity?: string; entityId?: string; limit: number; beforeId?: number },
) {
  const conds = [
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.beforeId !== undefined ? lt(auditLog.id, q.beforeId) : undefined,
  ];
  // The actor's name with the page (one join, not a lookup per row): a person's display name, a client's name.
  return db
    .select({ ...getTableColumns(auditLog), actorName: sql<string | null>`coalesce(${users.displayName}, ${apiClients.name})` })
    .from(auditLog)
    .leftJoin(users, and(eq(auditLog.actorType, 'user'), eq(users.id, auditLog.actorId)))
    .leftJoin(apiClients, and(eq(auditLog.actorType, 'client'), eq(apiClients.clientId, auditLog.actorId)))
    .where(and(...conds))
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1)
    .all();
}
