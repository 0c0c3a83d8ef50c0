import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { returns, stores } from '../schema/index.js';
import { newestFirst, olderThan } from './newest-first.js';

export type ReturnRow = typeof returns.$inferSelect;
export type ReturnInsert = typeof returns.$inferInsert;

export const getReturn = (db: DbOrTx, id: string): ReturnRow | undefined =>
  db.select().from(returns).where(eq(returns.id, id)).get();

export const insertReturn = (db: DbOrTx, row: ReturnInsert): ReturnRow => db.insert(returns).values(row).returning().get();

export const updateReturn = (db: DbOrTx, id: string, patch: Partial<ReturnInsert>): ReturnRow =>
  db.update(returns).set(patch).where(eq(returns.id, id)).returning().get();

/** A return is seen by whoever sees its requester or the store it comes from. */
function visibleTo(userIds: string[] | undefined): SQL | undefined {
  if (!userIds) return undefined;
  const storeVisible = sql`SELECT 1 FROM ${stores} WHERE ${stores.id} = ${returns.storeId} AND ${inArray(stores.ownerId, userIds)}`;
  return or(inArray(returns.requesterId, userIds), sql`EXISTS (${storeVisible})`);
}

export function returnVisible(db: DbOrTx, id: string, userIds: string[] | undefined): boolean {
  if (!userIds) return true;
  return !!db.select({ id: returns.id }).from(returns).where(and(eq(returns.id, id), visibleTo(userIds))).get();
}

interface ReturnFilter {
  visibleUserIds?: string[];
  status?: string;
  storeId?: string;
  excludeRequesterId?: string;
}

const filter = (q: ReturnFilter) => [
  visibleTo(q.visibleUserIds),
  q.status ? eq(returns.status, q.status) : undefined,
  q.storeId ? eq(returns.storeId, q.storeId) : undefined,
  q.excludeRequesterId ? ne(returns.requesterId, q.excludeRequesterId) : undefined,
];

/** Newest first (created_at, then id: a phone's client ids are random UUIDs), after the cursor's pair. */
export function listReturns(db: DbOrTx, q: ReturnFilter & { limit: number; before?: readonly [string, string] }): ReturnRow[] {
  return db
    .select()
    .from(returns)
    .where(and(olderThan(returns.createdAt, returns.id, q.before), ...filter(q)))
    .orderBy(...newestFirst(returns.createdAt, returns.id))
    .limit(q.limit + 1)
    .all();
}

export function countReturns(db: DbOrTx, q: ReturnFilter): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(returns)
    .where(and(...filter(q)))
    .get()?.n ?? 0;
}
