import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * Daily sales rollups of `visit_lines`, kept exact by SQLite triggers (migration
 * 0001_sales_rollups): every insert, update or delete of a visit line adds or subtracts its
 * order quantity, its order amount at the product's supply price of that moment, and its R1
 * sell-out. The sales report reads these instead of scanning a million lines per request;
 * nothing in the application writes them.
 */

const measures = {
  orderQty: integer('order_qty').notNull(),
  /** order_qty × the product's supply price (minor units) when the line was recorded. */
  orderAmountMinor: integer('order_amount_minor').notNull(),
  /** R1 `sold`: the sum of the lines' sold_qty (lines without history add nothing). */
  soldQty: integer('sold_qty').notNull(),
  lineCount: integer('line_count').notNull(),
};

/** Per day and product, all reps together: the organisation-wide report by SKU or category. */
export const salesDailyProduct = sqliteTable(
  'sales_daily_product',
  {
    visitDate: text('visit_date').notNull(),
    productId: text('product_id').notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.visitDate, t.productId] })],
);

/** Per rep, day and product: SKU or category reports restricted to a manager's team. */
export const salesDailyRepProduct = sqliteTable(
  'sales_daily_rep_product',
  {
    repId: text('rep_id').notNull(),
    visitDate: text('visit_date').notNull(),
    productId: text('product_id').notNull(),
    ...measures,
  },
  (t) => [primaryKey({ columns: [t.repId, t.visitDate, t.productId] })],
);

/** Per day, store and rep: reports by store or by rep, whole organisation or one team. */
export const salesDailyStore = sqliteTable(
  'sales_daily_store',
  {
    visitDate: text('visit_date').notNull(),
    storeId: text('store_id').notNull(),
    repId: text('rep_id').notNull(),
    ...measures,
  },
  (t) => [
    primaryKey({ columns: [t.visitDate, t.storeId, t.repId] }),
    // a team's stores and reps over a date range
    index('sales_daily_store_rep_idx').on(t.repId, t.visitDate),
  ],
);
