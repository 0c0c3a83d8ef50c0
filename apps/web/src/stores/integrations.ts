import { defineStore } from 'pinia';
import { api } from '../api';
import type { ApiClientCreated, ApiClientInfo, Page, Permission, Webhook, WebhookCreated, WebhookDelivery } from '../api/types';
import { fetchAll } from './catalog';

/** API clients (client credentials) and webhooks for third-party systems (apiclients.manage). */
export const useIntegrationsStore = defineStore('integrations', () => {
  const clients = () => fetchAll<ApiClientInfo>('/api-clients');
  /** The answer is the only time the secret is shown. */
  const createClient = (name: string, scopes: Permission[], key: string) => api.post<ApiClientCreated>('/api-clients', { name, scopes }, { idempotencyKey: key });
  const deleteClient = (clientId: string) => api.del(`/api-clients/${encodeURIComponent(clientId)}`);

  const webhooks = () => fetchAll<Webhook>('/webhooks');
  const createWebhook = (body: { url: string; events: string[]; allowPrivateNetwork?: boolean }, key: string) =>
    api.post<WebhookCreated>('/webhooks', body, { idempotencyKey: key });
  const deleteWebhook = (id: string) => api.del(`/webhooks/${encodeURIComponent(id)}`);
  const deliveries = async (id: string): Promise<WebhookDelivery[]> =>
    (await api.get<Page<WebhookDelivery>>(`/webhooks/${encodeURIComponent(id)}/deliveries`, { query: { limit: 100 } })).items;

  return { clients, createClient, deleteClient, webhooks, createWebhook, deleteWebhook, deliveries };
});
