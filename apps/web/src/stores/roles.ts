import { defineStore } from 'pinia';
import { api, type Versioned } from '../api';
import type { Page, Role, RoleInput } from '../api/types';
import { fetchAll } from './catalog';

/** Role definitions (岗位说明书, R6): every save is a new version; the history is kept. */
export const useRolesStore = defineStore('roles', () => {
  const list = () => fetchAll<Role>('/roles');

  const get = (code: string): Promise<Versioned<Role>> => api.requestVersioned<Role>('GET', `/roles/${encodeURIComponent(code)}`);

  const create = (role: RoleInput, idempotencyKey: string): Promise<Role> => api.post<Role>('/roles', role, { idempotencyKey });

  /** A new version; with the ETag read, a save over someone else's newer version is 412. */
  const save = (code: string, role: RoleInput, etag: string | null): Promise<Versioned<Role>> =>
    api.requestVersioned<Role>('PUT', `/roles/${encodeURIComponent(code)}`, { body: role, headers: etag ? { 'If-Match': etag } : {} });

  /** Every version, newest first. */
  async function versions(code: string): Promise<Role[]> {
    const items: Role[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Role> = await api.get<Page<Role>>(`/roles/${encodeURIComponent(code)}/versions`, { query: { limit: 200, cursor } });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items.sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
  }

  return { list, get, create, save, versions };
});
