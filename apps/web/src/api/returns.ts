import { api, ApiError } from './index';
import type { Eligibility, Page, ReturnInput, ReturnRequest } from './types';
import { useAuthStore } from '../stores/auth';
import { useOutboxStore } from '../stores/outbox';

export type CreateReturnResult = { kind: 'stored'; value: ReturnRequest } | { kind: 'queued' };

/** Return requests (R2): list, server-side preview, create — offline creates go to the outbox (the outbox store). */

export async function list(status?: string): Promise<ReturnRequest[]> {
  const page = await api.get<Page<ReturnRequest>>('/returns', { query: { status, limit: 100 } });
  return page.items;
}

export function preview(body: ReturnInput): Promise<{ eligibility: Eligibility; status?: string }> {
  return api.post('/returns/preview', body);
}

/** With a client id, so a retry after a lost answer can never create a second return. */
export async function create(body: ReturnInput & { id: string }, title: string): Promise<CreateReturnResult> {
  try {
    return { kind: 'stored', value: await api.post<ReturnRequest>('/returns', body) };
  } catch (err) {
    const auth = useAuthStore();
    if (!(err instanceof ApiError && err.isNetwork) || !auth.user) throw err;
    await useOutboxStore().enqueue({
      kind: 'return',
      ownerId: auth.user.id,
      body: body as unknown as { id: string } & Record<string, unknown>,
      summary: { title, subtitle: `× ${body.qty}` },
    });
    return { kind: 'queued' };
  }
}
