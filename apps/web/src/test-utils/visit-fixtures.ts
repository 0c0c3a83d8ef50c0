// Fixtures shared by the visit-form unit tests: a product, a previous count, the rule settings.
import type { Product } from '../api/types';
import type { LineHistory } from '../composables/visit-history';

/** A plain (not key, not new) product with a pack size of 1; `over` changes any field. */
export const productFixture = (over: Partial<Product> = {}): Product => ({
  id: 'p1',
  sku: `SKU-${over.id ?? 'p1'}`,
  name: `Product ${over.id ?? 'p1'}`,
  unit: 'bag',
  retailPrice: 7.5,
  supplyPrice: 5.2,
  shelfLifeDays: 270,
  packSize: 1,
  isKey: false,
  isNew: false,
  barcode: null,
  spec: null,
  category: null,
  brand: null,
  clearance: null,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 1,
  ...over,
});

/** The previous visit's count of a product: its stock and order. */
export const historyFixture = (prevStock: number, prevOrder: number): LineHistory => ({
  prevStock,
  prevOrder,
  facings: 4,
  shelfPrice: 7.5,
  visitedAt: '2026-11-20T09:00:00+08:00',
});

/** R1/R3 settings as the handbook sets them, on 26 Nov 2026. */
export const ruleContext = { settings: { reorderFactor: 1.5, minFacings: 3 }, visitDate: '2026-11-26' };
