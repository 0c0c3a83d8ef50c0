import type { Db, DbOrTx } from './client.js';

type Sqlite = Db['$client'];

/** The connection under a database or transaction handle (a transaction's statements run on it too). */
export const clientOf = (db: DbOrTx): Sqlite =>
  '$client' in db ? db.$client : (db as unknown as { session: { client: Sqlite } }).session.client;

/**
 * A query built and compiled once per connection, for the few that run on every request: the
 * query builder and SQLite's compiler otherwise run anew on each call (0.3–0.5 ms apiece here).
 * `build` gets whichever handle comes first; a drizzle transaction shares its connection's
 * session, so the prepared query serves both.
 */
export function perConnection<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const cache = new WeakMap<Sqlite, Q>();
  return (db) => {
    const sqlite = clientOf(db);
    let query = cache.get(sqlite);
    if (!query) cache.set(sqlite, (query = build(db)));
    return query;
  };
}
