import { api } from './index';
import type { ApiClientCreated, ApiClientInfo, Page, Permission, Webhook, WebhookCreated, WebhookDelivery } from './types';
import { fetchAll } from './lists';

/** API clients (client credentials) and webhooks for third-party systems (apiclients.manage). */
export const clients = () => fetchAll<ApiClientInfo>('/api-clients');
/** The answer is the only time the secret is shown. */
export const createClient = (name: string, scopes: Permission[], key: string) => api.post<ApiClientCreated>('/api-clients', { name, scopes }, { idempotencyKey: key });
export const deleteClient = (clientId: string) => api.del(`/api-clients/${encodeURIComponent(clientId)}`);

export const webhooks = () => fetchAll<Webhook>('/webhooks');
export const createWebhook = (body: { url: string; events: string[]; allowPrivateNetwork?: boolean }, key: string) =>
  api.post<WebhookCreated>('/webhooks', body, { idempotencyKey: key });
export const deleteWebhook = (id: string) => api.del(`/webhooks/${encodeURIComponent(id)}`);
export const deliveries = async (id: string): Promise<WebhookDelivery[]> =>
  (await api.get<Page<WebhookDelivery>>(`/webhooks/${encodeURIComponent(id)}/deliveries`, { query: { limit: 100 } })).items;
