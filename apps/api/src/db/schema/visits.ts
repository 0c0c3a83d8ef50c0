import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common.js';
import { PHOTO_KINDS } from './photo-kinds.js';
import { products, stores } from './masterdata.js';
import { users } from './users.js';

/** One 重新定位 fix as visits.relocations stores it: UTC time, distance from the store at the time. */
export interface StoredRelocation {
  lat: number;
  lng: number;
  accuracy: number | null;
  at: string;
  distanceMeters: number | null;
}

export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    repId: text('rep_id')
      .notNull()
      .references(() => users.id),
    checkInAt: text('check_in_at').notNull(),
    /** The check-in's calendar date in the organisation's time zone. */
    visitDate: text('visit_date').notNull(),
    checkOutAt: text('check_out_at'),
    lat: real('lat'),
    lng: real('lng'),
    accuracy: real('accuracy'),
    distanceMeters: real('distance_meters'),
    issues: text('issues', { mode: 'json' }).$type<string[]>().notNull(),
    competitorNotes: text('competitor_notes'),
    promoterNotes: text('promoter_notes'),
    storeOpinion: text('store_opinion'),
    repSuggestion: text('rep_suggestion'),
    signedBy: text('signed_by'),
    /** Hash of the submitted body: a replay with the same id must carry the same body. */
    bodyHash: text('body_hash').notNull(),
    createdAt: createdAt(),
    /** How many lines: written with the visit (its lines are insert-only), read by the visit list. */
    lineCount: integer('line_count').notNull().default(0),
    /** How many photos: kept by triggers on photos (migration 0003), read by the visit list. */
    photoCount: integer('photo_count').notNull().default(0),
    /** 重新定位 fixes after the check-in, oldest first (null: none); history only, never the geofence. */
    relocations: text('relocations', { mode: 'json' }).$type<StoredRelocation[]>(),
  },
  (t) => [
    // a store's history, newest first: with the id, a page of the list is read from the index alone
    index('visits_store_checkin_id_idx').on(t.storeId, t.checkInAt, t.id),
    // a rep's visits, newest first (same)
    index('visits_rep_checkin_id_idx').on(t.repId, t.checkInAt, t.id),
    // everyone's visits, newest first (admins, API clients)
    index('visits_checkin_id_idx').on(t.checkInAt, t.id),
    // weekly compliance: distinct visit days per store
    index('visits_date_store_idx').on(t.visitDate, t.storeId),
  ],
);

export const visitLines = sqliteTable(
  'visit_lines',
  {
    visitId: text('visit_id')
      .notNull()
      .references(() => visits.id),
    lineNo: integer('line_no').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    // Denormalised from the visit so that sales aggregates read one indexed table.
    storeId: text('store_id').notNull(),
    repId: text('rep_id').notNull(),
    visitDate: text('visit_date').notNull(),
    checkInAt: text('check_in_at').notNull(),
    shelfPriceMinor: integer('shelf_price_minor').notNull(),
    priceTagOk: integer('price_tag_ok', { mode: 'boolean' }).notNull(),
    stockQty: integer('stock_qty').notNull(),
    productionDate: text('production_date'),
    shelfLayer: text('shelf_layer'),
    facings: integer('facings').notNull(),
    onPromo: integer('on_promo', { mode: 'boolean' }).notNull(),
    promoType: text('promo_type'),
    promoStart: text('promo_start'),
    promoEnd: text('promo_end'),
    orderQty: integer('order_qty').notNull(),
    suggestedOrderQty: integer('suggested_order_qty'),
    /** R1 sell-out since the previous count (null without history). */
    soldQty: integer('sold_qty'),
    suggestion: text('suggestion', { mode: 'json' }).notNull(),
    issues: text('issues', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.visitId, t.lineNo] }),
    // R1: the latest earlier count of one product in one store
    index('visit_lines_store_product_checkin_idx').on(t.storeId, t.productId, t.checkInAt),
    // sales report by date range, grouped by product / store / rep
    index('visit_lines_date_product_idx').on(t.visitDate, t.productId),
  ],
);

export const photos = sqliteTable(
  'photos',
  {
    id: text('id').primaryKey(),
    visitId: text('visit_id')
      .notNull()
      .references(() => visits.id),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    /** shelf, or the store's signature: stored alike, only shelf photos count (visits.photo_count). */
    kind: text('kind', { enum: PHOTO_KINDS }).notNull().default('shelf'),
    path: text('path').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  // the same bytes on another visit are flagged
  (t) => [index('photos_sha_idx').on(t.sha256), index('photos_visit_idx').on(t.visitId)],
);
