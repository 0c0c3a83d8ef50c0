import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt, version } from './common.js';
import { users } from './users.js';

export interface StoreContact {
  name: string;
  title?: string;
  phone?: string;
  notes?: string;
}

export const stores = sqliteTable(
  'stores',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    address: text('address'),
    lat: real('lat'),
    lng: real('lng'),
    tier: text('tier', { enum: ['key', 'normal'] }).notNull(),
    channel: text('channel', { enum: ['ka', 'agent', 'wholesale', 'retail'] }).notNull(),
    status: text('status', { enum: ['active', 'closing', 'closed'] }).notNull(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id),
    region: text('region'),
    contacts: text('contacts', { mode: 'json' }).$type<StoreContact[]>().notNull(),
    profile: text('profile', { mode: 'json' }).$type<Record<string, string | number | boolean | null>>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // a rep's stores; compliance reports scan active stores; GET /stores newest first (created_at, id)
  (t) => [
    index('stores_created_idx').on(t.createdAt, t.id),
    index('stores_owner_created_idx').on(t.ownerId, t.createdAt, t.id),
    index('stores_status_created_idx').on(t.status, t.createdAt, t.id),
  ],
);

export const products = sqliteTable(
  'products',
  {
    id: text('id').primaryKey(),
    sku: text('sku').notNull().unique(),
    barcode: text('barcode'),
    name: text('name').notNull(),
    spec: text('spec'),
    unit: text('unit').notNull(),
    category: text('category'),
    brand: text('brand'),
    retailPriceMinor: integer('retail_price_minor').notNull(),
    supplyPriceMinor: integer('supply_price_minor').notNull(),
    shelfLifeDays: integer('shelf_life_days').notNull(),
    packSize: integer('pack_size').notNull().default(1),
    isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
    isNew: integer('is_new', { mode: 'boolean' }).notNull().default(false),
    clearanceFrom: text('clearance_from'),
    clearanceTo: text('clearance_to'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // GET /products newest first (created_at, id), also of one category
  (t) => [index('products_created_idx').on(t.createdAt, t.id), index('products_category_created_idx').on(t.category, t.createdAt, t.id)],
);
