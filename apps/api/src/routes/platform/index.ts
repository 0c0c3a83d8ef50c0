import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { Page } from '../../lib/pagination.js';
import { problems } from '../../lib/schemas.js';
import {
  ApiClientCreate,
  ApiClientView,
  apiClientView,
  AuditQuery,
  AuditView,
  listAuditEntries,
  listRegisteredClients,
  registerApiClient,
  revokeClient,
} from '../../services/platform/index.js';

const platformRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api-clients',
    { schema: { tags: ['platform'], response: { 200: Page(ApiClientView), ...problems(401, 403) } } },
    async (request) => ({ items: listRegisteredClients(app.db, callerOf(request)).map(apiClientView), nextCursor: null }),
  );

  app.post(
    '/api-clients',
    {
      config: { shownOnce: { field: 'clientSecret', idField: 'clientId' } },
      schema: {
        tags: ['platform'],
        description: 'Registers a client for the client-credentials grant. The secret is shown once.',
        body: ApiClientCreate,
        response: {
          201: Type.Object({ ...ApiClientView.properties, clientSecret: Type.String() }),
          ...problems(400, 401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { client, clientSecret } = await registerApiClient(app.db, callerOf(request), request.body);
      return reply.code(201).send({ ...apiClientView(client), clientSecret });
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
      revokeClient(app.db, callerOf(request), request.params.clientId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/audit',
    {
      schema: {
        tags: ['platform'],
        querystring: AuditQuery,
        response: { 200: Page(AuditView), ...problems(400, 401, 403) },
      },
    },
    async (request) => listAuditEntries(app.db, callerOf(request), request.query),
  );
};

export default platformRoutes;
