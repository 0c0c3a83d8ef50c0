import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { Page } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import {
  DeliveryListQuery,
  DeliveryView,
  deliveryView,
  listRegisteredWebhooks,
  listWebhookDeliveries,
  registerWebhook,
  removeWebhook,
  WebhookCreate,
  WebhookListQuery,
  WebhookView,
  webhookView,
} from '../../services/webhooks/index.js';

/** Outgoing webhooks for third-party systems (apiclients.manage): registration and the delivery log. */
const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Registered webhooks, newest first: by creation time, then id.',
        querystring: WebhookListQuery,
        response: { 200: Page(WebhookView), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const result = listRegisteredWebhooks(app.db, callerOf(request), request.query);
      return { items: result.items.map(webhookView), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    {
      config: { shownOnce: { field: 'secret', idField: 'id' } },
      schema: {
        tags: ['webhooks'],
        description:
          'Registers an endpoint for the named events. The signing secret is in this answer only. Loopback, link-local and private addresses are refused (400) unless allowPrivateNetwork is true.',
        body: WebhookCreate,
        response: {
          201: Type.Object({ ...WebhookView.properties, secret: Type.String() }),
          ...problems(400, 401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { webhook, secret } = await registerWebhook(app.db, callerOf(request), request.body);
      return reply.code(201).send({ ...webhookView(webhook), secret });
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Stops deliveries to the endpoint; pending ones are marked failed.',
        params: Type.Object({ id: Id }),
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      removeWebhook(app.db, callerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:id/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        description: 'The delivery log, newest first (by creation time, then id): status pending (retrying), succeeded or failed, attempts, the last response status and error.',
        params: Type.Object({ id: Id }),
        querystring: DeliveryListQuery,
        response: { 200: Page(DeliveryView), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const result = listWebhookDeliveries(app.db, callerOf(request), request.params.id, request.query);
      return { items: result.items.map(deliveryView), nextCursor: result.nextCursor };
    },
  );
};

export default webhookRoutes;
