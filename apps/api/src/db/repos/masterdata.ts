import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { perConnection } from '../prepared.js';
import { products, stores } from '../schema/index.js';
import { newestFirst, olderThan } from './newest-first.js';

export type StoreRow = typeof stores.$inferSelect;
export type ProductRow = typeof products.$inferSelect;

// Read by every visit, return and store request.
const storeById = perConnection((db) => db.select().from(stores).where(eq(stores.id, sql.placeholder('id'))).prepare());
export const getStore = (db: DbOrTx, id: string): StoreRow | undefined => storeById(db).get({ id });
export const getStoreByCode = (db: DbOrTx, code: string) =>
  db.select().from(stores).where(eq(stores.code, code)).get();

/** Newest first (created_at, then id), after the cursor's pair. */
export function listStores(
  db: DbOrTx,
  q: { limit: number; before?: readonly [string, string]; ownerIds?: string[]; status?: string; tier?: string },
): StoreRow[] {
  return db
    .select()
    .from(stores)
    .where(
      and(
        olderThan(stores.createdAt, stores.id, q.before),
        q.ownerIds ? inArray(stores.ownerId, q.ownerIds) : undefined,
        q.status ? eq(stores.status, q.status as StoreRow['status']) : undefined,
        q.tier ? eq(stores.tier, q.tier as StoreRow['tier']) : undefined,
      ),
    )
    .orderBy(...newestFirst(stores.createdAt, stores.id))
    .limit(q.limit + 1)
    .all();
}

export const insertStore = (db: DbOrTx, row: typeof stores.$inferInsert) =>
  db.insert(stores).values(row).returning().get();

/** Updates the store at `version` and bumps it; undefined when it is at another version (changed meanwhile). */
export const updateStore = (db: DbOrTx, id: string, version: number, patch: Partial<typeof stores.$inferInsert>): StoreRow | undefined =>
  db
    .update(stores)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(stores.id, id), eq(stores.version, version)))
    .returning()
    .get();

export const getProduct = (db: DbOrTx, id: string) => db.select().from(products).where(eq(products.id, id)).get();
export const getProductBySku = (db: DbOrTx, sku: string) =>
  db.select().from(products).where(eq(products.sku, sku)).get();
// A visit's 20 products: one statement for any number of ids (a JSON parameter).
const productsByIds = perConnection((db) =>
  db.select().from(products).where(sql`${products.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`).prepare(),
);
export const getProducts = (db: DbOrTx, ids: string[]): ProductRow[] => (ids.length ? productsByIds(db).all({ ids: JSON.stringify(ids) }) : []);

/** Newest first (created_at, then id), after the cursor's pair. */
export function listProducts(db: DbOrTx, q: { limit: number; before?: readonly [string, string]; category?: string }): ProductRow[] {
  return db
    .select()
    .from(products)
    .where(and(olderThan(products.createdAt, products.id, q.before), q.category ? eq(products.category, q.category) : undefined))
    .orderBy(...newestFirst(products.createdAt, products.id))
    .limit(q.limit + 1)
    .all();
}

export const insertProduct = (db: DbOrTx, row: typeof products.$inferInsert) =>
  db.insert(products).values(row).returning().get();

/** Updates the product at `version` and bumps it; undefined when it is at another version (changed meanwhile). */
export const updateProduct = (db: DbOrTx, id: string, version: number, patch: Partial<typeof products.$inferInsert>): ProductRow | undefined =>
  db
    .update(products)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(products.id, id), eq(products.version, version)))
    .returning()
    .get();
