import { api, type Versioned } from './index';
import type { Product, ProductInput, StoreFull, StoreInput } from './types';
import { fetchAll } from './lists';

export type { ProductInput, StoreInput };

const ifMatch = (etag: string | null | undefined): Record<string, string> => (etag ? { 'If-Match': etag } : {});

/** Stores and products as the admin maintains them (masterdata.manage). */
export const stores = () => fetchAll<StoreFull>('/stores');
export const store = (id: string) => api.requestVersioned<StoreFull>('GET', `/stores/${encodeURIComponent(id)}`);
export const createStore = (body: StoreInput, key: string) => api.post<StoreFull>('/stores', body, { idempotencyKey: key });
export const updateStore = (id: string, patch: Partial<StoreInput>, etag: string | null): Promise<Versioned<StoreFull>> =>
  api.requestVersioned<StoreFull>('PATCH', `/stores/${encodeURIComponent(id)}`, { body: patch, headers: ifMatch(etag) });

export const products = () => fetchAll<Product>('/products');
export const createProduct = (body: ProductInput, key: string) => api.post<Product>('/products', body, { idempotencyKey: key });
export const updateProduct = (id: string, patch: Partial<ProductInput>, version?: number) =>
  api.patch<Product>(`/products/${encodeURIComponent(id)}`, patch, { headers: ifMatch(version ? `"v${version}"` : null) });
