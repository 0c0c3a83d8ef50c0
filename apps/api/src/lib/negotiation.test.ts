import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { line, visitBody } from '../test/field-work.js';
import { makeApp, seedOrg, type Client, type Org, type TestContext } from '../test/helpers.js';

/**
 * One negotiation for language and one for format (lib/negotiation.ts): every route answers the
 * same header the same way. `q=abc` is not a qvalue, so that range is not acceptable at all.
 */
let t: TestContext;
let org: Org;
let r1: Client;
let visitId: string;

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
  r1 = await org.as('r1');
  const visit = await r1.post('/visits', visitBody(org.ids.S1!, '2026-10-06T03:00:00Z', [line(org.ids.P1!, { stockQty: 10 })]));
  expect(visit.status).toBe(201);
  visitId = visit.body.id;
}, 60_000);
afterAll(() => t.close());

const preview = { storeId: '', productId: '', qty: 1, reason: 'slow_moving', requestDate: '2026-11-20', productionDate: '2026-06-01' };

/** The language-dependent texts of a return preview, a visit and a CSV report, for one header. */
async function texts(acceptLanguage: string) {
  const headers = { 'accept-language': acceptLanguage };
  const ret = await r1.post('/returns/preview', { ...preview, storeId: org.ids.S1, productId: org.ids.P1 }, headers);
  const visit = await r1.get(`/visits/${visitId}`, headers);
  const csv = await org.admin.get('/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=sku', { ...headers, accept: 'text/csv' });
  expect([ret.status, visit.status, csv.status]).toEqual([200, 200, 200]);
  return { returns: ret.body.eligibility.explanation, visits: visit.body.lines[0].suggestion.explanation, report: csv.text.split('\r\n')[0] };
}

describe('Accept-Language', () => {
  it('is read the same way on /returns, /visits and the reports', async () => {
    const [zh, en] = await Promise.all([texts('zh-CN'), texts('en')]);
    expect([typeof zh.returns, typeof zh.visits]).toEqual(['string', 'string']);
    expect(zh.returns).not.toBe(en.returns);
    expect(zh.visits).not.toBe(en.visits);
    expect(zh.report).not.toBe(en.report);
    // an invalid qvalue drops its range; zh (q=0.5) is then the first acceptable language
    expect(await texts('en;q=abc, zh;q=0.5')).toEqual(zh);
    expect(await texts('en;q=2, zh;q=0.5')).toEqual(zh);
    // the preferred one wins whatever the order; equal weights keep the written order
    expect(await texts('zh;q=0.4, en-GB;q=0.9')).toEqual(en);
    expect(await texts('en, zh')).toEqual(en);
    expect(await texts('fr, en;q=0.1')).toEqual(en);
    expect(await texts('en;q=0, zh')).toEqual(zh);
  });
});

describe('Accept', () => {
  it('drops a range whose q is not a qvalue, like Accept-Language', async () => {
    const url = '/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=sku';
    expect((await org.admin.get(url, { accept: 'text/csv;q=abc, application/json;q=0.5' })).headers['content-type']).toContain('application/json');
    expect((await org.admin.get(url, { accept: 'application/json;q=0.5, text/csv' })).headers['content-type']).toContain('text/csv');
  });
});

describe('server messages', () => {
  it('are in the language the caller asks for (validation, webhook refusal), English when it asks for none', async () => {
    const missing = { storeId: org.ids.S1, qty: 1, reason: 'quality_defect', requestDate: '2026-11-20' };
    const zh = await r1.post('/returns', missing, { 'accept-language': 'en;q=abc, zh;q=0.5' });
    expect(zh.status).toBe(400);
    expect(zh.headers['content-type']).toMatch(/problem\+json/);
    expect(zh.body).toMatchObject({ title: '请求校验未通过', errors: [{ path: '/productId', message: '必填' }] });
    const en = await r1.post('/returns', missing);
    expect(en.body).toMatchObject({ title: 'Validation failed', errors: [{ path: '/productId', message: 'is required' }] });

    const hook = { url: 'http://10.1.2.3/hook', events: ['return.created'] };
    const refusedZh = await org.admin.post('/webhooks', hook, { 'accept-language': 'zh-CN' });
    expect(refusedZh.status).toBe(400);
    expect(refusedZh.body.errors).toEqual([{ path: '/url', message: expect.stringContaining('内网地址') }]);
    expect(refusedZh.body.detail).toContain('内网地址');
    const refusedEn = await org.admin.post('/webhooks', hook, { 'accept-language': 'en-GB' });
    expect(refusedEn.body.errors).toEqual([{ path: '/url', message: expect.stringContaining('private address') }]);
  });

  it('a path no route serves and a URL the router cannot read answer in the caller\'s language', async () => {
    const zh = await r1.get('/no-such-thing', { 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(404);
    expect(zh.body).toMatchObject({ title: '未找到', detail: '没有这个接口：GET /api/v1/no-such-thing' });
    const en = await r1.get('/no-such-thing');
    expect(en.body).toMatchObject({ detail: 'No route GET /api/v1/no-such-thing' });
    const long = await r1.get(`/visits/${'x'.repeat(200)}`, { 'accept-language': 'zh-CN' });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ detail: '路径参数过长', errors: [{ path: '/', message: '路径参数过长' }] });
  });
});
