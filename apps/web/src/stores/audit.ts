import { defineStore } from 'pinia';
import { api } from '../api';
import type { AuditEntry, Page } from '../api/types';

/** The audit trail (who changed what, when, before and after), page by page. */
export const useAuditStore = defineStore('audit', () => {
  const page = (filter: { entity?: string; entityId?: string }, cursor: string | null) =>
    api.get<Page<AuditEntry>>('/audit', { query: { entity: filter.entity || undefined, entityId: filter.entityId || undefined, limit: 100, cursor } });
  return { page };
});
