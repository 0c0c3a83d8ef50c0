import { and, eq, inArray, like, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { idempotencyKeys } from '../schema/index.js';

/** The status code of a claimed key whose first request is still being handled. */
export const PENDING_STATUS = 0;

export const getIdempotencyRecord = (db: DbOrTx, caller: string, key: string) =>
  db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key)))
    .get();

type Claim = Omit<typeof idempotencyKeys.$inferInsert, 'statusCode' | 'response'>;

/**
 * Claims a key for the request about to do the work: one INSERT, so of any number of
 * requests with the same caller and key exactly one gets `true`.
 */
export function claimIdempotencyKey(db: DbOrTx, claim: Claim): boolean {
  return (
    db
      .insert(idempotencyKeys)
      .values({ ...claim, statusCode: PENDING_STATUS, response: '' })
      .onConflictDoNothing()
      .run().changes === 1
  );
}

/** Stores the claimed request's response, for its replays. */
export function completeIdempotencyKey(db: DbOrTx, row: typeof idempotencyKeys.$inferInsert): void {
  db.insert(idempotencyKeys)
    .values(row)
    .onConflictDoUpdate({
      target: [idempotencyKeys.caller, idempotencyKeys.key],
      set: { statusCode: row.statusCode, response: row.response },
    })
    .run();
}

/** Gives up a claim whose request stored nothing (it failed), so the key can be used again. */
export function releaseIdempotencyKey(db: DbOrTx, caller: string, key: string): void {
  db.delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key), eq(idempotencyKeys.statusCode, PENDING_STATUS)))
    .run();
}

/** Claims left by a process that stopped while handling them. */
export function releasePendingIdempotencyKeys(db: DbOrTx): number {
  return db.delete(idempotencyKeys).where(eq(idempotencyKeys.statusCode, PENDING_STATUS)).run().changes;
}

/** Forgets every stored answer of the given routes (their paths, with or without a query). */
export function forgetIdempotencyResponses(db: DbOrTx, paths: string[]): number {
  if (paths.length === 0) return 0;
  const variants = paths.flatMap((p) => [p, `${p}/`]);
  return db
    .delete(idempotencyKeys)
    .where(or(inArray(idempotencyKeys.path, variants), ...variants.map((p) => like(idempotencyKeys.path, `${p}?%`))))
    .run().changes;
}

export function pruneIdempotencyRecords(db: DbOrTx, before: string): number {
  return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes;
}
