import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { idempotencyKeys } from '../schema/index.js';

export const getIdempotencyRecord = (db: DbOrTx, caller: string, key: string) =>
  db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key)))
    .get();

export function saveIdempotencyRecord(db: DbOrTx, row: typeof idempotencyKeys.$inferInsert): void {
  db.insert(idempotencyKeys).values(row).onConflictDoNothing().run();
}

export function pruneIdempotencyRecords(db: DbOrTx, before: string): number {
  return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes;
}
