import { api, type Versioned } from './index';
import type { Page, Role, RoleInput } from './types';
import { fetchAll } from './lists';

/** Role definitions (岗位说明书, R6): every save is a new version; the history is kept. */
export const list = () => fetchAll<Role>('/roles');

export const get = (code: string): Promise<Versioned<Role>> => api.requestVersioned<Role>('GET', `/roles/${encodeURIComponent(code)}`);

export const create = (role: RoleInput, idempotencyKey: string): Promise<Role> => api.post<Role>('/roles', role, { idempotencyKey });

/** A new version; with the ETag read, a save over someone else's newer version is 412. */
export const save = (code: string, role: RoleInput, etag: string | null): Promise<Versioned<Role>> =>
  api.requestVersioned<Role>('PUT', `/roles/${encodeURIComponent(code)}`, { body: role, headers: etag ? { 'If-Match': etag } : {} });

/** Every version, newest first. */
export async function versions(code: string): Promise<Role[]> {
  const items: Role[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Role> = await api.get<Page<Role>>(`/roles/${encodeURIComponent(code)}/versions`, { query: { limit: 200, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items.sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
}
