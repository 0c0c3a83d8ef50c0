import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { login, makeApp, PASSWORD, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { paths, visitBody } from '../../test/field-work.js';

jest.setTimeout(30_000);

// ISO week 2026-W40 runs from Monday 2026-09-28 to Sunday 2026-10-04.
const WEEK = '2026-W40';

let t: TestContext;
let org: Org;
let r1: Client;
let r2: Client;
let m1: Client;

type Row = { storeId: string; tier: string; visitDays: number; required: number; frequencyOk: boolean; spacingOk: boolean; days: string[] };
const rowOf = (items: Row[], storeId: string) => items.find((r) => r.storeId === storeId);

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
  r1 = await org.as('r1');
  r2 = await org.as('r2');
  m1 = await org.as('m1');
  const { ids } = org;
  // S1 (key): Mon, Wed, Fri — twice on Wednesday. Times are UTC; dates are Asia/Shanghai.
  for (const at of ['2026-09-28T02:00:00Z', '2026-09-30T02:00:00Z', '2026-09-30T07:00:00Z', '2026-10-02T02:00:00Z']) {
    expect((await r1.post('/visits', visitBody(ids.S1!, at, []))).status).toBe(201);
  }
  // S2 (key): Mon, Tue, Thu — and 2026-10-04T17:00Z is already Monday 2026-10-05 in Shanghai (next week).
  for (const at of ['2026-09-28T02:00:00Z', '2026-09-29T02:00:00Z', '2026-10-01T02:00:00Z', '2026-10-04T17:00:00Z']) {
    expect((await r2.post('/visits', visitBody(ids.S2!, at, []))).status).toBe(201);
  }
  // A closed store is not listed.
  await org.admin.post('/stores', { code: 'CLOSED', name: 'Closed', tier: 'normal', channel: 'retail', ownerId: ids.r1, status: 'closed' });
}, 120_000);
afterAll(async () => t.close());

describe('GET /reports/visit-compliance', () => {
  it('applies R3 per store: key Mon/Wed/Fri both ok, key Mon/Tue/Thu spacing not ok, an unvisited normal store not ok', async () => {
    const res = await org.admin.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(res.status).toBe(200);
    const { ids } = org;
    expect(rowOf(res.body.items, ids.S1!)).toMatchObject({
      tier: 'key', visitDays: 3, required: 3, frequencyOk: true, spacingOk: true, days: ['2026-09-28', '2026-09-30', '2026-10-02'],
    });
    expect(rowOf(res.body.items, ids.S2!)).toMatchObject({ tier: 'key', visitDays: 3, frequencyOk: true, spacingOk: false });
    expect(rowOf(res.body.items, ids.S1N!)).toMatchObject({ tier: 'normal', visitDays: 0, required: 1, frequencyOk: false, spacingOk: true });
    expect(res.body.items).toHaveLength(3); // active stores only
  });

  it('counts the next week separately, by the local date of the check-in', async () => {
    const res = await org.admin.get('/reports/visit-compliance?week=2026-W41');
    expect(rowOf(res.body.items, org.ids.S2!)).toMatchObject({ visitDays: 1, frequencyOk: false, days: ['2026-10-05'] });
  });

  it('answers CSV (UTF-8 with BOM) and a real XLSX workbook for Excel', async () => {
    const csv = await m1.get(`/reports/visit-compliance?week=${WEEK}`, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('门店编码,门店,级别,拜访天数,要求,频率达标,间隔达标,拜访日期,说明');
    expect(lines.find((l) => l.startsWith('S1,'))).toMatch(/^S1,Store S1,key,3,3,true,true,2026-09-28 2026-09-30 2026-10-02,/);
    const { default: ExcelJS } = await import('exceljs');
    const token = await login(t.app, 'm1', PASSWORD);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/visit-compliance?week=${WEEK}&format=xlsx`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const codes = sheet.getColumn(1).values.slice(2);
    expect(codes).toEqual(expect.arrayContaining(['S1', 'S1N']));
  });

  it('lists only the stores the caller may see', async () => {
    const mine = await r1.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(mine.body.items.map((r: Row) => r.storeId).sort()).toEqual([org.ids.S1, org.ids.S1N].sort());
    const team = await m1.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(team.body.items.map((r: Row) => r.storeId).sort()).toEqual([org.ids.S1, org.ids.S1N].sort());
    const other = await r2.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(other.body.items.map((r: Row) => r.storeId)).toEqual([org.ids.S2]);
  });

  it('uses the visit-frequency settings', async () => {
    const settings = await org.admin.get('/settings');
    await org.admin.put('/settings', { ...settings.body, keyStoreVisitsPerWeek: 4 });
    try {
      const res = await org.admin.get(`/reports/visit-compliance?week=${WEEK}`);
      expect(rowOf(res.body.items, org.ids.S1!)).toMatchObject({ required: 4, frequencyOk: false });
    } finally {
      await org.admin.put('/settings', settings.body);
    }
  });

  it('refuses a malformed week, and a week 53 in a year that has none', async () => {
    const bad = await org.admin.get('/reports/visit-compliance?week=2026-40');
    expect(bad.status).toBe(400);
    expect(paths(bad.body)).toEqual(['/query/week']);
    const w53 = await org.admin.get('/reports/visit-compliance?week=2025-W53');
    expect(w53.status).toBe(400);
    expect(paths(w53.body)).toEqual(['/query/week']);
  });
});
