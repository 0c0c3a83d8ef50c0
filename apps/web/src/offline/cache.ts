import { getDb, type CacheEntry } from './db';

/**
 * Last good answers of the reads a rep needs in a store aisle (stores, products, settings,
 * today, the previous visit of a store). Keys carry the user id so one phone shared by two
 * reps never shows one the other's data.
 */
export function cacheKey(userId: string, path: string): string {
  return `${userId}|${path}`;
}

export async function readCache<T>(key: string): Promise<CacheEntry<T> | null> {
  try {
    const db = await getDb();
    return ((await db.get('cache', key)) as CacheEntry<T> | undefined) ?? null;
  } catch {
    return null; // private mode or storage disabled: behave as online-only
  }
}

export async function writeCache<T>(key: string, data: T): Promise<void> {
  try {
    const db = await getDb();
    await db.put('cache', { key, data, savedAt: Date.now() });
  } catch {
    // Caching is an optimisation; a full disk must not break the screen.
  }
}

export async function clearUserCache(userId: string): Promise<void> {
  try {
    const db = await getDb();
    const tx = db.transaction('cache', 'readwrite');
    for (const key of await tx.store.getAllKeys()) {
      if (String(key).startsWith(`${userId}|`)) await tx.store.delete(key);
    }
    await tx.done;
  } catch {
    // nothing cached
  }
}
