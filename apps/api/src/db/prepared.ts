import type BetterSqlite3 from 'better-sqlite3';
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

/** A better-sqlite3 statement. */
export type Statement = BetterSqlite3.Statement<unknown[], unknown>;

const statementCache = new WeakMap<Sqlite, Map<string, Statement>>();

/**
 * A hand-written statement, compiled once per connection and SQL text, for the hot paths
 * where even a prepared drizzle query costs too much (it maps every row through the schema).
 * The text must come from a fixed set (constants, or fragments joined by a known rule),
 * never from input: the cache keeps every text it has seen.
 */
export function statement(db: DbOrTx, text: string): Statement {
  const sqlite = clientOf(db);
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let st = cache.get(text);
  if (!st) cache.set(text, (st = sqlite.prepare<unknown[], unknown>(text)));
  return st;
}
