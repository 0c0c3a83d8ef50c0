import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { makeApp, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { insertVisit } from '../../test/fixtures-scoring.js';
import { connectionOf } from '../../db/client.js';

jest.setTimeout(30_000);

/*
 * Money bounds and exact totals (issue 13, item 7): inputs are bounded so that realistic sums stay
 * exact, totals are summed in integer minor units, and a row beyond the bounds (stored before
 * they existed) never makes a report or a ranking fail for everyone.
 */

let ctx: TestContext;
let org: Org;
let admin: Client;
let m1: Client;
let ids: Record<string, string>;

/** A value written straight to the database, as rows stored before the bounds were. */
const raw = (sql: string, ...params: unknown[]) => connectionOf(ctx.app.db).prepare(sql).run(...params);

beforeAll(async () => {
  ctx = await makeApp();
  org = await seedOrg(ctx.app);
  admin = org.admin;
  ids = org.ids;
  m1 = await org.as('m1');
});

afterAll(async () => {
  await ctx.close();
});

describe('money inputs are bounded (400 naming the field)', () => {
  it('prices up to 1,000,000.00', async () => {
    const product = { sku: 'BIG', name: 'Big', unit: '台', retailPrice: 1_000_000, supplyPrice: 1_000_000, shelfLifeDays: 365 };
    const ok = await admin.post('/products', product);
    expect(ok.status).toBe(201);
    for (const field of ['supplyPrice', 'retailPrice'] as const) {
      const res = await admin.post('/products', { ...product, sku: `BIG-${field}`, [field]: 1_000_000.01 });
      expect([field, res.status, res.body.errors?.map((e: { path: string }) => e.path)]).toEqual([field, 400, [`/${field}`]]);
      const patched = await admin.patch(`/products/${ok.body.id}`, { [field]: 10_000_000 });
      expect([field, patched.status]).toEqual([field, 400]);
    }
  });

  it('collections, collection plans and refunds up to 1,000,000,000.00', async () => {
    expect((await m1.post('/collections', { userId: ids.r1, date: '2026-10-02', amount: 1_000_000_000 })).status).toBe(201);
    const over = await m1.post('/collections', { userId: ids.r1, date: '2026-10-02', amount: 1_000_000_000.01 });
    expect([over.status, over.body.errors?.map((e: { path: string }) => e.path)]).toEqual([400, ['/amount']]);
    const plan = await m1.put(`/collection-plans/${ids.r1}/2026-10`, { amount: 1_000_000_000.01 });
    expect([plan.status, plan.body.errors?.map((e: { path: string }) => e.path)]).toEqual([400, ['/amount']]);
    const listed = await m1.get(`/collections?userId=${ids.r1}&from=2026-10-01&to=2026-10-31`);
    expect(listed.body.items.map((c: { amount: number }) => c.amount)).toEqual([1_000_000_000]); // the refused one wrote nothing
    const r1 = await org.as('r1');
    const big = (await admin.get('/products?limit=100')).body.items.find((p: { sku: string }) => p.sku === 'BIG').id;
    const ret = await r1.post('/returns', { storeId: ids.S1, productId: big, qty: 1001, reason: 'quality_defect', requestDate: '2026-10-02' }); // worth 1,001,000,000.00
    expect(ret.status).toBe(201);
    const refund = await r1.post(`/returns/${ret.body.id}/execute`, { refundAmount: 1_000_000_000.01 });
    expect([refund.status, refund.body.errors?.map((e: { path: string }) => e.path)]).toEqual([400, ['/refundAmount']]);
  });
});

describe('totals never fail for one row', () => {
  it('the sales report answers a period holding 101 units at a price beyond the bound (exact where representable)', async () => {
    const res = await admin.post('/products', { sku: 'HUGE', name: 'Huge', unit: '台', retailPrice: 1, supplyPrice: 1, shelfLifeDays: 365 });
    ids.HUGE = res.body.id;
    raw('UPDATE products SET supply_price_minor = ? WHERE id = ?', 10_000_000_000_000, ids.HUGE); // 100,000,000,000.00, the old maximum
    insertVisit(ctx.app.db, { storeId: ids.S1!, repId: ids.r1!, date: '2026-10-05', lines: [{ productId: ids.HUGE!, orderQty: 101, soldQty: null, issues: [] }, { productId: ids.P1!, orderQty: 3, soldQty: null, issues: [] }] });
    insertVisit(ctx.app.db, { storeId: ids.S2!, repId: ids.r2!, date: '2026-10-06', lines: [{ productId: ids.P1!, orderQty: 7, soldQty: null, issues: [] }] });
    for (const groupBy of ['sku', 'store', 'category', 'rep']) {
      for (const who of [admin, m1]) {
        const report = await who.get(`/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=${groupBy}`);
        expect([groupBy, report.status]).toEqual([groupBy, 200]);
      }
    }
    const bySku = (await admin.get('/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=sku')).body.items;
    const amount = (key: string) => bySku.find((i: { key: string }) => i.key === key).orderAmount;
    expect(amount(ids.HUGE!)).toBe(10_100_000_000_000); // 1.01e15 minor units: beyond the exact range, the nearest double
    expect(amount(ids.P1!)).toBe(65); // 10 × 6.50, exact
    const byStore = (await admin.get('/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=store')).body.items;
    expect(byStore.find((i: { key: string }) => i.key === ids.S2).orderAmount).toBe(45.5);
    expect((await admin.get('/reports/sales?from=2026-10-01&to=2026-10-31&format=csv')).status).toBe(200);
  });

  it('a month’s ranking answers with 101 of the largest collections, exactly, and with collections beyond the bound', async () => {
    for (let i = 0; i < 101; i++) {
      expect((await m1.post('/collections', { userId: ids.r1b, date: '2026-11-03', amount: 999_999_999.99 })).status).toBe(201);
    }
    const ranking = await m1.get('/scorecards?month=2026-11');
    expect(ranking.status).toBe(200);
    const card = ranking.body.items.find((c: { userId: string }) => c.userId === ids.r1b);
    const collection = card.items.find((i: { code: string }) => i.code === 'collection');
    expect(JSON.stringify(collection.inputs)).toContain('100999999998.99');

    // rows stored before the bound: 101 × 100,000,000,000.00 for r1 in December
    for (let i = 0; i < 101; i++) {
      raw('INSERT INTO collections (id, user_id, date, amount_minor, reference, created_at) VALUES (?, ?, ?, ?, NULL, ?)', `legacy-${i}`, ids.r1, '2026-12-03', 10_000_000_000_000, '2026-12-03T00:00:00.000Z');
    }
    expect((await m1.get('/scorecards?month=2026-12')).status).toBe(200);
    expect((await m1.get(`/scorecards/${ids.r1}/2026-12`)).status).toBe(200);
  });
});
