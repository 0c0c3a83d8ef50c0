import { and, count, eq, gte, isNull, lt, min } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { apiClients, loginFailures, refreshTokens } from '../schema/index.js';

export function recordLoginFailure(db: DbOrTx, username: string, at: string): void {
  db.insert(loginFailures).values({ username, at }).run();
}

export function loginFailuresSince(db: DbOrTx, username: string, since: string) {
  const row = db
    .select({ n: count(), oldest: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gte(loginFailures.at, since)))
    .get();
  return { count: row?.n ?? 0, oldest: row?.oldest ?? null };
}

export function clearLoginFailures(db: DbOrTx, username: string): void {
  db.delete(loginFailures).where(eq(loginFailures.username, username)).run();
}

export function pruneLoginFailures(db: DbOrTx, before: string): void {
  db.delete(loginFailures).where(lt(loginFailures.at, before)).run();
}

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export function insertRefreshToken(db: DbOrTx, row: typeof refreshTokens.$inferInsert): void {
  db.insert(refreshTokens).values(row).run();
}

export const getRefreshTokenByHash = (db: DbOrTx, tokenHash: string) =>
  db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).get();

export function markRefreshTokenUsed(db: DbOrTx, id: string, at: string): boolean {
  const r = db
    .update(refreshTokens)
    .set({ usedAt: at })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
    .run();
  return r.changes === 1;
}

export function revokeRefreshFamily(db: DbOrTx, familyId: string, at: string): void {
  db.update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    .run();
}

export function revokeUserRefreshTokens(db: DbOrTx, userId: string, at: string): void {
  db.update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    .run();
}

export type ApiClientRow = typeof apiClients.$inferSelect;

export const getApiClient = (db: DbOrTx, clientId: string) =>
  db.select().from(apiClients).where(eq(apiClients.clientId, clientId)).get();

export const listApiClients = (db: DbOrTx) =>
  db.select().from(apiClients).where(isNull(apiClients.revokedAt)).orderBy(apiClients.createdAt).all();

export function insertApiClient(db: DbOrTx, row: typeof apiClients.$inferInsert): ApiClientRow {
  return db.insert(apiClients).values(row).returning().get();
}

export function revokeApiClient(db: DbOrTx, clientId: string, at: string): void {
  db.update(apiClients).set({ revokedAt: at }).where(eq(apiClients.clientId, clientId)).run();
}
