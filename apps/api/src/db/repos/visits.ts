import { and, asc, eq, getTableName, gte, inArray, lt, lte, ne, sql, type SQL, type Table } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { columnNames, statement } from '../prepared.js';
import { photos, stores, visitLines, visits, type StoredRelocation } from '../schema/index.js';

export type VisitRow = typeof visits.$inferSelect;
export type VisitLineRow = typeof visitLines.$inferSelect;
export type PhotoRow = typeof photos.$inferSelect;

// The column lists of the hand-written statements below, in the order their values are bound and
// their rows read; the names come from the schema (columnNames checks that every column is there).
const VISIT_COLUMNS = columnNames(visits, [
  'id', 'storeId', 'repId', 'checkInAt', 'visitDate', 'checkOutAt', 'lat', 'lng', 'accuracy', 'distanceMeters', 'issues',
  'competitorNotes', 'promoterNotes', 'storeOpinion', 'repSuggestion', 'signedBy', 'bodyHash', 'createdAt', 'lineCount', 'photoCount',
  'relocations',
]);
const LINE_COLUMNS = columnNames(visitLines, [
  'visitId', 'lineNo', 'productId', 'storeId', 'repId', 'visitDate', 'checkInAt', 'shelfPriceMinor', 'priceTagOk', 'stockQty',
  'productionDate', 'shelfLayer', 'facings', 'onPromo', 'promoType', 'promoStart', 'promoEnd', 'orderQty', 'suggestedOrderQty',
  'soldQty', 'suggestion', 'issues',
]);
const insertSql = (table: Table, columns: string[]) =>
  `INSERT INTO ${getTableName(table)} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
const INSERT_VISIT = insertSql(visits, VISIT_COLUMNS);
const INSERT_LINE = insertSql(visitLines, LINE_COLUMNS);

/**
 * Stores a visit and its lines. The hot write path of the product (every visit sync), so it runs
 * two statements prepared once per connection rather than building a 440-parameter INSERT per
 * visit (drizzle compiles each query anew: that was most of the time of POST /visits).
 * The values are converted as the schema's column modes would: JSON as text, booleans as 0/1.
 */
export function insertVisit(db: DbOrTx, visit: VisitRow, lines: VisitLineRow[]): VisitRow {
  if (visit.lineCount !== lines.length || visit.photoCount !== 0) throw new Error('a new visit counts its lines and has no photos yet');
  const v = visit;
  statement(db, INSERT_VISIT).run(
    v.id, v.storeId, v.repId, v.checkInAt, v.visitDate, v.checkOutAt, v.lat, v.lng, v.accuracy, v.distanceMeters, JSON.stringify(v.issues),
    v.competitorNotes, v.promoterNotes, v.storeOpinion, v.repSuggestion, v.signedBy, v.bodyHash, v.createdAt, lines.length, 0,
    v.relocations === null ? null : JSON.stringify(v.relocations),
  );
  const insertLine = statement(db, INSERT_LINE);
  for (const l of lines) {
    insertLine.run(
      l.visitId, l.lineNo, l.productId, l.storeId, l.repId, l.visitDate, l.checkInAt, l.shelfPriceMinor, l.priceTagOk ? 1 : 0, l.stockQty,
      l.productionDate, l.shelfLayer, l.facings, l.onPromo ? 1 : 0, l.promoType, l.promoStart, l.promoEnd, l.orderQty, l.suggestedOrderQty,
      l.soldQty, JSON.stringify(l.suggestion), JSON.stringify(l.issues),
    );
  }
  return visit;
}

/** The lines of several visits, in line order. */
export function getVisitLines(db: DbOrTx, visitIds: string[]): VisitLineRow[] {
  if (!visitIds.length) return [];
  return db
    .select()
    .from(visitLines)
    .where(inArray(visitLines.visitId, visitIds))
    .orderBy(asc(visitLines.visitId), asc(visitLines.lineNo))
    .all();
}

export interface PreviousCount {
  visitId: string;
  productId: string;
  stockQty: number;
  orderQty: number;
  checkInAt: string;
}

/**
 * R1's "previous visit of that store that counted that product", for several products at
 * once: per product, the latest line of the store checked in strictly before `checkInAt`
 * (UTC ISO text, so text order is time order). By check-in time, not by sync order, so an
 * offline visit synced late still finds its true predecessor. One statement per visit, prepared
 * once per connection: per product one backwards seek in visit_lines_store_product_checkin_idx
 * to its latest earlier line (of two at the very same instant, the first by visit id stands).
 * (It used to compare every earlier line of each product with a correlated max(), built anew per
 * visit by the query builder: 2.4 ms of every POST /visits on a quarter's data, now 0.2 ms.)
 */
const PREVIOUS_COUNTS = `
  SELECT vl.visit_id AS visitId, vl.product_id AS productId, vl.stock_qty AS stockQty,
         vl.order_qty AS orderQty, vl.check_in_at AS checkInAt
  FROM json_each(?) p
  JOIN visit_lines vl ON vl.rowid = (
    SELECT x.rowid FROM visit_lines x
    WHERE x.store_id = ? AND x.product_id = p.value AND x.check_in_at < ?
    ORDER BY x.check_in_at DESC, x.visit_id ASC LIMIT 1
  )`;

export function previousCounts(db: DbOrTx, storeId: string, productIds: string[], checkInAt: string): Map<string, PreviousCount> {
  const out = new Map<string, PreviousCount>();
  if (!productIds.length) return out;
  for (const r of statement(db, PREVIOUS_COUNTS).all(JSON.stringify(productIds), storeId, checkInAt) as PreviousCount[]) out.set(r.productId, r);
  return out;
}

export interface VisitQuery {
  limit: number;
  /** Cursor: the last row's [checkInAt, id]; the list runs newest first. */
  before?: [string, string];
  storeId?: string;
  repId?: string;
  from?: string;
  to?: string;
  /** Visible users: visits they made, or visits to stores they own. Undefined: everything. */
  userIds?: string[];
}

/**
 * Visits are read by hand-written statements returning arrays (the list is the busiest read of
 * the product): better-sqlite3 builds a row object at about a microsecond a column, a page of 51
 * visits of 20 columns took 1.2 ms that way and 0.5 ms as arrays, mapped here to a fixed shape.
 */
const VISIT_FIELDS = VISIT_COLUMNS.join(', ');
const NEWEST_FIRST = 'ORDER BY check_in_at DESC, id DESC';

type Row = [
  id: string, storeId: string, repId: string, checkInAt: string, visitDate: string, checkOutAt: string | null, lat: number | null,
  lng: number | null, accuracy: number | null, distanceMeters: number | null, issues: string, competitorNotes: string | null,
  promoterNotes: string | null, storeOpinion: string | null, repSuggestion: string | null, signedBy: string | null, bodyHash: string,
  createdAt: string, lineCount: number, photoCount: number, relocations: string | null,
];
const visitFromRow = (r: Row): VisitRow => ({
  id: r[0], storeId: r[1], repId: r[2], checkInAt: r[3], visitDate: r[4], checkOutAt: r[5], lat: r[6], lng: r[7], accuracy: r[8],
  distanceMeters: r[9], issues: JSON.parse(r[10]) as string[], competitorNotes: r[11], promoterNotes: r[12], storeOpinion: r[13],
  repSuggestion: r[14], signedBy: r[15], bodyHash: r[16], createdAt: r[17], lineCount: r[18], photoCount: r[19],
  relocations: r[20] === null ? null : (JSON.parse(r[20]) as StoredRelocation[]),
});
const visitRows = (db: DbOrTx, text: string, params: unknown[]): VisitRow[] =>
  (statement(db, text).raw(true).all(...params) as Row[]).map(visitFromRow);

export const getVisit = (db: DbOrTx, id: string): VisitRow | undefined =>
  visitRows(db, `SELECT ${VISIT_FIELDS} FROM visits WHERE id = ?`, [id])[0];

/**
 * A page of visits, newest check-in first. The statement's text depends only on which filters
 * are present (at most 64 shapes), so each shape is compiled once per connection.
 */
export function listVisits(db: DbOrTx, q: VisitQuery): VisitRow[] {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (q.before) {
    // `check_in_at <= ?` first: an index range that starts at the cursor. Written as one OR, the
    // planner took every visit before the cursor through both halves (MULTI-INDEX OR) and sorted.
    conditions.push('check_in_at <= ? AND (check_in_at < ? OR id < ?)');
    params.push(q.before[0], q.before[0], q.before[1]);
  }
  const when = (value: string | undefined, condition: string) => {
    if (value === undefined) return;
    conditions.push(condition);
    params.push(value);
  };
  when(q.storeId, 'store_id = ?');
  when(q.repId, 'rep_id = ?');
  when(q.from, 'visit_date >= ?');
  when(q.to, 'visit_date <= ?');
  const n = q.limit + 1;
  if (!q.userIds) {
    // visits_checkin_id_idx, read backwards: the page is the first n entries.
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    return visitRows(db, `SELECT ${VISIT_FIELDS} FROM visits ${where} ${NEWEST_FIRST} LIMIT ?`, [...params, n]);
  }
  // Visible: visits the users made, or visits to stores they own. An OR of the two would read and
  // sort every visible visit; instead each side takes its own newest n from its
  // (rep|store, check_in_at, id) index, and the page is the newest n of those.
  // One user (a rep) is compared with `=`, so the rep side reads its index in order and stops
  // after n entries; a set of users (a team) has to merge their index ranges first.
  const filter = conditions.map((c) => ` AND ${c}`).join('');
  const users = q.userIds.length === 1 ? '= ?' : 'IN (SELECT value FROM json_each(?))';
  const side = (who: string) => `SELECT rowid FROM (SELECT rowid FROM visits WHERE ${who}${filter} ${NEWEST_FIRST} LIMIT ?)`;
  const text =
    `SELECT ${VISIT_FIELDS} FROM visits WHERE rowid IN (` +
    side(`rep_id ${users}`) +
    ' UNION ' +
    side(`store_id IN (SELECT id FROM stores WHERE owner_id ${users})`) +
    `) ${NEWEST_FIRST} LIMIT ?`;
  const ids = q.userIds.length === 1 ? q.userIds[0] : JSON.stringify(q.userIds);
  return visitRows(db, text, [ids, ...params, n, ids, ...params, n, n]);
}

/**
 * `column IN (the ids)` as one bound JSON parameter: thousands of ids cost one parameter, not
 * thousands. The unary `+` keeps SQLite from driving the query by that column's index: the
 * date-range index is the selective one (a week of 2,000 stores: 12 ms instead of 120 ms).
 */
const inJsonFilter = (column: SQL | typeof visits.storeId, ids: readonly string[]) =>
  sql`+${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** Distinct visit dates per store between two dates (inclusive), for the given stores. */
export function visitDaysByStore(db: DbOrTx, storeIds: string[], from: string, to: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!storeIds.length) return out;
  // One pass over visits_date_store_idx for the date range.
  const rows = db
    .selectDistinct({ storeId: visits.storeId, visitDate: visits.visitDate })
    .from(visits)
    .where(and(gte(visits.visitDate, from), lte(visits.visitDate, to), inJsonFilter(visits.storeId, storeIds)))
    .orderBy(asc(visits.visitDate))
    .all();
  for (const r of rows) {
    const list = out.get(r.storeId);
    if (list) list.push(r.visitDate);
    else out.set(r.storeId, [r.visitDate]);
  }
  return out;
}

