import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { products, stores } from '../schema/index.js';

export type StoreRow = typeof stores.$inferSelect;
export type ProductRow = typeof products.$inferSelect;

export const getStore = (db: DbOrTx, id: string) => db.select().from(stores).where(eq(stores.id, id)).get();
export const getStoreByCode = (db: DbOrTx, code: string) =>
  db.select().from(stores).where(eq(stores.code, code)).get();

export function listStores(
  db: DbOrTx,
  q: { limit: number; after?: string; ownerIds?: string[]; status?: string; tier?: string },
): StoreRow[] {
  return db
    .select()
    .from(stores)
    .where(
      and(
        q.after ? gt(stores.id, q.after) : undefined,
        q.ownerIds ? inArray(stores.ownerId, q.ownerIds) : undefined,
        q.status ? eq(stores.status, q.status as StoreRow['status']) : undefined,
        q.tier ? eq(stores.tier, q.tier as StoreRow['tier']) : undefined,
      ),
    )
    .orderBy(asc(stores.id))
    .limit(q.limit + 1)
    .all();
}

export const insertStore = (db: DbOrTx, row: typeof stores.$inferInsert) =>
  db.insert(stores).values(row).returning().get();

export const updateStore = (db: DbOrTx, id: string, patch: Partial<typeof stores.$inferInsert>) =>
  db.update(stores).set(patch).where(eq(stores.id, id)).returning().get();

export const getProduct = (db: DbOrTx, id: string) => db.select().from(products).where(eq(products.id, id)).get();
export const getProductBySku = (db: DbOrTx, sku: string) =>
  db.select().from(products).where(eq(products.sku, sku)).get();
export const getProducts = (db: DbOrTx, ids: string[]) =>
  ids.length ? db.select().from(products).where(inArray(products.id, ids)).all() : [];

export function listProducts(db: DbOrTx, q: { limit: number; after?: string; category?: string }): ProductRow[] {
  return db
    .select()
    .from(products)
    .where(and(q.after ? gt(products.id, q.after) : undefined, q.category ? eq(products.category, q.category) : undefined))
    .orderBy(asc(products.id))
    .limit(q.limit + 1)
    .all();
}

export const insertProduct = (db: DbOrTx, row: typeof products.$inferInsert) =>
  db.insert(products).values(row).returning().get();

export const updateProduct = (db: DbOrTx, id: string, patch: Partial<typeof products.$inferInsert>) =>
  db.update(products).set(patch).where(eq(products.id, id)).returning().get();
