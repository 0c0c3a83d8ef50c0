import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { users } from '../schema/index.js';

/**
 * People's display names by id, in one query for a page: what an approval's requester reads
 * as "decided by", since a rep may not list their manager (GET /users).
 */
export function displayNames(
  db: DbOrTx,
  ids: readonly (string | null | undefined)[],
): Map<string, string> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted))
    .all();
  return new Map(rows.map((r) => [r.id, r.name]));
}