/** The most recent visit date on or before `onOrBefore`, per store. */
export function lastVisitDates(db: DbOrTx, storeIds: string[], onOrBefore: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < storeIds.length; i += 500) {
    const chunk = storeIds.slice(i, i + 500);
    const rows = db
      .select({ storeId: visits.storeId, last: sql<string>`max(${visits.visitDate})` })
      .from(visits)
      .where(and(inArray(visits.storeId, chunk), lte(visits.visitDate, onOrBefore)))
      .groupBy(visits.storeId)
      .all();
    for (const r of rows) out.set(r.storeId, r.last);
  }
  return out;
}

/** Active stores (of the given owners, or all), for compliance and the rep's day. */
export function activeStores(db: DbOrTx, ownerIds?: string[]) {
  return db
    .select({ id: stores.id, code: stores.code, name: stores.name, ownerId: stores.ownerId, tier: stores.tier })
    .from(stores)
    .where(and(eq(stores.status, 'active'), ownerIds ? inArray(stores.ownerId, ownerIds) : undefined))
    .orderBy(asc(stores.code))
    .all();
}

// ---------------------------------------------------------------------------------------
// Photos
// ---------------------------------------------------------------------------------------

export const getPhoto = (db: DbOrTx, visitId: string, photoId: string) =>
  db
    .select()
    .from(photos)
    .where(and(eq(photos.id, photoId), eq(photos.visitId, visitId)))
    .get();

export const listPhotos = (db: DbOrTx, visitIds: string[]) =>
  visitIds.length
    ? db.select().from(photos).where(inArray(photos.visitId, visitIds)).orderBy(asc(photos.id)).all()
    : [];

export const findPhotoOnVisit = (db: DbOrTx, visitId: string, sha256: string) =>
  db
    .select()
    .from(photos)
    .where(and(eq(photos.visitId, visitId), eq(photos.sha256, sha256)))
    .get();

/**
 * The visit that first held these bytes, other than `visitId`, among photos stored before
 * `beforeId` (ids are time-ordered) — or null. Served by photos_sha_idx.
 */
export function duplicateOfVisit(db: DbOrTx, sha256: string, visitId: string, beforeId?: string): string | null {
  const row = db
    .select({ visitId: photos.visitId })
    .from(photos)
    .where(and(eq(photos.sha256, sha256), ne(photos.visitId, visitId), beforeId ? lt(photos.id, beforeId) : undefined))
    .orderBy(asc(photos.id))
    .limit(1)
    .get();
  return row?.visitId ?? null;
}

export const insertPhoto = (db: DbOrTx, row: typeof photos.$inferInsert) => db.insert(photos).values(row).returning().get();
