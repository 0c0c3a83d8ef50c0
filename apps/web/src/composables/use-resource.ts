import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError, describeError, type ErrorView } from '../api';
import { cacheKey, readCache, writeCache } from '../offline/cache';
import { useAuthStore } from '../stores/auth';

export interface ResourceOptions {
  /** Keep the last answer in IndexedDB and show it when the network is gone. */
  cache?: boolean;
  /** Re-run when this changes (query parameters). */
  watch?: WatchSource;
  immediate?: boolean;
}

export interface Resource<T> {
  data: Ref<T | null>;
  loading: Ref<boolean>;
  error: Ref<ErrorView | null>;
  /** When the data shown is a cached copy (offline), the time it was saved. */
  cachedAt: Ref<number | null>;
  reload: () => Promise<void>;
}

/**
 * Loading / error / cached-copy state for one read. Pages use it so every screen has the
 * same loading, empty, error and offline behaviour.
 */
export function useResource<T>(path: () => string | null, fetcher: () => Promise<T>, options: ResourceOptions = {}): Resource<T> {
  const { t } = useI18n();
  const auth = useAuthStore();
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const error = ref<ErrorView | null>(null);
  const cachedAt = ref<number | null>(null);
  let generation = 0;

  async function reload(): Promise<void> {
    const p = path();
    if (p === null) return;
    const mine = ++generation;
    const key = options.cache && auth.user ? cacheKey(auth.user.id, p) : null;
    loading.value = true;
    error.value = null;
    if (key && data.value === null) {
      const hit = await readCache<T>(key);
      if (hit && mine === generation && data.value === null) {
        data.value = hit.data;
        cachedAt.value = hit.savedAt;
      }
    }
    try {
      const fresh = await fetcher();
      if (mine !== generation) return;
      data.value = fresh;
      cachedAt.value = null;
      if (key) void writeCache(key, fresh);
    } catch (err) {
      if (mine !== generation) return;
      // Offline with a cached copy: show the copy, flagged, instead of an error.
      if (!(err instanceof ApiError && err.isNetwork && data.value !== null)) {
        error.value = describeError(err, t);
      }
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  if (options.watch) watch(options.watch, () => void reload());
  if (options.immediate !== false) void reload();
  return { data, loading, error, cachedAt, reload };
}
