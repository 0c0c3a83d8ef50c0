import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ADMIN_PASSWORD, login, makeApp, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { insertVisit } from '../../test/fixtures-scoring.js';
import { promotionApplication } from '../../test/promotion-application.js';

jest.setTimeout(30_000);

/*
 * Reports through HTTP over known visits. October 2026 (31 days, Thursday to Saturday) is the
 * period; its comparable period is the 31 days on the same weekdays five weeks earlier,
 * 2026-08-27..2026-09-26. Prices: P1 and PK 6.50, DR1 3.25, SN1 10.00.
 *
 *   prev  r1 S1  09-10  P1 100 (sold 40), DR1 10
 *   prev  r2 S2  09-15  P1 50
 *   prev  r1 S1  09-25  PK 40
 *   now   r1 S1  10-05  P1 120 (sold 50, price tag missing, facings below minimum), DR1 30 (sold 5)
 *   now   r1 S1  10-06  PK 60 (sold 10)
 *   now   r1 S1N 10-20  P1 10 (no history)
 *   now   r2 S2  10-10  P1 20 (sold 7), SN1 5 (price mismatch)
 *   out   r1 S1  08-26 and 11-01: P1 500 and 999, in neither period
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OCTOBER = 'from=2026-10-01&to=2026-10-31';

let ctx: TestContext;
let org: Org;
let admin: Client;
let m1: Client;
let m2: Client;
let gm: Client;
let r1: Client;
const ids: Record<string, string> = {};

type Row = { key: string; code: string | null; label: string; orderQty: number; previousOrderQty: number; changePct: number | null; anomaly: boolean } & Record<string, unknown>;
const byCode = (items: Row[]) => Object.fromEntries(items.map((i) => [i.code ?? '', i]));

beforeAll(async () => {
  ctx = await makeApp();
  org = await seedOrg(ctx.app);
  admin = org.admin;
  Object.assign(ids, org.ids);
  for (const [sku, category, supplyPrice] of [['DR1', '饮料', 3.25], ['SN1', '零食', 10]] as const) {
    const res = await admin.post('/products', { sku, name: `商品 ${sku}`, unit: '瓶', category, retailPrice: 20, supplyPrice, shelfLifeDays: 180 });
    expect(res.status).toBe(201);
    ids[sku] = res.body.id;
  }
  m1 = await org.as('m1');
  m2 = await org.as('m2');
  gm = await org.as('gm');
  r1 = await org.as('r1');
  const db = ctx.app.db;
  const visit = (store: string, rep: string, date: string, lines: { p: string; qty: number; sold?: number | null; issues?: string[] }[]) =>
    insertVisit(db, {
      storeId: ids[store]!,
      repId: ids[rep]!,
      date,
      lines: lines.map((l) => ({ productId: ids[l.p]!, orderQty: l.qty, soldQty: l.sold ?? null, issues: l.issues ?? [] })),
    });
  visit('S1', 'r1', '2026-09-10', [{ p: 'P1', qty: 100, sold: 40 }, { p: 'DR1', qty: 10 }]);
  visit('S2', 'r2', '2026-09-15', [{ p: 'P1', qty: 50 }]);
  visit('S1', 'r1', '2026-09-25', [{ p: 'PK', qty: 40 }]);
  visit('S1', 'r1', '2026-10-05', [
    { p: 'P1', qty: 120, sold: 50, issues: ['price_tag_missing', 'facings_below_minimum'] },
    { p: 'DR1', qty: 30, sold: 5 },
  ]);
  visit('S1', 'r1', '2026-10-06', [{ p: 'PK', qty: 60, sold: 10 }]);
  visit('S1N', 'r1', '2026-10-20', [{ p: 'P1', qty: 10 }]);
  visit('S2', 'r2', '2026-10-10', [{ p: 'P1', qty: 20, sold: 7 }, { p: 'SN1', qty: 5, issues: ['price_mismatch'] }]);
  visit('S1', 'r1', '2026-08-26', [{ p: 'P1', qty: 500 }]);
  visit('S1', 'r1', '2026-11-01', [{ p: 'P1', qty: 999 }]);
});

afterAll(async () => {
  await ctx.close();
});

describe('GET /reports/sales', () => {
  it('by SKU: order quantity and amount at supply price, sell-out, change against the comparable period, anomalies', async () => {
    const res = await admin.get(`/reports/sales?${OCTOBER}&groupBy=sku`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: '2026-10-01', to: '2026-10-31', previousFrom: '2026-08-27', previousTo: '2026-09-26', groupBy: 'sku',
      anomalyThresholdPct: 30, anomalyMinUnits: 50, anomalyMinAmount: 500,
    });
    const items = res.body.items as Row[];
    expect(items.map((i) => i.code)).toEqual(['P1', 'PK', 'DR1', 'SN1']); // by amount, highest first
    const rows = byCode(items);
    expect(rows.P1).toMatchObject({ key: ids.P1, label: 'Product P1', orderQty: 150, orderAmount: 975, soldQty: 57, previousOrderQty: 150, previousOrderAmount: 975, changePct: 0, anomaly: false });
    // +50 %, but 40 units (¥260.00) before are below the 50 units and ¥500 a period needs.
    expect(rows.PK).toMatchObject({ orderQty: 60, orderAmount: 390, soldQty: 10, previousOrderQty: 40, changePct: 50, anomaly: false, anomalyBranch: 'below_minimum' });
    expect(rows.PK!.explanationKey).toBe('sales_anomaly.below_minimum_both');
    // +200 %, but 10 units (¥32.50) before is too little to compare: not an anomaly.
    expect(rows.DR1).toMatchObject({ orderQty: 30, orderAmount: 97.5, soldQty: 5, previousOrderQty: 10, changePct: 200, anomaly: false, anomalyBranch: 'below_minimum' });
    expect(rows.DR1!.explanation).toBe('本期 30 件（¥97.50），对比期 10 件（¥32.50）：两期量都太小，不足以比较（每期至少 50 件且 ¥500.00），不判异动。');
    expect(rows.DR1).toMatchObject({ explanationKey: 'sales_anomaly.below_minimum_both', explanationParams: expect.objectContaining({ currentQty: 30, previousQty: 10, minUnits: 50 }) });
    expect(rows.SN1).toMatchObject({ orderQty: 5, orderAmount: 50, previousOrderQty: 0, changePct: null, anomaly: false, anomalyBranch: 'below_minimum' });
    expect(rows.P1!.explanation).toBe('本期 150 件（¥975.00），对比期 150 件（¥975.00）：变化 0%，在 ±30% 以内。');
  });

  it('groups by rep, store and category', async () => {
    const reps = byCode((await admin.get(`/reports/sales?${OCTOBER}&groupBy=rep`)).body.items);
    expect(reps.r1).toMatchObject({ key: ids.r1, label: 'R1', orderQty: 220, previousOrderQty: 150, changePct: 46.7, anomaly: true });
    // −50 %, but 25 units (¥180.00) this period are below the minimum.
    expect(reps.r2).toMatchObject({ orderQty: 25, orderAmount: 180, previousOrderQty: 50, changePct: -50, anomaly: false, anomalyBranch: 'below_minimum' });

    const stores = byCode((await admin.get(`/reports/sales?${OCTOBER}&groupBy=store`)).body.items);
    expect(stores.S1).toMatchObject({ key: ids.S1, label: 'Store S1', orderQty: 210, previousOrderQty: 150, changePct: 40 });
    expect(stores.S1N).toMatchObject({ orderQty: 10, previousOrderQty: 0, changePct: null, soldQty: 0 });
    expect(stores.S2).toMatchObject({ orderQty: 25, orderAmount: 180, previousOrderQty: 50 });

    const categories = (await admin.get(`/reports/sales?${OCTOBER}&groupBy=category`)).body.items as Row[];
    const byKey = Object.fromEntries(categories.map((c) => [c.key, c]));
    expect(byKey['饮料']).toMatchObject({ label: '饮料', orderQty: 30, previousOrderQty: 10, changePct: 200 });
    expect(byKey['零食']).toMatchObject({ orderQty: 5, previousOrderQty: 0 });
    expect(byKey['']).toMatchObject({ label: '未分类', code: null, orderQty: 210, previousOrderQty: 190, changePct: 10.5, anomaly: false });
    const en = (await admin.get(`/reports/sales?${OCTOBER}&groupBy=category`, { 'accept-language': 'en' })).body.items as Row[];
    expect(en.find((c) => c.key === '')!.label).toBe('Uncategorised');
  });

  it('counts only the visits the caller may see, whichever way that is computed', async () => {
    const mine = byCode((await m1.get(`/reports/sales?${OCTOBER}&groupBy=sku`)).body.items);
    expect(Object.keys(mine).sort()).toEqual(['DR1', 'P1', 'PK']);
    // 130 against 100 is +30.0%: not beyond a 30% threshold.
    expect(mine.P1).toMatchObject({ orderQty: 130, previousOrderQty: 100, changePct: 30, anomaly: false });
    const theirs = byCode((await m2.get(`/reports/sales?${OCTOBER}&groupBy=sku`)).body.items);
    expect(theirs.P1).toMatchObject({ orderQty: 20, previousOrderQty: 50, changePct: -60 });
    expect(Object.keys(theirs).sort()).toEqual(['P1', 'SN1']);
    // The GM sees everyone but the admin: the whole minus the hidden reps, the same as the admin's answer.
    for (const groupBy of ['sku', 'store', 'category', 'rep']) {
      const whole = (await admin.get(`/reports/sales?${OCTOBER}&groupBy=${groupBy}`)).body.items;
      expect((await gm.get(`/reports/sales?${OCTOBER}&groupBy=${groupBy}`)).body.items).toEqual(whole);
    }
    const m1Stores = byCode((await m1.get(`/reports/sales?${OCTOBER}&groupBy=store`)).body.items);
    expect(Object.keys(m1Stores).sort()).toEqual(['S1', 'S1N']);
  });

  it('follows the anomalyThresholdPct setting', async () => {
    const settings = (await admin.get('/settings')).body;
    // Minimums off: the threshold alone decides.
    const open = { ...settings, anomalyMinUnits: 0, anomalyMinAmount: 0 };
    expect((await admin.put('/settings', { ...open, anomalyThresholdPct: 199.5 })).status).toBe(200);
    const strict = byCode((await admin.get(`/reports/sales?${OCTOBER}`)).body.items);
    expect(strict.DR1!.anomaly).toBe(true); // 200 > 199.5
    expect(strict.PK!.anomaly).toBe(false);
    expect(strict.SN1).toMatchObject({ anomaly: true, changePct: null, explanationKey: 'sales_anomaly.from_nothing' });
    expect((await admin.put('/settings', { ...open, anomalyThresholdPct: 200 })).status).toBe(200);
    expect(byCode((await admin.get(`/reports/sales?${OCTOBER}`)).body.items).DR1!.anomaly).toBe(false);
    expect((await admin.put('/settings', settings)).status).toBe(200);
  });

  it('follows the minimum-volume settings: each period needs the units and the amount', async () => {
    const settings = (await admin.get('/settings')).body;
    expect(settings).toMatchObject({ anomalyMinUnits: 50, anomalyMinAmount: 500 });
    // 10 units are enough now, but DR1's ¥32.50 before is still below ¥500.
    expect((await admin.put('/settings', { ...settings, anomalyMinUnits: 10 })).status).toBe(200);
    expect(byCode((await admin.get(`/reports/sales?${OCTOBER}`)).body.items).DR1).toMatchObject({ anomaly: false, anomalyBranch: 'below_minimum' });
    expect((await admin.put('/settings', { ...settings, anomalyMinUnits: 10, anomalyMinAmount: 30 })).status).toBe(200);
    const rows = byCode((await admin.get(`/reports/sales?${OCTOBER}`, { 'accept-language': 'en' })).body.items);
    expect(rows.DR1).toMatchObject({ anomaly: true, anomalyBranch: 'beyond_threshold' });
    expect(rows.DR1!.explanation).toBe('30 units (¥97.50) against 10 (¥32.50) in the comparable period: 200%, beyond ±30%: an anomaly to explain.');
    // A client that PUTs back only the contract's eight keys keeps the stored minimums.
    const { anomalyMinUnits: _u, anomalyMinAmount: _a, ...eight } = settings;
    expect((await admin.put('/settings', eight)).body).toMatchObject({ anomalyMinUnits: 10, anomalyMinAmount: 30 });
    // Refused, naming the field, in the caller's language; nothing written.
    for (const [field, value] of [['anomalyMinUnits', -1], ['anomalyMinUnits', 2.5], ['anomalyMinAmount', 0.001], ['anomalyMinAmount', -5]] as const) {
      const res = await admin.put('/settings', { ...settings, [field]: value }, { 'accept-language': 'en' });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(`/${field}`);
    }
    expect((await admin.get('/settings')).body).toMatchObject({ anomalyMinUnits: 10, anomalyMinAmount: 30 });
    expect((await admin.put('/settings', settings)).status).toBe(200);
  });

  it('a short range compares the same weekdays a week before, and a few units against nothing are no anomaly', async () => {
    // Mon 10-05 .. Wed 10-07 against Mon 09-28 .. Wed 09-30 (not Fri 10-02 .. Sun 10-04), where nothing was ordered.
    const res = await admin.get('/reports/sales?from=2026-10-05&to=2026-10-07&groupBy=sku');
    expect(res.body).toMatchObject({ previousFrom: '2026-09-28', previousTo: '2026-09-30' });
    const rows = res.body.items as Row[];
    expect(rows.map((r) => r.code).sort()).toEqual(['DR1', 'P1', 'PK']);
    expect(rows.filter((r) => r.anomaly)).toEqual([]);
    expect(rows.every((r) => r.changePct === null && r.anomalyBranch === 'below_minimum')).toBe(true);
  });

  it('refuses without reports.read (403), without a token (401), and bad ranges or parameters (400)', async () => {
    expect((await r1.get(`/reports/sales?${OCTOBER}`)).status).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/reports/sales?${OCTOBER}` })).statusCode).toBe(401);
    for (const query of [
      'from=2026-10-31&to=2026-10-01',
      'from=2025-01-01&to=2026-01-02',
      'from=2026-10-01',
      'to=2026-10-31',
      'from=2026-10-01&to=2026-10-32',
      `${OCTOBER}&groupBy=brand`,
      `${OCTOBER}&format=pdf`,
    ]) {
      const res = await m1.get(`/reports/sales?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await m1.get('/reports/sales?from=2025-10-31&to=2026-10-31')).status).toBe(200); // 366 days
  });

  it('answers CSV with a BOM, a header row and CRLF lines, by Accept or by ?format=', async () => {
    const res = await admin.get(`/reports/sales?${OCTOBER}&groupBy=sku`, { accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="sales-by-sku-2026-10-01-2026-10-31\.csv"/);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const [header, ...rows] = lines.slice(0, -1);
    expect(header).toBe('商品编码,商品名称,订货数量,订货金额(供价),销量估算,对比期订货数量,对比期订货金额,变化率(%),异动,说明');
    expect(rows).toHaveLength(4);
    const cells = rows.map((r) => r.split(','));
    expect(cells[0]!.slice(0, 9)).toEqual(['P1', 'Product P1', '150', '975', '57', '150', '975', '0', 'false']);
    expect(cells[3]!.slice(0, 9)).toEqual(['SN1', '商品 SN1', '5', '50', '0', '0', '0', '', 'false']);

    const byQuery = await admin.get(`/reports/sales?${OCTOBER}&groupBy=sku&format=csv`, { accept: 'application/json', 'accept-language': 'en' });
    expect(byQuery.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byQuery.text.slice(1).split('\r\n')[0]).toBe(
      'SKU,Product,Order qty,Order amount (supply price),Sell-out estimate,Comparable period qty,Comparable period amount,Change (%),Anomaly,Explanation',
    );
    const json = await admin.get(`/reports/sales?${OCTOBER}&format=json`, { accept: 'text/csv' });
    expect(json.headers['content-type']).toContain('application/json');
    const preferred = await admin.get(`/reports/sales?${OCTOBER}`, { accept: 'application/json;q=0.5, text/csv' });
    expect(preferred.headers['content-type']).toContain('text/csv');
  });

  it('answers a real XLSX workbook with a bold header row, by Accept or by ?format=', async () => {
    for (const request of [
      { url: `/api/v1/reports/sales?${OCTOBER}&groupBy=store`, headers: { accept: XLSX } },
      { url: `/api/v1/reports/sales?${OCTOBER}&groupBy=store&format=xlsx`, headers: {} },
    ]) {
      const res = await ctx.app.inject({ method: 'GET', url: request.url, headers: { authorization: `Bearer ${await adminToken()}`, ...request.headers } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toContain('.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = sheet.getRow(1);
      expect(header.getCell(1).value).toBe('门店编码');
      expect(header.getCell(3).value).toBe('订货数量');
      expect(header.font?.bold).toBe(true);
      expect(sheet.rowCount).toBe(4);
      const s1 = [2, 3, 4].map((n) => sheet.getRow(n)).find((r) => r.getCell(1).value === 'S1')!;
      expect(s1.getCell(2).value).toBe('Store S1');
      expect(s1.getCell(3).value).toBe(210);
      expect(s1.getCell(4).value).toBe(1267.5); // 120×6.5 + 30×3.25 + 60×6.5
      expect(s1.getCell(8).value).toBe(40);
      expect(s1.getCell(9).value).toBe(true);
    }
  });
});

/** A bearer token for raw `inject` calls that need the binary body. */
const adminToken = () => login(ctx.app, 'admin', ADMIN_PASSWORD);

