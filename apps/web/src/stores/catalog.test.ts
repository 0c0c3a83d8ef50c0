import type { Product, Store } from '../api/types';
import { sortProducts, sortStores } from './catalog';

// The API lists stores and products newest first; the pickers list them by business code,
// with numbers in codes compared as numbers (S2 before S10).
test('pickers list stores and products by code, numbers as numbers', () => {
  const stores = [{ code: 'S10', name: 'c' }, { code: 'S2', name: 'b' }, { code: 'S1', name: 'a' }] as Store[];
  expect(sortStores(stores).map((s) => s.code)).toEqual(['S1', 'S2', 'S10']);
  expect(stores.map((s) => s.code)).toEqual(['S10', 'S2', 'S1']);
  const products = [{ sku: 'SKU-020' }, { sku: 'SKU-003' }, { sku: 'SKU-100' }] as Product[];
  expect(sortProducts(products).map((p) => p.sku)).toEqual(['SKU-003', 'SKU-020', 'SKU-100']);
});
