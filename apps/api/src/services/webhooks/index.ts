import { randomBytes } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { WEBHOOK_EVENTS } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { deleteWebhook, getWebhook, insertWebhook, listDeliveries, listWebhooks, type DeliveryRow, type WebhookRow } from '../../db/repos/webhooks.js';
import type { Caller } from '../../lib/caller.js';
import { invalid, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Nullable } from '../../lib/schemas.js';
import { checkHost } from '../../webhooks/address-guard.js';

/**
 * Outgoing webhooks for third-party systems (apiclients.manage): registration, removal and the
 * delivery log. The signing secret is made here and answered once, at registration.
 */

const Event = Type.Enum(WEBHOOK_EVENTS);

export const WebhookCreate = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2000 }),
  events: Type.Array(Event, { minItems: 1, maxItems: WEBHOOK_EVENTS.length * 2 }),
  allowPrivateNetwork: Type.Optional(Type.Boolean({ description: 'allow loopback, link-local and private addresses (default false)' })),
});

export const WebhookView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  allowPrivateNetwork: Type.Boolean(),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const DeliveryView = Type.Object({
  id: Type.String(),
  event: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  responseStatus: Nullable(Type.Integer()),
  createdAt: Type.String(),
  nextAttemptAt: Nullable(Type.String()),
  lastError: Nullable(Type.String()),
});

export const WebhookListQuery = Type.Object(PageQuery);
export const DeliveryListQuery = Type.Object(PageQuery);

export const webhookView = (w: WebhookRow): Static<typeof WebhookView> => ({
  id: w.id,
  url: w.url,
  events: w.events,
  allowPrivateNetwork: w.allowPrivateNetwork,
  createdBy: w.createdBy,
  createdAt: w.createdAt,
});

/** A delivery as the log shows it: the next attempt only while it is still pending. */
export const deliveryView = (d: DeliveryRow): Static<typeof DeliveryView> => ({
  id: d.id,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  responseStatus: d.responseStatus,
  createdAt: d.createdAt,
  nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
  lastError: d.lastError,
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

/** One page of the registered webhooks (apiclients.manage), newest first. */
export function listRegisteredWebhooks(db: DbOrTx, caller: Caller, q: Static<typeof WebhookListQuery>) {
  requirePermission(caller.principal, 'apiclients.manage');
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, NEWEST_FIRST);
  return page(listWebhooks(db, { limit, before }), limit, newestKey);
}

/**
 * Registers an endpoint (apiclients.manage) for the named events, after the URL check (awaited
 * before the transaction: it may resolve the host). Returns the row and its signing secret, which
 * only this answer carries.
 */
export async function registerWebhook(db: Db, caller: Caller, body: Static<typeof WebhookCreate>): Promise<{ webhook: WebhookRow; secret: string }> {
  const { principal } = caller;
  requirePermission(principal, 'apiclients.manage');
  const allowPrivateNetwork = body.allowPrivateNetwork ?? false;
  const url = await checkUrl(body.url, allowPrivateNetwork);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const webhook = db.transaction((tx) => {
    const created = insertWebhook(tx, {
      id: newId(),
      url,
      events: [...new Set(body.events)],
      secret,
      allowPrivateNetwork,
      createdBy: principal.id,
      createdAt: new Date().toISOString(),
    });
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'webhook', entityId: created.id, after: created, requestId: caller.requestId });
    return created;
  });
  return { webhook, secret };
}

/** Stops deliveries to a registered endpoint (apiclients.manage; 404 otherwise); its pending ones are marked failed. */
export function removeWebhook(db: Db, caller: Caller, id: string): void {
  requirePermission(caller.principal, 'apiclients.manage');
  db.transaction((tx) => {
    const hook = getWebhook(tx, id);
    if (!hook) throw notFound('webhook');
    deleteWebhook(tx, hook.id, new Date().toISOString());
    writeAudit(tx, { ...actorOf(caller.principal), action: 'delete', entity: 'webhook', entityId: hook.id, before: hook, requestId: caller.requestId });
  });
}

/** One page of a registered endpoint's delivery log (apiclients.manage; 404 otherwise), newest first. */
export function listWebhookDeliveries(db: DbOrTx, caller: Caller, id: string, q: Static<typeof DeliveryListQuery>) {
  requirePermission(caller.principal, 'apiclients.manage');
  if (!getWebhook(db, id)) throw notFound('webhook');
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, NEWEST_FIRST);
  return page(listDeliveries(db, { webhookId: id, limit, before }), limit, newestKey);
}
