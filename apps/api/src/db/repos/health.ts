import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';

/** Throws when the database cannot answer: the health check's probe. */
export function pingDatabase(db: DbOrTx): void {
  db.get(sql`SELECT 1`);
}
