// OWASP API4/API7/API8 as they apply here: CORS, security headers, the body size limit, list
// bounds, and error answers that never carry a stack trace or SQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InjectOptions } from 'fastify';
import { client, login, makeApp, seedOrg, type Org, type TestContext } from '../test/helpers.js';
import { dbChecksum } from '../test/security-world.js';

const ALLOWED_ORIGIN = 'https://console.fieldbeat.example';
let t: TestContext;
let org: Org;
let adminToken: string;

beforeAll(async () => {
  t = await makeApp({ CORS_ORIGINS: ALLOWED_ORIGIN, BODY_LIMIT_BYTES: '4096' });
  org = await seedOrg(t.app);
  adminToken = await login(t.app, 'admin', 'admin-password-for-tests');
}, 60_000);
afterAll(async () => t.close());

const INTERNALS = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|SQLITE_|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|no such (table|column)|Error: |stack/i;

describe('CORS', () => {
  it('answers an allowed origin and ignores an unknown one, preflight included', async () => {
    const get = (origin: string) => t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin } });
    expect((await get(ALLOWED_ORIGIN)).headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect((await get('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const preflight = (origin: string) =>
      t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/visits',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const ok = await preflight(ALLOWED_ORIGIN);
    expect(ok.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const evil = await preflight('https://evil.example');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.headers['access-control-allow-credentials']).toBeUndefined();
    // A null origin (sandboxed frames, file://) is not the same as no origin.
    expect((await get('null')).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('security headers', () => {
  it.each(['/api/v1/health', '/api/v1/me', '/api/v1/does-not-exist', '/'])('on %s', async (url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${adminToken}` } });
    const h = res.headers;
    expect(h['content-security-policy']).toMatch(/default-src 'self'/);
    expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-frame-options']).toBeDefined();
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['x-powered-by']).toBeUndefined();
    expect(h['x-request-id']).toEqual(expect.any(String));
  });
});

describe('body size limit', () => {
  it('answers 413 problem+json above BODY_LIMIT_BYTES and stores nothing', async () => {
    const before = dbChecksum(t.app);
    const res = await client(t.app, adminToken).post('/products', { sku: 'BIG', name: 'x'.repeat(5000), unit: '袋', retailPrice: 1, supplyPrice: 1, shelfLifeDays: 1 });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(dbChecksum(t.app)).toBe(before);
    // A lying Content-Length does not get past the limit either.
    const lying = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json', 'content-length': '10' },
      payload: JSON.stringify({ sku: 'BIG2', name: 'x'.repeat(5000) }),
    });
    expect(lying.statusCode).toBeGreaterThanOrEqual(400);
    expect(lying.statusCode).toBeLessThan(500);
    expect(dbChecksum(t.app)).toBe(before);
  });
});

describe('limit bounds on every list', () => {
  let lists: string[] = [];
  beforeAll(async () => {
    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    lists = Object.entries(doc.paths as Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>)
      .filter(([path, item]) => !path.includes('{') && item.get?.parameters?.some((p) => p.in === 'query' && p.name === 'limit'))
      .map(([path]) => path);
  });

  it('finds the lists', () => expect(lists.length).toBeGreaterThan(10));

  it('refuses limit outside 1..200 or not a whole number, and honours 1 and 200', async () => {
    const admin = client(t.app, adminToken);
    // Some lists need a filter of their own; give them one that is valid.
    const extra = (path: string) => (path.endsWith('/scorecards') ? '&month=2026-10' : '');
    for (const path of lists) {
      for (const bad of ['0', '201', '-1', 'abc', '1e3', '9999999999999999999', '1.5', '2.0001']) {
        const res = await admin.get(`${path}?limit=${encodeURIComponent(bad)}${extra(path)}`);
        expect({ path, bad, status: res.status, body: res.status === 400 ? "" : res.text.slice(0, 80) }).toEqual({ path, bad, status: 400, body: "" });
      }
      for (const good of ['1', '200']) {
        const res = await admin.get(`${path}?limit=${good}${extra(path)}`);
        expect({ path, good, status: res.status }).toEqual({ path, good, status: 200 });
      }
    }
  });
});

describe('errors carry no internals', () => {
  it('answers malformed, hostile and odd requests with a clean 4xx', async () => {
    const auth = { authorization: `Bearer ${adminToken}` };
    const before = dbChecksum(t.app);
    const cases = [
      { method: 'POST', url: '/api/v1/stores', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"code": "X", ' },
      { method: 'POST', url: '/api/v1/stores', headers: { ...auth, 'content-type': 'application/json' }, payload: '' },
      { method: 'POST', url: '/api/v1/stores', headers: { ...auth, 'content-type': 'text/xml' }, payload: '<store/>' },
      { method: 'POST', url: '/api/v1/stores', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}' },
      { method: 'POST', url: '/api/v1/stores', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ code: "S1' OR '1'='1", name: 'x', tier: 'key', channel: 'ka', ownerId: "x'; DROP TABLE users; --" }) },
      { method: 'POST', url: '/api/v1/products', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"sku":"N","name":"n","unit":"u","retailPrice":1e400,"supplyPrice":1,"shelfLifeDays":1}' },
      { method: 'POST', url: '/api/v1/products', headers: { ...auth, 'content-type': 'application/json' }, payload: '[' + '['.repeat(2000) + ']'.repeat(2000) + ']' },
      { method: 'GET', url: "/api/v1/stores/' OR 1=1 --", headers: auth },
      { method: 'GET', url: '/api/v1/visits?cursor=eyJub3QiOiJhIGN1cnNvciJ9', headers: auth },
      { method: 'GET', url: '/api/v1/visits?from=2026-02-30', headers: auth },
      { method: 'GET', url: `/api/v1/stores/${'x'.repeat(500)}`, headers: auth },
      { method: 'GET', url: '/api/v1/reports/sales?from=2026-01-01&to=2020-01-01', headers: auth },
      { method: 'DELETE', url: '/api/v1/stores/x', headers: auth },
      { method: 'PATCH', url: `/api/v1/stores/${org.ids.S1}`, headers: { ...auth, 'content-type': 'application/json', 'if-match': 'garbage' }, payload: '{"name":"y"}' },
    ];
    for (const c of cases) {
      const res = await t.app.inject(c as InjectOptions);
      const what = `${c.method} ${c.url.slice(0, 60)} -> ${res.statusCode} ${res.body.slice(0, 200)}`;
      expect({ what, clientError: res.statusCode >= 400 && res.statusCode < 500 }).toEqual({ what, clientError: true });
      expect({ what, problem: String(res.headers['content-type']).includes('problem+json') }).toEqual({ what, problem: true });
      expect({ what, internals: INTERNALS.test(res.body) }).toEqual({ what, internals: false });
    }
    expect(dbChecksum(t.app)).toBe(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
