import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';

/*
 * The reports' aggregates, all in SQL. Sales read the daily rollups that triggers keep beside
 * `visit_lines` (migration 0001), so a quarter of a million lines is a few thousand rollup
 * rows; display issues and promotion effects aggregate `visit_lines` through its indexes.
 */

const idsJson = (ids: readonly string[]) => JSON.stringify(ids);
const inIds = (column: SQL, ids: readonly string[]) => sql`${column} IN (SELECT value FROM json_each(${idsJson(ids)}))`;

export const SALES_DIMENSIONS = ['sku', 'store', 'category', 'rep'] as const;
export type SalesDimension = (typeof SALES_DIMENSIONS)[number];

export interface SalesTotals {
  key: string;
  orderQty: number;
  /** Exact: summed by SQLite in 64-bit integers and read as text into a bigint (a sum may pass 2^53). */
  orderAmountMinor: bigint;
  soldQty: number;
  lineCount: number;
}

/** Whose visits count: every rep, only these reps, or every rep but these. */
export type RepFilter = { kind: 'all' } | { kind: 'only'; repIds: readonly string[] } | { kind: 'except'; repIds: readonly string[] };

/**
 * The measures of a sales row. The amount is summed exactly in SQLite's 64-bit integers and read
 * as text; only when that sum overflows (beyond 9.2e18 minor units, far past any displayable
 * total) is it taken again as SQLite's floating TOTAL, so one huge row never fails a report.
 */
const measures = (amount: 'SUM' | 'TOTAL') =>
  sql.raw(
    `SUM(r.order_qty) AS orderQty, CAST(${amount}(r.order_amount_minor) AS TEXT) AS orderAmountMinor, SUM(r.sold_qty) AS soldQty, SUM(r.line_count) AS lineCount`,
  );

/** A summed amount's text as a bigint: an integer exactly, a floating total (overflow, REAL rows) rounded. */
const minorTotal = (text: string | number): bigint => (/^-?\d+$/.test(String(text)) ? BigInt(text) : BigInt(Math.round(Number(text))));

function totalsQuery(dimension: SalesDimension, from: string, to: string, reps: readonly string[] | null, amount: 'SUM' | 'TOTAL'): SQL {
  const MEASURES = measures(amount);
  const range = sql`r.visit_date BETWEEN ${from} AND ${to}`;
  const repFilter = reps === null ? sql`` : sql` AND ${inIds(sql.raw('r.rep_id'), reps)}`;
  switch (dimension) {
    case 'sku':
      return reps === null
        ? sql`SELECT r.product_id AS key, ${MEASURES} FROM sales_daily_product r WHERE ${range} GROUP BY r.product_id`
        : sql`SELECT r.product_id AS key, ${MEASURES} FROM sales_daily_rep_product r WHERE ${range}${repFilter} GROUP BY r.product_id`;
    case 'category':
      return sql`SELECT COALESCE(p.category, '') AS key, ${MEASURES}
        FROM ${sql.raw(reps === null ? 'sales_daily_product' : 'sales_daily_rep_product')} r
        LEFT JOIN products p ON p.id = r.product_id
        WHERE ${range}${repFilter} GROUP BY COALESCE(p.category, '')`;
    case 'store':
      return sql`SELECT r.store_id AS key, ${MEASURES} FROM sales_daily_store r WHERE ${range}${repFilter} GROUP BY r.store_id`;
    case 'rep':
      return sql`SELECT r.rep_id AS key, ${MEASURES} FROM sales_daily_store r WHERE ${range}${repFilter} GROUP BY r.rep_id`;
  }
}

function runTotals(db: DbOrTx, dimension: SalesDimension, from: string, to: string, reps: readonly string[] | null): Map<string, SalesTotals> {
  const query = (amount: 'SUM' | 'TOTAL') => db.all<Record<keyof SalesTotals, string | number>>(totalsQuery(dimension, from, to, reps, amount));
  let rows;
  try {
    rows = query('SUM');
  } catch (error) {
    if (!(error instanceof Error && /integer overflow/i.test(error.message))) throw error;
    rows = query('TOTAL');
  }
  return new Map(
    rows.map((r) => [
      String(r.key),
      {
        key: String(r.key),
        orderQty: Number(r.orderQty),
        orderAmountMinor: minorTotal(r.orderAmountMinor),
        soldQty: Number(r.soldQty),
        lineCount: Number(r.lineCount),
      },
    ]),
  );
}

