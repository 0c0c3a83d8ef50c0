import { and, count, desc, eq, gte, isNull, lt, max, min } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import type { Permission } from '@fieldbeat/domain';
import { apiClients, loginFailures, refreshTokens } from '../schema/index.js';
import { rolePermissions } from './roles.js';
import { getUser } from './users.js';

/**
 * Records a login attempt as a failure before its password is checked (a success deletes it
 * again), so parallel attempts count as they arrive. Returns the row's id.
 */
export function recordLoginAttempt(db: DbOrTx, row: { username: string; source: string; at: string }): number {
  return db.insert(loginFailures).values(row).returning({ id: loginFailures.id }).get().id;
}

export function deleteLoginAttempt(db: DbOrTx, id: number): void {
  db.delete(loginFailures).where(eq(loginFailures.id, id)).run();
}

/** Failures since `since`: for the username and this source (oldest first), and for the username from anywhere (newest). */
export function loginFailuresSince(db: DbOrTx, username: string, source: string, since: string) {
  const fromSource = db
    .select({ n: count(), oldest: min(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), eq(loginFailures.source, source), gte(loginFailures.at, since)))
    .get();
  const anywhere = db
    .select({ n: count(), latest: max(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, username), gte(loginFailures.at, since)))
    .get();
  return {
    source: { count: fromSource?.n ?? 0, oldest: fromSource?.oldest ?? null },
    username: { count: anywhere?.n ?? 0, latest: anywhere?.latest ?? null },
  };
}

/** After a successful login: the failures of this username from this source. */
export function clearLoginFailures(db: DbOrTx, username: string, source: string): void {
  db.delete(loginFailures).where(and(eq(loginFailures.username, username), eq(loginFailures.source, source))).run();
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

/** Every active client on one page, newest first (creation time, then client id) like the paged lists. */
export const listApiClients = (db: DbOrTx) =>
  db.select().from(apiClients).where(isNull(apiClients.revokedAt)).orderBy(desc(apiClients.createdAt), desc(apiClients.clientId)).all();

export function insertApiClient(db: DbOrTx, row: typeof apiClients.$inferInsert): ApiClientRow {
  return db.insert(apiClients).values(row).returning().get();
}

export function revokeApiClient(db: DbOrTx, clientId: string, at: string): void {
  db.update(apiClients).set({ revokedAt: at }).where(eq(apiClients.clientId, clientId)).run();
}

/**
 * The scopes an API client holds now: those it was given that its creator still holds. A client
 * is an extension of the person who made it, so it never outlives their permissions: a creator
 * whose role loses a permission (or who is deactivated) takes it from their clients at once.
 * A client without a recorded creator (made by the bootstrap) keeps its scopes.
 */
export function clientScopesNow(db: DbOrTx, client: { scopes: string[]; createdBy: string | null }): Set<Permission> {
  const given = client.scopes as Permission[];
  if (!client.createdBy) return new Set(given);
  const creator = getUser(db, client.createdBy);
  if (!creator || !creator.active) return new Set();
  const held = rolePermissions(db, creator.roleCode);
  return new Set(given.filter((s) => held.has(s)));
}
