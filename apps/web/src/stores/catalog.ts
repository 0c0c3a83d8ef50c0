// The handbook's defaults apply until the organisation's settings arrive.
import { DEFAULT_SETTINGS } from '@fieldbeat/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api, ApiError } from '../api';
import { fetchAll } from '../api/lists';
import type { Product, Settings, Store } from '../api/types';
import { cacheKey, readCache, writeCache } from '../offline/cache';
import { useAuthStore } from './auth';

/** Pickers list master data by its business code (the API's lists are newest first). */
const byCode = new Intl.Collator('zh-CN', { numeric: true });
export function sortStores(list: Store[]): Store[] {
  return [...list].sort((a, b) => byCode.compare(a.code, b.code));
}
export function sortProducts(list: Product[]): Product[] {
  return [...list].sort((a, b) => byCode.compare(a.sku, b.sku));
}

/**
 * Master data the rep needs in the aisle: own stores, the products, the settings. Loaded
 * once per session, kept in IndexedDB and shown from there when offline
 * (stale-while-revalidate).
 */
export const useCatalogStore = defineStore('catalog', () => {
  const auth = useAuthStore();
  const stores = shallowRef<Store[]>([]);
  const products = shallowRef<Product[]>([]);
  const settings = ref<Settings>({ ...DEFAULT_SETTINGS });
  const loaded = ref(false);
  const loading = ref(false);
  const error = ref<unknown>(null);
  const cachedAt = ref<number | null>(null);
  let inflight: Promise<void> | null = null;

  const storeById = computed(() => new Map(stores.value.map((s) => [s.id, s])));
  const productById = computed(() => new Map(products.value.map((p) => [p.id, p])));

  async function fromCache(userId: string): Promise<void> {
    const [s, p, st] = await Promise.all([
      readCache<Store[]>(cacheKey(userId, '/stores')),
      readCache<Product[]>(cacheKey(userId, '/products')),
      readCache<Settings>(cacheKey(userId, '/settings')),
    ]);
    if (s && stores.value.length === 0) stores.value = sortStores(s.data);
    if (p && products.value.length === 0) products.value = sortProducts(p.data);
    if (st) settings.value = { ...DEFAULT_SETTINGS, ...st.data };
    if (s || p) cachedAt.value = Math.min(s?.savedAt ?? Infinity, p?.savedAt ?? Infinity);
    if (s && p) loaded.value = true;
  }

  async function load(force = false): Promise<void> {
    if (!auth.user) return;
    if (loaded.value && !force && cachedAt.value === null) return;
    if (inflight) return inflight;
    const userId = auth.user.id;
    inflight = (async () => {
      loading.value = true;
      error.value = null;
      try {
        if (!loaded.value) await fromCache(userId);
        const [s, p, st] = await Promise.all([
          fetchAll<Store>('/stores'),
          fetchAll<Product>('/products'),
          api.get<Settings>('/settings').catch((err) => {
            // Reading settings may need a permission a rep lacks: the defaults then apply.
            if (err instanceof ApiError && (err.status === 403 || err.status === 404)) return null;
            throw err;
          }),
        ]);
        stores.value = sortStores(s);
        products.value = sortProducts(p);
        if (st) settings.value = { ...DEFAULT_SETTINGS, ...st };
        loaded.value = true;
        cachedAt.value = null;
        void writeCache(cacheKey(userId, '/stores'), s);
        void writeCache(cacheKey(userId, '/products'), p);
        if (st) void writeCache(cacheKey(userId, '/settings'), st);
      } catch (err) {
        if (!loaded.value || !(err instanceof ApiError && err.isNetwork)) error.value = err;
      } finally {
        loading.value = false;
        inflight = null;
      }
    })();
    return inflight;
  }

  function reset(): void {
    stores.value = [];
    products.value = [];
    settings.value = { ...DEFAULT_SETTINGS };
    loaded.value = false;
    cachedAt.value = null;
  }

  return { stores, products, settings, loaded, loading, error, cachedAt, storeById, productById, load, reset };
});
