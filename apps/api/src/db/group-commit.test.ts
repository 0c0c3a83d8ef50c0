import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { connectionOf, openDatabase } from './client.js';
import { commitInGroup } from './group-commit.js';

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-gc-'));
const db = openDatabase(join(dir, 'app.db'));
connectionOf(db).exec('CREATE TABLE gc_test (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
afterAll(() => {
  connectionOf(db).close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = () => connectionOf(db).prepare('SELECT v FROM gc_test ORDER BY id').pluck().all();

it('commits the work that arrives together in one transaction, each in its own savepoint', async () => {
  const insert = (v: string) => () => {
    connectionOf(db).prepare('INSERT INTO gc_test (v) VALUES (?)').run(v);
    if (v === 'bad') throw new Error('refused');
    // drizzle-style nested transactions still work inside
    return db.transaction(() => v.toUpperCase());
  };
  const results = await Promise.allSettled(['a', 'bad', 'c'].map((v) => commitInGroup(db, insert(v))));
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect((results[0] as PromiseFulfilledResult<string>).value).toBe('A');
  expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('refused'));
  // the failed one left nothing behind; the others are stored
  expect(rows()).toEqual(['a', 'c']);
  expect(connectionOf(db).inTransaction).toBe(false);
});

it('answers only after the commit: the rows are visible to another connection when the promise resolves', async () => {
  const Database = (await import('better-sqlite3')).default;
  const other = new Database(join(dir, 'app.db'), { readonly: true });
  await commitInGroup(db, () => connectionOf(db).prepare('INSERT INTO gc_test (v) VALUES (?)').run('durable'));
  expect(other.prepare("SELECT count(*) FROM gc_test WHERE v = 'durable'").pluck().get()).toBe(1);
  other.close();
});
