import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { WEBHOOK_EVENTS } from '@fieldbeat/domain';
import { Type } from 'typebox';
import { writeAudit } from '../../db/repos/audit.js';
import { deleteWebhook, getWebhook, insertWebhook, listDeliveries, listWebhooks, type WebhookRow } from '../../db/repos/webhooks.js';
import { invalid, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, Nullable, problems } from '../../lib/schemas.js';
import { checkHost } from '../../webhooks/address-guard.js';

const Event = Type.Enum(WEBHOOK_EVENTS);

const WebhookCreate = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2000 }),
  events: Type.Array(Event, { minItems: 1, maxItems: WEBHOOK_EVENTS.length * 2 }),
  allowPrivateNetwork: Type.Optional(Type.Boolean({ description: 'allow loopback, link-local and private addresses (default false)' })),
});

const WebhookView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  allowPrivateNetwork: Type.Boolean(),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

const DeliveryView = Type.Object({
  id: Type.String(),
  event: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  createdAt: Type.String(),
  nextAttemptAt: Nullable(Type.String()),
  lastError: Nullable(Type.String()),
});

const view = (w: WebhookRow) => ({
  id: w.id,
  url: w.url,
  events: w.events,
  allowPrivateNetwork: w.allowPrivateNetwork,
  createdBy: w.createdBy,
  createdAt: w.createdAt,
});

/** Only http(s) URLs without credentials; the host must not be private unless allowed. */
async function checkUrl(raw: string, allowPrivateNetwork: boolean): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('/url', { en: 'must be an absolute http or https URL', 'zh-CN': '须为完整的 http 或 https 地址' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('/url', { en: 'must be an http or https URL', 'zh-CN': '须为 http 或 https 地址' });
  if (url.username || url.password) {
    throw invalid('/url', { en: 'must not carry credentials; verify deliveries by their signature', 'zh-CN': '不得包含用户名或密码；请用签名验证推送' });
  }
  url.hash = '';
  if (!allowPrivateNetwork) {
    const check = await checkHost(url.hostname);
    // A name that does not resolve now is accepted: every delivery checks the address it dials.
    if (!check.ok && check.reason === 'forbidden') {
      throw invalid('/url', {
        en: `resolves to ${check.address}, a loopback, link-local or private address; set allowPrivateNetwork to allow it`,
        'zh-CN': `解析为 ${check.address}，属于本机、链路本地或内网地址；如需允许请设置 allowPrivateNetwork`,
      });
    }
  }
  return url.toString();
}

/** Outgoing webhooks for third-party systems (apiclients.manage): registration and the delivery log. */
const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['webhooks'],
        description: 'Registered webhooks, newest first: by creation time, then id.',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(WebhookView), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'apiclients.manage');
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const result = page(listWebhooks(app.db, { limit, before }), limit, newestKey);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
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
      requirePermission(request.principal, 'apiclients.manage');
      const allowPrivateNetwork = request.body.allowPrivateNetwork ?? false;
      const url = await checkUrl(request.body.url, allowPrivateNetwork);
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      const row = app.db.transaction((tx) => {
        const created = insertWebhook(tx, {
          id: newId(),
          url,
          events: [...new Set(request.body.events)],
          secret,
          allowPrivateNetwork,
          createdBy: request.principal.id,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'webhook', entityId: created.id, after: created, requestId: request.id });
        return created;
      });
      return reply.code(201).send({ ...view(row), secret });
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
      requirePermission(request.principal, 'apiclients.manage');
      app.db.transaction((tx) => {
        const hook = getWebhook(tx, request.params.id);
        if (!hook) throw notFound('webhook');
        deleteWebhook(tx, hook.id, new Date().toISOString());
        writeAudit(tx, { ...actorOf(request.principal), action: 'delete', entity: 'webhook', entityId: hook.id, before: hook, requestId: request.id });
      });
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
        querystring: Type.Object(PageQuery),
        response: { 200: Page(DeliveryView), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requirePermission(request.principal, 'apiclients.manage');
      if (!getWebhook(app.db, request.params.id)) throw notFound('webhook');
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const rows = listDeliveries(app.db, { webhookId: request.params.id, limit, before });
      const result = page(rows, limit, newestKey);
      return {
        items: result.items.map((d) => ({
          id: d.id,
          event: d.event,
          status: d.status,
          attempts: d.attempts,
          responseStatus: d.responseStatus,
          createdAt: d.createdAt,
          nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
          lastError: d.lastError,
        })),
        nextCursor: result.nextCursor,
      };
    },
  );
};

export default webhookRoutes;
