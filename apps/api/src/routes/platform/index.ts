import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listAudit, writeAudit } from '../../db/repos/audit.js';
import { getApiClient, insertApiClient, listApiClients, revokeApiClient } from '../../db/repos/auth.js';
import { notFound } from '../../lib/errors.js';
import { requireGrantable } from '../../lib/grants.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { hashSecret } from '../../lib/passwords.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { ActorRef, Nullable, PermissionSchema, problems } from '../../lib/schemas.js';

const ApiClientView = Type.Object({
  clientId: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String(),
});

const AuditView = Type.Object({
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

const platformRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api-clients',
    { schema: { tags: ['platform'], response: { 200: Page(ApiClientView), ...problems(401, 403) } } },
    async (request) => {
      requirePermission(request.principal, 'apiclients.manage');
      return { items: listApiClients(app.db), nextCursor: null };
    },
  );

  app.post(
    '/api-clients',
    {
      config: { shownOnce: { field: 'clientSecret', idField: 'clientId' } },
      schema: {
        tags: ['platform'],
        description: 'Registers a client for the client-credentials grant. The secret is shown once.',
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          scopes: Type.Array(PermissionSchema, { maxItems: 50 }),
        }),
        response: {
          201: Type.Object({ ...ApiClientView.properties, clientSecret: Type.String() }),
          ...problems(400, 401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'apiclients.manage');
      requireGrantable(request.principal, request.body.scopes, '/scopes', 'the client');
      const clientId = `fbc_${randomBytes(9).toString('base64url')}`;
      const clientSecret = randomBytes(32).toString('base64url');
      const secretHash = await hashSecret(clientSecret);
      const row = app.db.transaction((tx) => {
        const created = insertApiClient(tx, {
          clientId,
          name: request.body.name,
          secretHash,
          scopes: [...new Set(request.body.scopes)],
          createdBy: request.principal.id,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'api_client', entityId: clientId, after: created, requestId: request.id });
        return created;
      });
      return reply.code(201).send({ clientId, name: row.name, scopes: row.scopes, createdAt: row.createdAt, clientSecret });
    },
  );

  app.delete(
    '/api-clients/:clientId',
    {
      schema: {
        tags: ['platform'],
        params: Type.Object({ clientId: Type.String({ maxLength: 100 }) }),
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'apiclients.manage');
      app.db.transaction((tx) => {
        const client = getApiClient(tx, request.params.clientId);
        if (!client || client.revokedAt) throw notFound('API client');
        revokeApiClient(tx, client.clientId, new Date().toISOString());
        writeAudit(tx, { ...actorOf(request.principal), action: 'delete', entity: 'api_client', entityId: client.clientId, before: client, requestId: request.id });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/audit',
    {
      schema: {
        tags: ['platform'],
        querystring: Type.Object({
          ...PageQuery,
          entity: Type.Optional(Type.String({ maxLength: 64 })),
          entityId: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Page(AuditView), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'users.manage', 'settings.manage');
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, ['number'])?.[0];
      const rows = listAudit(app.db, { entity: request.query.entity, entityId: request.query.entityId, limit, beforeId: before });
      const items = rows.map(({ actorName, ...r }) => ({ ...r, actor: r.actorId === null ? null : { id: r.actorId, name: actorName } }));
      return page(items, limit, (r) => [r.id]);
    },
  );
};

export default platformRoutes;
