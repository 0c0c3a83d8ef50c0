// The request ceiling: the SPA's shell and files are never limited; API calls are counted per
// signed-in user or client, wherever they come from (an office behind one NAT is many people);
// calls without a valid token per address. A 429 is problem+json with Retry-After and the wait.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { InjectOptions } from 'fastify';
import { ADMIN_PASSWORD, makeApp, type TestContext } from '../test/helpers.js';

const PER_PRINCIPAL = 10;
const PER_ADDRESS = 4;
const OFFICE = '203.0.113.7'; // one NAT address for everybody in the office
const web = mkdtempSync(join(tmpdir(), 'fieldbeat-web-'));
let t: TestContext;
let adminToken: string;
let repToken: string;

const call = (opts: InjectOptions & { from: string; token?: string }) =>
  t.app.inject({
    ...opts,
    remoteAddress: opts.from,
    headers: { ...opts.headers, ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
  });
const loginFrom = async (from: string, username: string, password: string) => {
  const res = await call({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, from });
  expect(res.statusCode).toBe(200);
  return res.json().accessToken as string;
};

beforeAll(async () => {
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><div id="app"></div>');
  writeFileSync(join(web, 'assets', 'app.css'), 'body{}');
  t = await makeApp({ RATE_LIMIT_PER_MINUTE: String(PER_PRINCIPAL), RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(PER_ADDRESS), WEB_DIST_DIR: web });
  // Set-up from an address of its own, so the office's budgets start full.
  adminToken = await loginFrom('198.51.100.1', 'admin', ADMIN_PASSWORD);
  const admin = { from: '198.51.100.1', token: adminToken };
  expect((await call({ ...admin, method: 'POST', url: '/api/v1/roles', payload: { code: 'sales_rep', title: '业务员', permissions: ['visits.log'] } })).statusCode).toBe(201);
  const user = { username: 'rep', displayName: 'Rep', password: 'rep-password-1', roleCode: 'sales_rep' };
  expect((await call({ ...admin, method: 'POST', url: '/api/v1/users', payload: user })).statusCode).toBe(201);
  repToken = await loginFrom('198.51.100.2', 'rep', 'rep-password-1');
}, 60_000);
afterAll(async () => {
  await t.close();
  rmSync(web, { recursive: true, force: true });
});

const expectTooMany = (res: Awaited<ReturnType<typeof call>>) => {
  expect(res.statusCode).toBe(429);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  const wait = Number(res.headers['retry-after']);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(60);
  expect(res.json()).toMatchObject({ status: 429, title: 'Too many requests', detail: `Too many requests; retry in ${wait} s` });
};

it('never limits the SPA shell, its files or the docs UI', async () => {
  for (let i = 0; i < 3 * PER_ADDRESS; i++) {
    for (const url of ['/', '/visits/new', '/assets/app.css', '/api/docs/']) {
      const res = await call({ method: 'GET', url, from: OFFICE });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    }
  }
});

it('gives each signed-in caller its own budget, even from one address', async () => {
  const me = (token: string) => call({ method: 'GET', url: '/api/v1/me', from: OFFICE, token });
  // The admin's budget follows the admin: the two set-up calls from another address count.
  for (let i = 2; i < PER_PRINCIPAL; i++) expect((await me(adminToken)).statusCode).toBe(200);
  expectTooMany(await me(adminToken));
  // Another person in the same office is not affected, and neither is the address's budget.
  expect((await me(repToken)).statusCode).toBe(200);
  expect((await call({ method: 'GET', url: '/api/v1/health', from: OFFICE })).statusCode).toBe(200);
  // The app still loads for everybody.
  expect((await call({ method: 'GET', url: '/', from: OFFICE })).statusCode).toBe(200);
});

it('counts calls without a valid token per address, refused tokens included', async () => {
  const from = '192.0.2.44';
  for (let i = 0; i < PER_ADDRESS - 1; i++) expect((await call({ method: 'GET', url: '/api/v1/health', from })).statusCode).toBe(200);
  expect((await call({ method: 'GET', url: '/api/v1/me', from, token: 'not-a-token' })).statusCode).toBe(401);
  expectTooMany(await call({ method: 'GET', url: '/api/v1/health', from }));
  expectTooMany(await call({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD }, from }));
  // Other addresses, and signed-in callers at this one, keep their budgets.
  expect((await call({ method: 'GET', url: '/api/v1/health', from: '192.0.2.45' })).statusCode).toBe(200);
  expect((await call({ method: 'GET', url: '/api/v1/me', from, token: repToken })).statusCode).toBe(200);
});
