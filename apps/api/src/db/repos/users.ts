import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { perConnection } from '../prepared.js';
import { users } from '../schema/index.js';
import { newestFirst, olderThan } from './newest-first.js';

export type UserRow = typeof users.$inferSelect;

// Every authenticated request reloads its caller.
const userById = perConnection((db) => db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare());
export const getUser = (db: DbOrTx, id: string): UserRow | undefined => userById(db).get({ id });

export const getUserByUsername = (db: DbOrTx, username: string) =>
  db.select().from(users).where(eq(users.username, username)).get();

/** Newest first (created_at, then id), after the cursor's pair. */
export function listUsers(db: DbOrTx, q: { limit: number; before?: readonly [string, string]; ids?: string[] }): UserRow[] {
  return db
    .select()
    .from(users)
    .where(and(olderThan(users.createdAt, users.id, q.before), q.ids ? inArray(users.id, q.ids) : undefined))
    .orderBy(...newestFirst(users.createdAt, users.id))
    .limit(q.limit + 1)
    .all();
}

export function insertUser(db: DbOrTx, row: typeof users.$inferInsert): UserRow {
  return db.insert(users).values(row).returning().get();
}

/** Updates the user at `version` and bumps it; undefined when they are at another version (changed meanwhile). */
export function updateUser(db: DbOrTx, id: string, version: number, patch: Partial<typeof users.$inferInsert>): UserRow | undefined {
  return db
    .update(users)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning()
    .get();
}

/** True when `candidateManagerId` is `userId` itself or reports (transitively) to it: a cycle. */
export function wouldCreateCycle(db: DbOrTx, userId: string, candidateManagerId: string): boolean {
  let current: string | null = candidateManagerId;
  for (let depth = 0; current && depth < 1000; depth++) {
    if (current === userId) return true;
    current = getUser(db, current)?.managerId ?? null;
  }
  return false;
}

export const countUsers = (db: DbOrTx): number => db.select({ n: count() }).from(users).get()?.n ?? 0;
