import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { resolve } from 'node:path';
import * as schema from './schema/index.js';

/** A database handle. Its better-sqlite3 connection is `connectionOf(db)` (also for a transaction). */
export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

const MIGRATIONS = resolve(import.meta.dirname, '../../../../migrations');

/**
 * Opens the SQLite file with the pragmas durability depends on: WAL with
 * synchronous=FULL so an acknowledged commit survives a crash or power loss.
 */
export function openDatabase(path: string): Db {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = withConnection(drizzle({ client: sqlite, schema, casing: 'snake_case' }) as Db, sqlite);
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

/**
 * The better-sqlite3 connection under every handle `openDatabase` made and every transaction
 * begun on one (a transaction runs on its database's connection). Drizzle documents `$client`
 * on a database but gives a transaction no public way to its connection, so each handle is
 * recorded here when it is made, by wrapping its public `transaction` method, instead of reading
 * drizzle's private session.
 */
const connections = new WeakMap<DbOrTx, Connection>();

/** A better-sqlite3 connection. */
export type Connection = Database.Database;

function withConnection<H extends DbOrTx>(handle: H, sqlite: Connection): H {
  connections.set(handle, sqlite);
  const begin = handle.transaction.bind(handle) as Db['transaction'];
  handle.transaction = ((work, config) => begin((tx) => work(withConnection(tx, sqlite)), config)) as Db['transaction'];
  return handle;
}

/** The connection of a database or transaction handle: the one way to the raw better-sqlite3 handle. */
export function connectionOf(db: DbOrTx): Connection {
  const sqlite = connections.get(db);
  if (!sqlite) throw new Error('not a handle of openDatabase (or of a transaction begun on one)');
  return sqlite;
}

export { schema };
