import { defineStore } from 'pinia';
import { api, type Versioned } from '../api';
import type { Product, ProductInput, StoreFull, StoreInput } from '../api/types';
import { fetchAll } from './catalog';

export type { ProductInput, StoreInput };

const ifMatch = (etag: string | null | undefined): Record<string, string> => (etag ? { 'If-Match': etag } : {});

/** Stores and products as the admin maintains them (masterdata.manage). */
export const useMasterdataStore = defineStore('masterdata', () => {
  const stores = () => fetchAll<StoreFull>('/stores');
  const store = (id: string) => api.requestVersioned<StoreFull>('GET', `/stores/${encodeURIComponent(id)}`);
  const createStore = (body: StoreInput, key: string) => api.post<StoreFull>('/stores', body, { idempotencyKey: key });
  const updateStore = (id: string, patch: Partial<StoreInput>, etag: string | null): Promise<Versioned<StoreFull>> =>
    api.requestVersioned<StoreFull>('PATCH', `/stores/${encodeURIComponent(id)}`, { body: patch, headers: ifMatch(etag) });

  const products = () => fetchAll<Product>('/products');
  const createProduct = (body: ProductInput, key: string) => api.post<Product>('/products', body, { idempotencyKey: key });
  const updateProduct = (id: string, patch: Partial<ProductInput>, version?: number) =>
    api.patch<Product>(`/products/${encodeURIComponent(id)}`, patch, { headers: ifMatch(version ? `"v${version}"` : null) });

  return { stores, store, createStore, updateStore, products, createProduct, updateProduct };
});
