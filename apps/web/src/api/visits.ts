import { api, ApiError } from './index';
import type { Page, Visit, VisitInput } from './types';
import { cacheKey, readCache, writeCache } from '../offline/cache';
import { getDb, type DraftEntry } from '../offline/db';
import type { VisitPreview } from '../composables/server-check';
import { historyFromVisits, type StoreHistory } from '../composables/visit-history';
import { useAuthStore } from '../stores/auth';

export interface StoreHistoryResult {
  history: StoreHistory;
  /** Set when the numbers come from the phone's cache because the network is gone. */
  cachedAt: number | null;
}

/**
 * Visits: the previous numbers a new visit is compared with (cached per store for offline
 * use), the visit drafts in progress (IndexedDB, so a reload never loses a half-counted
 * shelf), and the server-side preview. Plain functions: the signed-in user is the auth store's.
 */

/**
 * R1 compares with "the previous visit of that store that counted that product", so read a
 * few recent visits and take, per product, the newest line.
 */
export async function loadHistory(storeId: string): Promise<StoreHistoryResult> {
  const auth = useAuthStore();
  const key = auth.user ? cacheKey(auth.user.id, `/visits?storeId=${storeId}`) : null;
  try {
    const page = await api.get<Page<Visit>>('/visits', { query: { storeId, limit: 10, include: 'lines' } });
    if (key) void writeCache(key, page.items);
    return { history: historyFromVisits(page.items), cachedAt: null };
  } catch (err) {
    if (key && err instanceof ApiError && err.isNetwork) {
      const hit = await readCache<Visit[]>(key);
      if (hit) return { history: historyFromVisits(hit.data), cachedAt: hit.savedAt };
      return { history: historyFromVisits([]), cachedAt: 0 };
    }
    throw err;
  }
}

/** Warms the cache for the stores of the day, so the aisle works without a network. */
export async function prefetchHistory(storeIds: string[]): Promise<void> {
  for (const id of storeIds.slice(0, 30)) {
    try {
      await loadHistory(id);
    } catch {
      return;
    }
  }
}

export async function listDrafts<T>(): Promise<DraftEntry<T>[]> {
  const auth = useAuthStore();
  if (!auth.user) return [];
  const db = await getDb();
  return (await db.getAllFromIndex('drafts', 'byOwner', auth.user.id)) as DraftEntry<T>[];
}

export async function saveDraft<T>(id: string, data: T): Promise<void> {
  const auth = useAuthStore();
  if (!auth.user) return;
  const db = await getDb();
  await db.put('drafts', { id, ownerId: auth.user.id, kind: 'visit', data, updatedAt: Date.now() });
}

export async function deleteDraft(id: string): Promise<void> {
  const db = await getDb();
  await db.delete('drafts', id);
}

/** The server's R1/R3 for the form as it stands, nothing stored (the "server check"). */
export function preview(body: VisitInput): Promise<VisitPreview> {
  return api.post<VisitPreview>('/visits/preview', body);
}
