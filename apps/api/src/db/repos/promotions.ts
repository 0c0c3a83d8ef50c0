import { and, asc, eq, exists, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { promotionHistory, promotionProducts, promotions, promotionStores, stores, users, visitLines } from '../schema/index.js';
import { newestFirst, olderThan } from './newest-first.js';

export type PromotionRow = typeof promotions.$inferSelect;
export type PromotionInsert = typeof promotions.$inferInsert;
export type PromotionHistoryRow = typeof promotionHistory.$inferSelect;

/** A promotion with the stores and products it covers. */
export interface StoredPromotion extends PromotionRow {
  storeIds: string[];
  productIds: string[];
}

export function insertPromotion(db: DbOrTx, row: PromotionInsert, storeIds: string[], productIds: string[]): StoredPromotion {
  const created = db.insert(promotions).values(row).returning().get();
  for (const storeId of storeIds) db.insert(promotionStores).values({ promotionId: created.id, storeId }).run();
  for (const productId of productIds) db.insert(promotionProducts).values({ promotionId: created.id, productId }).run();
  return { ...created, storeIds: [...storeIds], productIds: [...productIds] };
}

function withLinks(db: DbOrTx, rows: PromotionRow[]): StoredPromotion[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const storeLinks = db.select().from(promotionStores).where(inArray(promotionStores.promotionId, ids)).all();
  const productLinks = db.select().from(promotionProducts).where(inArray(promotionProducts.promotionId, ids)).all();
  return rows.map((r) => ({
    ...r,
    storeIds: storeLinks.filter((l) => l.promotionId === r.id).map((l) => l.storeId),
    productIds: productLinks.filter((l) => l.promotionId === r.id).map((l) => l.productId),
  }));
}

export function getPromotion(db: DbOrTx, id: string): StoredPromotion | undefined {
  const row = db.select().from(promotions).where(eq(promotions.id, id)).get();
  return row ? withLinks(db, [row])[0] : undefined;
}

/**
 * Who may see a promotion: its applicant's managers (and the applicant), and whoever may
 * see one of its stores (a company promotion on a rep's store is the rep's to carry out).
 */
function visibleTo(userIds: string[] | undefined): SQL | undefined {
  if (!userIds) return undefined;
  const onVisibleStore = sql`SELECT 1 FROM ${promotionStores} JOIN ${stores} ON ${stores.id} = ${promotionStores.storeId}
    WHERE ${promotionStores.promotionId} = ${promotions.id} AND ${inArray(stores.ownerId, userIds)}`;
  return or(inArray(promotions.applicantId, userIds), sql`EXISTS (${onVisibleStore})`);
}

/** True when a caller seeing `userIds` (undefined: everyone) may see the promotion. */
export function promotionVisible(db: DbOrTx, id: string, userIds: string[] | undefined): boolean {
  if (!userIds) return true;
  return !!db
    .select({ id: promotions.id })
    .from(promotions)
    .where(and(eq(promotions.id, id), visibleTo(userIds)))
    .get();
}

/** Newest first (created_at, then id), after the cursor's pair. */
export function listPromotions(
  db: DbOrTx,
  q: {
    limit: number;
    before?: readonly [string, string];
    visibleUserIds?: string[];
    statuses?: string[];
    storeId?: string;
    excludeApplicantId?: string;
  },
): StoredPromotion[] {
  const rows = db
    .select()
    .from(promotions)
    .where(
      and(
        olderThan(promotions.createdAt, promotions.id, q.before),
        visibleTo(q.visibleUserIds),
        q.statuses ? inArray(promotions.status, q.statuses) : undefined,
        q.storeId
          ? exists(
              db
                .select({ one: sql`1` })
                .from(promotionStores)
                .where(and(eq(promotionStores.promotionId, promotions.id), eq(promotionStores.storeId, q.storeId))),
            )
          : undefined,
        q.excludeApplicantId ? ne(promotions.applicantId, q.excludeApplicantId) : undefined,
      ),
    )
    .orderBy(...newestFirst(promotions.createdAt, promotions.id))
    .limit(q.limit + 1)
    .all();
  return withLinks(db, rows);
}

export function countPromotions(
  db: DbOrTx,
  q: { visibleUserIds?: string[]; statuses: string[]; excludeApplicantId?: string },
): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(promotions)
    .where(
      and(
        visibleTo(q.visibleUserIds),
        inArray(promotions.status, q.statuses),
        q.excludeApplicantId ? ne(promotions.applicantId, q.excludeApplicantId) : undefined,
      ),
    )
    .get();
  return row?.n ?? 0;
}

export function updatePromotion(db: DbOrTx, id: string, patch: Partial<PromotionInsert>): PromotionRow {
  return db.update(promotions).set(patch).where(eq(promotions.id, id)).returning().get();
}

export function insertPromotionHistory(db: DbOrTx, row: typeof promotionHistory.$inferInsert): void {
  db.insert(promotionHistory).values(row).run();
}

/** The promotion's transitions, oldest first, with the actor's display name. */
export function listPromotionHistory(db: DbOrTx, promotionId: string) {
  return db
    .select({
      action: promotionHistory.action,
      fromStatus: promotionHistory.fromStatus,
      toStatus: promotionHistory.toStatus,
      actorId: promotionHistory.actorId,
      actorName: users.displayName,
      note: promotionHistory.note,
      at: promotionHistory.at,
    })
    .from(promotionHistory)
    .leftJoin(users, eq(users.id, promotionHistory.actorId))
    .where(eq(promotionHistory.promotionId, promotionId))
    .orderBy(asc(promotionHistory.id))
    .all();
}

/**
 * The latest approve or reject entry of each promotion (with the actor's display name), for a
 * page of promotions in one query: what the applicant reads as the decision.
 */
export function latestDecisions(db: DbOrTx, promotionIds: readonly string[]) {
  const out = new Map<string, { action: string; actorId: string; actorName: string | null; note: string | null; at: string }>();
  if (promotionIds.length === 0) return out;
  const rows = db
    .select({
      promotionId: promotionHistory.promotionId,
      action: promotionHistory.action,
      actorId: promotionHistory.actorId,
      actorName: users.displayName,
      note: promotionHistory.note,
      at: promotionHistory.at,
    })
    .from(promotionHistory)
    .leftJoin(users, eq(users.id, promotionHistory.actorId))
    .where(and(inArray(promotionHistory.promotionId, [...promotionIds]), inArray(promotionHistory.action, ['approve', 'reject'])))
    .orderBy(asc(promotionHistory.id))
    .all();
  for (const { promotionId, ...entry } of rows) out.set(promotionId, entry); // oldest first: the last one stays
  return out;
}

/**
 * Ordered units per visit date for the given stores and products between two dates
 * (inclusive): one indexed aggregate over visit_lines, never the rows themselves.
 */
export function orderedUnitsByDate(
  db: DbOrTx,
  q: { storeIds: string[]; productIds: string[]; from: string; to: string },
): { date: string; qty: number }[] {
  if (q.storeIds.length === 0 || q.productIds.length === 0) return [];
  return db
    .select({ date: visitLines.visitDate, qty: sql<number>`coalesce(sum(${visitLines.orderQty}), 0)` })
    .from(visitLines)
    .where(
      and(
        inArray(visitLines.storeId, q.storeIds),
        inArray(visitLines.productId, q.productIds),
        sql`${visitLines.visitDate} BETWEEN ${q.from} AND ${q.to}`,
      ),
    )
    .groupBy(visitLines.visitDate)
    .orderBy(asc(visitLines.visitDate))
    .all()
    .map((r) => ({ date: r.date, qty: Number(r.qty) }));
}
