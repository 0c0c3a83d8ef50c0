import { keepPreviousData, useQuery, useQueryClient, type QueryKey } from '@tanstack/vue-query';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError, describeError, type ErrorView } from '../api';
import { cacheKey, readCache, writeCache } from '../offline/cache';
import { useAuthStore } from '../stores/auth';

/** What the cache holds for a read: the answer, and when it is the phone's offline copy, the time it was saved. */
interface Answer<T> {
  value: T;
  savedAt: number | null;
}

export interface ApiQueryOptions<T> {
  /** The read's key (api/query-keys); a reactive getter, so a new key is a new read. `null`: nothing to read yet. */
  key: () => QueryKey | null;
  fetch: () => Promise<T>;
  /** Keep the last answer in IndexedDB and show it, flagged, when the network is gone (the rep's pages). */
  offline?: boolean;
  /** A form is bound to this read: only mounting and an explicit refetch bring a new answer, not a reconnect. */
  editing?: boolean;
}

export interface ApiQuery<T> {
  data: Readonly<Ref<T | null>>;
  /** A request is under way (the first one or a refresh; StateBlock keeps data on screen meanwhile). */
  loading: Readonly<Ref<boolean>>;
  error: Readonly<Ref<ErrorView | null>>;
  /** When the data shown is the phone's copy (offline), the time it was saved. */
  cachedAt: Readonly<Ref<number | null>>;
  /** Ask again now (the retry and reload buttons); writes invalidate keys instead (`useInvalidate`). */
  refetch: () => Promise<void>;
  /** Put a write's answer in the cache (the server answered with the new state). */
  setData: (value: T) => void;
}

/**
 * One server read through TanStack Vue Query — its cache, deduplication, stale-while-revalidate
 * and retry policy (api/query-client) — in the shape the pages show: data or null, loading, an
 * error already put in words, and the offline copy's time. Network errors while the data on
 * screen is this key's are not shown (the page keeps what it has, as offline).
 */
export function useApiQuery<T>(options: ApiQueryOptions<T>): ApiQuery<T> {
  const { t } = useI18n();
  const auth = useAuthStore();
  const client = useQueryClient();

  async function load(key: QueryKey): Promise<Answer<T>> {
    const copy = options.offline && auth.user ? cacheKey(auth.user.id, JSON.stringify(key)) : null;
    try {
      const value = await options.fetch();
      if (copy) void writeCache(copy, value);
      return { value, savedAt: null };
    } catch (err) {
      if (copy && err instanceof ApiError && err.isNetwork) {
        const hit = await readCache<T>(copy);
        if (hit) return { value: hit.data, savedAt: hit.savedAt };
      }
      throw err;
    }
  }

  const query = useQuery(() => {
    const key = options.key();
    return {
      queryKey: key ?? ['none'],
      enabled: key !== null,
      queryFn: () => load(key ?? []),
      // A new key (the next week, another store) keeps the previous answer on screen until its own arrives.
      placeholderData: keepPreviousData,
      shallow: true,
      refetchOnReconnect: !options.editing,
    };
  });

  const data = computed(() => (query.data.value?.value ?? null) as T | null);
  const cachedAt = computed(() => query.data.value?.savedAt ?? null);
  const error = computed(() => {
    const err = query.error.value;
    if (!err || query.isFetching.value) return null;
    if (err instanceof ApiError && err.isNetwork && query.data.value && !query.isPlaceholderData.value) return null;
    return describeError(err, t);
  });

  return {
    data,
    loading: query.isFetching,
    error,
    cachedAt,
    refetch: async () => {
      if (options.key() === null) return;
      await query.refetch();
    },
    setData: (value: T) => {
      const key = options.key();
      if (key) client.setQueryData<Answer<T>>(key, { value, savedAt: null });
    },
  };
}

/** After a write: mark these reads stale, refetching the ones on screen (resolves when they are back). */
export function useInvalidate(): (...keys: QueryKey[]) => Promise<void> {
  const client = useQueryClient();
  return async (...keys) => {
    await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
  };
}