/**
 * Order quantity, order amount (supply price) and R1 sell-out per key over `from..to`
 * (inclusive). For "every rep but these" the few hidden reps are subtracted from the whole,
 * so a manager who sees almost everyone reads the small organisation-wide rollup.
 */
export function salesTotals(db: DbOrTx, dimension: SalesDimension, from: string, to: string, filter: RepFilter): Map<string, SalesTotals> {
  if (filter.kind === 'all') return runTotals(db, dimension, from, to, null);
  if (filter.kind === 'only') return filter.repIds.length ? runTotals(db, dimension, from, to, filter.repIds) : new Map();
  const whole = runTotals(db, dimension, from, to, null);
  if (filter.repIds.length === 0) return whole;
  for (const [key, hidden] of runTotals(db, dimension, from, to, filter.repIds)) {
    const row = whole.get(key);
    if (!row) continue;
    row.orderQty -= hidden.orderQty;
    row.orderAmountMinor -= hidden.orderAmountMinor;
    row.soldQty -= hidden.soldQty;
    row.lineCount -= hidden.lineCount;
    if (row.lineCount <= 0) whole.delete(key);
  }
  return whole;
}

/** All user ids (to turn "these are visible" into "those are not"). */
export const allUserIds = (db: DbOrTx): string[] => db.all<{ id: string }>(sql`SELECT id FROM users`).map((r) => r.id);

export interface KeyLabel {
  key: string;
  code: string | null;
  label: string;
}

/** Names for the keys of a sales report: SKU and product name, store code and name, username and display name. */
export function salesLabels(db: DbOrTx, dimension: SalesDimension, keys: readonly string[]): Map<string, KeyLabel> {
  if (keys.length === 0 || dimension === 'category') return new Map();
  const query =
    dimension === 'sku'
      ? sql`SELECT id AS key, sku AS code, name AS label FROM products WHERE ${inIds(sql.raw('id'), keys)}`
      : dimension === 'store'
        ? sql`SELECT id AS key, code, name AS label FROM stores WHERE ${inIds(sql.raw('id'), keys)}`
        : sql`SELECT id AS key, username AS code, display_name AS label FROM users WHERE ${inIds(sql.raw('id'), keys)}`;
  return new Map(db.all<KeyLabel>(query).map((r) => [r.key, r]));
}

// ---- display issues (生动化陈列, 价签) ----

export const DISPLAY_GROUPINGS = ['store_sku', 'store', 'sku'] as const;
export type DisplayGrouping = (typeof DISPLAY_GROUPINGS)[number];

export interface DisplayIssueRow {
  storeId: string | null;
  storeCode: string | null;
  storeName: string | null;
  productId: string | null;
  sku: string | null;
  productName: string | null;
  linesChecked: number;
  linesWithIssues: number;
  facingsBelowMinimum: number;
  priceTagMissing: number;
  priceMismatch: number;
  promoTagExpired: number;
  lastIssueDate: string | null;
}

/**
 * R3 display issues recorded on visit lines over a date range, per store and product (or per
 * store, or per product), only where at least one line had an issue; worst first.
 */
export function displayIssues(db: DbOrTx, q: { from: string; to: string; groupBy: DisplayGrouping; repIds?: readonly string[] }): DisplayIssueRow[] {
  const byStore = q.groupBy !== 'sku';
  const byProduct = q.groupBy !== 'store';
  const groupColumns = [byStore ? 'l.store_id' : null, byProduct ? 'l.product_id' : null].filter(Boolean).join(', ');
  const has = (code: string) => sql.raw(`SUM(instr(l.issues, '"${code}"') > 0)`);
  const rows = db.all<DisplayIssueRow>(sql`
    SELECT ${sql.raw(byStore ? 'l.store_id' : 'NULL')} AS storeId, ${sql.raw(byStore ? 's.code' : 'NULL')} AS storeCode,
      ${sql.raw(byStore ? 's.name' : 'NULL')} AS storeName,
      ${sql.raw(byProduct ? 'l.product_id' : 'NULL')} AS productId, ${sql.raw(byProduct ? 'p.sku' : 'NULL')} AS sku,
      ${sql.raw(byProduct ? 'p.name' : 'NULL')} AS productName,
      COUNT(*) AS linesChecked, SUM(l.issues <> '[]') AS linesWithIssues,
      ${has('facings_below_minimum')} AS facingsBelowMinimum, ${has('price_tag_missing')} AS priceTagMissing,
      ${has('price_mismatch')} AS priceMismatch, ${has('promo_tag_expired')} AS promoTagExpired,
      MAX(CASE WHEN l.issues <> '[]' THEN l.visit_date END) AS lastIssueDate
    FROM visit_lines l
    ${sql.raw(byStore ? 'LEFT JOIN stores s ON s.id = l.store_id' : '')}
    ${sql.raw(byProduct ? 'LEFT JOIN products p ON p.id = l.product_id' : '')}
    WHERE l.visit_date BETWEEN ${q.from} AND ${q.to}${q.repIds ? sql` AND ${inIds(sql.raw('l.rep_id'), q.repIds)}` : sql``}
    GROUP BY ${sql.raw(groupColumns)}
    HAVING SUM(l.issues <> '[]') > 0
    ORDER BY linesWithIssues DESC, ${sql.raw(groupColumns)}`);
  return rows.map((r) => ({
    ...r,
    linesChecked: Number(r.linesChecked),
    linesWithIssues: Number(r.linesWithIssues),
    facingsBelowMinimum: Number(r.facingsBelowMinimum),
    priceTagMissing: Number(r.priceTagMissing),
    priceMismatch: Number(r.priceMismatch),
    promoTagExpired: Number(r.promoTagExpired),
  }));
}

