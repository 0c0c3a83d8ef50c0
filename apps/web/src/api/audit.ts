import { api } from './index';
import type { AuditEntry, Page } from './types';

/** The audit trail (who changed what, when, before and after), page by page. */
export const page = (filter: { entity?: string; entityId?: string }, cursor: string | null) =>
  api.get<Page<AuditEntry>>('/audit', { query: { entity: filter.entity || undefined, entityId: filter.entityId || undefined, limit: 100, cursor } });
