import { randomBytes } from 'node:crypto';
import { Type, type Static } from 'typebox';
import type { Db, DbOrTx } from '../../db/client.js';
import { listAudit, writeAudit } from '../../db/repos/audit.js';
import { getApiClient, insertApiClient, listApiClients, revokeApiClient, type ApiClientRow } from '../../db/repos/auth.js';
import type { Caller } from '../../lib/caller.js';
import { notFound } from '../../lib/errors.js';
import { requireGrantable } from '../../lib/grants.js';
import { decodeCursor, page, PageQuery } from '../../lib/pagination.js';
import { hashSecret } from '../../lib/passwords.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { ActorRef, Nullable, PermissionSchema } from '../../lib/schemas.js';

/**
 * The platform: API clients for the client-credentials grant (apiclients.manage; the secret is
 * made here, stored hashed and answered once) and the audit trail (users.manage or settings.manage).
 */

export const ApiClientView = Type.Object({
  clientId: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String(),
});

export const ApiClientCreate = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  scopes: Type.Array(PermissionSchema, { maxItems: 50 }),
});

export const AuditView = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorType: Type.String(),
  actor: Nullable(ActorRef),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Nullable(Type.String()),
});

export const AuditQuery = Type.Object({
  ...PageQuery,
  entity: Type.Optional(Type.String({ maxLength: 64 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
});

export const apiClientView = (c: ApiClientRow): Static<typeof ApiClientView> => ({ clientId: c.clientId, name: c.name, scopes: c.scopes, createdAt: c.createdAt });

/** The active API clients (apiclients.manage), newest first, on one page. */
export function listRegisteredClients(db: DbOrTx, caller: Caller): ApiClientRow[] {
  requirePermission(caller.principal, 'apiclients.manage');
  return listApiClients(db);
}

/**
 * Registers a client (apiclients.manage) with scopes the caller may grant; the secret is hashed
 * before the transaction. Returns the row and the secret, which only this answer carries.
 */
export async function registerApiClient(db: Db, caller: Caller, body: Static<typeof ApiClientCreate>): Promise<{ client: ApiClientRow; clientSecret: string }> {
  const { principal } = caller;
  requirePermission(principal, 'apiclients.manage');
  requireGrantable(principal, body.scopes, '/scopes', 'the client');
  const clientId = `fbc_${randomBytes(9).toString('base64url')}`;
  const clientSecret = randomBytes(32).toString('base64url');
  const secretHash = await hashSecret(clientSecret);
  const client = db.transaction((tx) => {
    const created = insertApiClient(tx, {
      clientId,
      name: body.name,
      secretHash,
      scopes: [...new Set(body.scopes)],
      createdBy: principal.id,
      createdAt: new Date().toISOString(),
    });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'api_client', entityId: clientId, after: created, requestId: caller.requestId });
    return created;
  });
  return { client, clientSecret };
}

/** Revokes an active client (apiclients.manage; 404 for none or one revoked already). */
export function revokeClient(db: Db, caller: Caller, clientId: string): void {
  requirePermission(caller.principal, 'apiclients.manage');
  db.transaction((tx) => {
    const client = getApiClient(tx, clientId);
    if (!client || client.revokedAt) throw notFound('API client');
    revokeApiClient(tx, client.clientId, new Date().toISOString());
    writeAudit(tx, { ...actorOf(caller.principal), action: 'delete', entity: 'api_client', entityId: client.clientId, before: client, requestId: caller.requestId });
  });
}

/** One page of the audit trail (users.manage or settings.manage), newest first, by entity and id when asked. */
export function listAuditEntries(db: DbOrTx, caller: Caller, q: Static<typeof AuditQuery>) {
  requirePermission(caller.principal, 'users.manage', 'settings.manage');
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, ['number'])?.[0];
  const rows = listAudit(db, { entity: q.entity, entityId: q.entityId, limit, beforeId: before });
  const items = rows.map(({ actorName, ...r }) => ({ ...r, actor: r.actorId === null ? null : { id: r.actorId, name: actorName } }));
  return page(items, limit, (r) => [r.id]);
}