// ---- promotion effects (R5) ----

export interface PromotionUnits {
  id: string;
  title: string;
  source: string;
  status: string;
  applicantId: string;
  startDate: string;
  endDate: string;
  estimatedCostMinor: number;
  estimatedEffect: string;
  actualCostMinor: number | null;
  unitsInWindow: number;
  unitsBefore: number;
}

/**
 * Approved and completed promotions whose window overlaps `from..to` (when given), visible to
 * the caller, with the units ordered from visits to their stores for their products inside the
 * window and in the equally long window before it: one aggregate query for all of them.
 */
export function promotionUnits(db: DbOrTx, q: { from?: string; to?: string; visibleUserIds?: readonly string[] }): PromotionUnits[] {
  const overlap = sql`${q.to ? sql` AND p.start_date <= ${q.to}` : sql``}${q.from ? sql` AND p.end_date >= ${q.from}` : sql``}`;
  const visible = q.visibleUserIds
    ? sql` AND (${inIds(sql.raw('p.applicant_id'), q.visibleUserIds)} OR EXISTS (
        SELECT 1 FROM promotion_stores ps2 JOIN stores s2 ON s2.id = ps2.store_id
        WHERE ps2.promotion_id = p.id AND ${inIds(sql.raw('s2.owner_id'), q.visibleUserIds)}))`
    : sql``;
  const rows = db.all<PromotionUnits>(sql`
    WITH chosen AS (
      SELECT p.id, p.start_date, p.end_date,
        date(p.start_date, printf('-%d days', CAST(julianday(p.end_date) - julianday(p.start_date) AS INTEGER) + 1)) AS baseline_start
      FROM promotions p
      WHERE p.status IN ('approved', 'completed')${overlap}${visible}
    ),
    units AS (
      SELECT c.id,
        SUM(CASE WHEN l.visit_date >= c.start_date THEN l.order_qty ELSE 0 END) AS in_window,
        SUM(CASE WHEN l.visit_date < c.start_date THEN l.order_qty ELSE 0 END) AS before
      FROM chosen c
      JOIN promotion_stores ps ON ps.promotion_id = c.id
      JOIN promotion_products pp ON pp.promotion_id = c.id
      JOIN visit_lines l ON l.store_id = ps.store_id AND l.product_id = pp.product_id
        AND l.visit_date BETWEEN c.baseline_start AND c.end_date
      GROUP BY c.id
    )
    SELECT p.id, p.title, p.source, p.status, p.applicant_id AS applicantId, p.start_date AS startDate, p.end_date AS endDate,
      p.estimated_cost_minor AS estimatedCostMinor, p.estimated_effect AS estimatedEffect, p.actual_cost_minor AS actualCostMinor,
      COALESCE(u.in_window, 0) AS unitsInWindow, COALESCE(u.before, 0) AS unitsBefore
    FROM chosen c JOIN promotions p ON p.id = c.id LEFT JOIN units u ON u.id = c.id
    ORDER BY p.start_date DESC, p.id`);
  return rows.map((r) => ({ ...r, unitsInWindow: Number(r.unitsInWindow), unitsBefore: Number(r.unitsBefore) }));
}
