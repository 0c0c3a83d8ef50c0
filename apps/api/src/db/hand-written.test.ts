import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { asc, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { connectionOf, openDatabase, type Db } from './client.js';
import { columnNames, statement } from './prepared.js';
import { getVisit, insertVisit, listVisits, type VisitLineRow, type VisitRow } from './repos/visits.js';
import { visitLines, visits } from './schema/index.js';

/*
 * The visit's hand-written statements (db/repos/visits.ts) bind their values and read their rows by
 * position, for speed. Their column lists come from the drizzle tables; these tests check that a
 * visit written by them and read back by the query builder (which maps by name) is the same visit,
 * every column with a value no other column has, so a list out of step with its values fails here.
 */

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-hand-written-'));
const db = openDatabase(join(dir, 'app.db'));
// The rows' stores, reps and products are not this test's subject.
connectionOf(db).pragma('foreign_keys = OFF');
afterAll(() => {
  connectionOf(db).close();
  rmSync(dir, { recursive: true, force: true });
});

/** The columns SQLite has (the migrations' result), in table order. */
const sqliteColumns = (table: Table) =>
  (connectionOf(db).prepare(`SELECT name FROM pragma_table_info('${getTableName(table)}')`).pluck().all() as string[]).sort();
const drizzleColumns = (table: Table) =>
  Object.values(getTableColumns(table))
    .map((c) => c.name)
    .sort();

// Every value distinct from every other (a swapped pair of columns reads back wrong).
const visit: VisitRow = {
  id: 'visit-1',
  storeId: 'store-1',
  repId: 'rep-1',
  checkInAt: '2026-03-02T01:02:03.004Z',
  visitDate: '2026-03-02',
  checkOutAt: '2026-03-02T02:03:04.005Z',
  lat: 31.1,
  lng: 121.2,
  accuracy: 12.3,
  distanceMeters: 45.6,
  issues: ['issue-a'],
  competitorNotes: 'competitor',
  promoterNotes: 'promoter',
  storeOpinion: 'opinion',
  repSuggestion: 'suggestion',
  signedBy: 'signer',
  bodyHash: 'hash',
  createdAt: '2026-03-02T03:04:05.006Z',
  lineCount: 2,
  photoCount: 0,
  relocations: [{ lat: 31.3, lng: 121.4, accuracy: 7.8, at: '2026-03-02T01:30:00.000Z', distanceMeters: 9.1 }],
};
const line = (lineNo: number, priceTagOk: boolean): VisitLineRow => ({
  visitId: visit.id,
  lineNo,
  productId: `product-${lineNo}`,
  storeId: visit.storeId,
  repId: visit.repId,
  visitDate: visit.visitDate,
  checkInAt: visit.checkInAt,
  shelfPriceMinor: 1000 + lineNo,
  priceTagOk,
  stockQty: 20 + lineNo,
  productionDate: '2026-01-0' + lineNo,
  shelfLayer: `layer-${lineNo}`,
  facings: 30 + lineNo,
  onPromo: !priceTagOk,
  promoType: `promo-${lineNo}`,
  promoStart: '2026-02-0' + lineNo,
  promoEnd: '2026-04-0' + lineNo,
  orderQty: 40 + lineNo,
  suggestedOrderQty: 50 + lineNo,
  soldQty: 60 + lineNo,
  suggestion: { qty: 70 + lineNo },
  issues: [`line-issue-${lineNo}`],
});
const lines = [line(1, true), line(2, false)];

describe('the visit statements written by hand', () => {
  it('name every column of the drizzle tables, which are the columns the migrations made', () => {
    expect(drizzleColumns(visits)).toEqual(sqliteColumns(visits));
    expect(drizzleColumns(visitLines)).toEqual(sqliteColumns(visitLines));
  });

  it('store a visit and its lines as the query builder reads them back, column by column', () => {
    db.transaction((tx) => insertVisit(tx, visit, lines));
    expect(db.select().from(visits).all()).toEqual([visit]);
    expect(db.select().from(visitLines).orderBy(asc(visitLines.lineNo)).all()).toEqual(lines);
  });

  it('read a visit and a page of visits as the query builder does', () => {
    const stored = db.select().from(visits).all();
    expect(stored).toHaveLength(1);
    expect(getVisit(db, visit.id)).toEqual(stored[0]);
    expect(listVisits(db, { limit: 10 })).toEqual(stored);
    expect(listVisits(db, { limit: 10, userIds: [visit.repId] })).toEqual(stored);
    expect(listVisits(db, { limit: 10, userIds: [visit.repId, 'someone-else'] })).toEqual(stored);
  });
});

describe('columnNames', () => {
  const sample = sqliteTable('sample', { id: text('id').primaryKey(), dayCount: integer('day_count').notNull() });

  it("gives the SQL names in the caller's order", () => {
    expect(columnNames(sample, ['dayCount', 'id'])).toEqual(['day_count', 'id']);
  });

  it('refuses a list that leaves a column out, names one twice or one not in the table', () => {
    // @ts-expect-error the type names the missing column too
    expect(() => columnNames(sample, ['id'])).toThrow('every column');
    // @ts-expect-error dayCount is missing
    expect(() => columnNames(sample, ['id', 'id'])).toThrow('every column');
    // (a column named twice, the others all there, is beyond the type)
    expect(() => columnNames(sample, ['id', 'dayCount', 'id'])).toThrow('every column');
    // @ts-expect-error other is no column of the table
    expect(() => columnNames(sample, ['id', 'dayCount', 'other'])).toThrow('other');
  });

  it('refuses a column without an explicit SQL name (the casing rule would name it)', () => {
    const unnamed = sqliteTable('unnamed', { id: text().primaryKey() });
    expect(() => columnNames(unnamed, ['id'])).toThrow('explicit SQL name');
  });
});

describe('connectionOf', () => {
  it('is the connection of a database, of its transactions and of their savepoints', () => {
    const sqlite = connectionOf(db);
    const seen = db.transaction((tx) => [connectionOf(tx), tx.transaction((inner) => connectionOf(inner))]);
    expect(seen).toEqual([sqlite, sqlite]);
    // A statement prepared through a transaction is the connection's (compiled once for both).
    const text = 'SELECT 1';
    expect(db.transaction((tx) => statement(tx, text))).toBe(statement(db, text));
  });

  it('refuses a handle openDatabase did not make', () => {
    const other = drizzle({ client: connectionOf(db) }) as unknown as Db;
    expect(() => connectionOf(other)).toThrow('openDatabase');
  });
});
