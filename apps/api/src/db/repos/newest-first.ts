import { and, desc, lt, lte, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/*
 * The documented order of most lists: creation time, newest first, then id for rows created in
 * the same millisecond. Ids alone are no order: a phone makes random UUIDs (v4) for what it
 * captures offline, and only server-made ids are UUIDv7. Each such list has an index ending in
 * (created_at, id) after its equality filters, so SQLite reads it backwards and never sorts.
 */

export const newestFirst = (createdAt: SQLiteColumn, id: SQLiteColumn): SQL[] => [
  desc(createdAt),
  desc(id),
];

/**
 * The rows after `before` (the last row's `[createdAt, id]`) in that order. `created_at <= ?` comes
 * first so the index scan starts at the cursor instead of filtering everything newer.
 */
export const olderThan = (
  createdAt: SQLiteColumn,
  id: SQLiteColumn,
  before: readonly [string, string] | undefined,
): SQL | undefined =>
  before
    ? and(lte(createdAt, before[0]), or(lt(createdAt, before[0]), lt(id, before[1])))
    : undefined;
