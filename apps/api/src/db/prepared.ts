import type BetterSqlite3 from 'better-sqlite3';
import { getTableColumns, type Table } from 'drizzle-orm';
import { connectionOf, type Connection, type DbOrTx } from './client.js';

/**
 * A query built and compiled once per connection, for the few that run on every request: the
 * query builder and SQLite's compiler otherwise run anew on each call (0.3–0.5 ms apiece here).
 * `build` gets whichever handle comes first; a drizzle transaction shares its connection's
 * session, so the prepared query serves both.
 */
export function perConnection<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const cache = new WeakMap<Connection, Q>();
  return (db) => {
    const sqlite = connectionOf(db);
    let query = cache.get(sqlite);
    if (!query) cache.set(sqlite, (query = build(db)));
    return query;
  };
}

/** A better-sqlite3 statement. */
export type Statement = BetterSqlite3.Statement<unknown[], unknown>;

const statementCache = new WeakMap<Connection, Map<string, Statement>>();

/**
 * A hand-written statement, compiled once per connection and SQL text, for the hot paths
 * where even a prepared drizzle query costs too much (it maps every row through the schema).
 * The text must come from a fixed set (constants, or fragments joined by a known rule),
 * never from input: the cache keeps every text it has seen.
 */
export function statement(db: DbOrTx, text: string): Statement {
  const sqlite = connectionOf(db);
  let cache = statementCache.get(sqlite);
  if (!cache) statementCache.set(sqlite, (cache = new Map()));
  let st = cache.get(text);
  if (!st) cache.set(text, (st = sqlite.prepare<unknown[], unknown>(text)));
  return st;
}

type ColumnKey<T extends Table> = keyof T['$inferSelect'] & string;

/**
 * The SQL names of a table's columns for a hand-written statement, in the order of `keys` (the
 * order its values are bound or its row read in), taken from the drizzle table so that the
 * statement cannot drift from the schema: `keys` must name every column, once (checked by the
 * type, and again when the module loads), and a renamed column is renamed here too.
 */
export function columnNames<T extends Table, const K extends readonly ColumnKey<T>[]>(
  table: T,
  keys: K & ([Exclude<ColumnKey<T>, K[number]>] extends [never] ? unknown : { missingColumns: Exclude<ColumnKey<T>, K[number]> }),
): string[] {
  const columns: Record<string, { name: string; keyAsName: boolean }> = getTableColumns(table);
  const names = keys.map((key) => {
    const column = columns[key];
    // A column declared without its SQL name is named by the connection's casing rule, which
    // a hand-written statement does not apply.
    if (!column || column.keyAsName) throw new Error(`column ${key}: not in the table, or without an explicit SQL name`);
    return column.name;
  });
  if (new Set(keys).size !== keys.length || keys.length !== Object.keys(columns).length) {
    throw new Error(`the statement must list every column of the table once: ${keys.join(', ')}`);
  }
  return names;
}