describe('GET /reports/display-issues', () => {
  it('counts R3 issues by store and SKU, only where there were some', async () => {
    const res = await admin.get(`/reports/display-issues?${OCTOBER}`);
    expect(res.status).toBe(200);
    expect(res.body.groupBy).toBe('store_sku');
    const rows = res.body.items as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.sku === 'P1')).toMatchObject({
      storeCode: 'S1', linesChecked: 1, linesWithIssues: 1, priceTagMissing: 1, facingsBelowMinimum: 1, priceMismatch: 0, promoTagExpired: 0, lastIssueDate: '2026-10-05',
    });
    expect(rows.find((r) => r.sku === 'SN1')).toMatchObject({ storeCode: 'S2', priceMismatch: 1, linesWithIssues: 1 });

    const byStore = (await admin.get(`/reports/display-issues?${OCTOBER}&groupBy=store`)).body.items;
    expect(byStore.find((r: { storeCode: string }) => r.storeCode === 'S1')).toMatchObject({ linesChecked: 3, linesWithIssues: 1, sku: null });
    const bySku = (await admin.get(`/reports/display-issues?${OCTOBER}&groupBy=sku`)).body.items;
    expect(bySku.find((r: { sku: string }) => r.sku === 'P1')).toMatchObject({ linesChecked: 3, linesWithIssues: 1, storeCode: null });

    const team = (await m1.get(`/reports/display-issues?${OCTOBER}`)).body.items;
    expect(team.map((r: { storeCode: string }) => r.storeCode)).toEqual(['S1']);
    expect((await r1.get(`/reports/display-issues?${OCTOBER}`)).status).toBe(403);
  });

  it('exports CSV with the columns of its grouping', async () => {
    const res = await admin.get(`/reports/display-issues?${OCTOBER}&groupBy=store&format=csv`, { 'accept-language': 'en' });
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = res.text.slice(1).trimEnd().split('\r\n');
    expect(header).toBe('Store code,Store,Lines checked,Lines with issues,Facings below minimum,Price tag missing,Price mismatch,Promo tag expired,Last issue');
    expect(rows.map((r) => r.split(',')[0]).sort()).toEqual(['S1', 'S2']);
  });
});

describe('GET /reports/promotion-effects', () => {
  it('shows the R5 effect of a completed promotion on known visits', async () => {
    const created = await m1.post(
      '/promotions',
      promotionApplication(ids.S1, ids.PK, { title: '十月新品陈列', source: 'company', startDate: '2026-10-05', endDate: '2026-10-14', estimatedCost: 1000, estimatedEffect: '100' }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await m1.post(`/promotions/${id}/submit`, {})).body.status).toBe('approved');
    // Before actuals are reported the row says so: no actual cost, no cost per extra unit, and
    // the sentence never calls anything the actual cost (it once read "实际费用 0.00").
    const before = (await m1.get('/reports/promotion-effects?from=2026-10-01&to=2026-10-31', { 'accept-language': 'zh-CN' })).body.items[0];
    expect(before).toMatchObject({ promotionId: id, actualCost: null, costPerExtraUnit: null, extraUnits: 20 });
    expect(before.explanation).toContain('尚未上报实际费用');
    expect(before.explanation).not.toMatch(/实际费用 [¥0-9]/);
    const reported = await m1.post(`/promotions/${id}/report`, {
      actualMaterials: [{ name: 'poster', qty: 2 }],
      actualStaff: 1,
      actualCost: 800,
      actualEffect: 'good',
      issues: 'none',
      improvementPlan: 'none',
    });
    expect(reported.status).toBe(200);

    const res = await m1.get('/reports/promotion-effects?from=2026-10-01&to=2026-10-31', { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      promotionId: id,
      status: 'completed',
      baselineStart: '2026-09-25',
      baselineEnd: '2026-10-04',
      unitsInWindow: 60,
      unitsBefore: 40,
      extraUnits: 20,
      upliftPct: 50,
      estimatedCost: 1000,
      actualCost: 800,
      costPerExtraUnit: 40,
      vsEstimateUnits: -80,
    });
    expect(res.body.items[0].explanation).toContain('50');
    expect(res.body.items[0].explanation).toContain('cost ¥800.00, ¥40.00 per extra unit');
    expect((await m2.get('/reports/promotion-effects')).body.items).toHaveLength(0);
    expect((await m1.get('/reports/promotion-effects?from=2026-11-01&to=2026-11-30')).body.items).toHaveLength(0);

    const xlsx = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/promotion-effects?format=xlsx',
      headers: { authorization: `Bearer ${await adminToken()}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe('十月新品陈列');
  });
});

describe('the OpenAPI document', () => {
  it('describes the reports with their JSON, CSV and XLSX answers, and the scoring routes', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const sales = doc.paths['/api/v1/reports/sales'].get;
    expect(Object.keys(sales.responses['200'].content).sort()).toEqual(['application/json', 'text/csv', XLSX].sort());
    expect(sales.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'groupBy', 'format']));
    for (const path of [
      '/api/v1/reports/display-issues',
      '/api/v1/reports/promotion-effects',
      '/api/v1/collection-plans/{userId}/{month}',
      '/api/v1/collections',
      '/api/v1/market-plans',
      '/api/v1/market-plans/{id}/complete',
      '/api/v1/complaints',
      '/api/v1/complaints/{id}/validate',
      '/api/v1/discipline-records',
      '/api/v1/scorecards',
      '/api/v1/scorecards/{userId}/{month}',
      '/api/v1/scorecards/{userId}/{month}/finalize',
      '/api/v1/scorecards/{userId}/{month}/reopen',
    ]) {
      expect([path, path in doc.paths]).toEqual([path, true]);
    }
  });
});
