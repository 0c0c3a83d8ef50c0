import { isWorkingDay } from '@fieldbeat/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { ensureAdmin } from '../bootstrap.js';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Db } from '../db/client.js';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

export interface TestContext {
  app: FastifyInstance;
  config: Config;
  dir: string;
  close: () => Promise<void>;
}

/** A real server on a fresh SQLite file in a temp directory, with the admin created. */
export async function makeApp(env: Record<string, string> = {}, db?: Db): Promise<TestContext> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-test-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'app.db'),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_PASSWORD,
    RATE_LIMIT_PER_MINUTE: '0',
    WEB_DIST_DIR: join(dir, 'no-web'),
    ...env,
  });
  const app = await buildApp(config, { logger: false, db });
  await ensureAdmin(app.db, config, () => {});
  return {
    app,
    config,
    dir,
    close: async () => {
      await app.close();
      if (!db) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { openDatabase };

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A tiny client over app.inject, bound to a token. */
export function client(app: FastifyInstance, token?: string) {
  const call = async (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> => {
    const res = await app.inject({
      method,
      url: url.startsWith('/api/') ? url : `/api/v1${url}`,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    let parsed: unknown;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      parsed = res.body;
    }
    return { status: res.statusCode, body: parsed as any, headers: res.headers, text: res.body };
  };
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body ?? {}, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => call('PUT', url, body ?? {}, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) => call('PATCH', url, body ?? {}, headers),
    delete: (url: string, headers?: Record<string, string>) => call('DELETE', url, undefined, headers),
  };
}
export type Client = ReturnType<typeof client>;

export async function login(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await client(app).post('/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.text}`);
  return res.body.accessToken as string;
}

export async function asAdmin(app: FastifyInstance): Promise<Client> {
  return client(app, await login(app, 'admin', ADMIN_PASSWORD));
}

export const PASSWORD = 'password-123';

export interface Org {
  admin: Client;
  ids: Record<string, string>;
  as: (username: string) => Promise<Client>;
}

const REP_PERMISSIONS = ['visits.log', 'promotions.apply', 'returns.request'];
const MANAGER_PERMISSIONS = [
  'visits.read_team',
  'tasks.assign',
  'promotions.apply',
  'promotions.approve',
  'returns.approve',
  'scores.manage',
  'reports.read',
];

/**
 * A small organisation through the API itself: a GM, two managers with a rep each
 * (plus a second rep under m1), stores for each rep and three products.
 */
export async function seedOrg(app: FastifyInstance): Promise<Org> {
  const admin = await asAdmin(app);
  const ids: Record<string, string> = {};
  const must = (res: Res, what: string) => {
    if (res.status !== 201) throw new Error(`${what}: ${res.status} ${res.text}`);
    return res.body;
  };
  must(await admin.post('/roles', { code: 'sales_rep', title: '业务员', permissions: REP_PERMISSIONS }), 'role rep');
  must(await admin.post('/roles', { code: 'ka_manager', title: 'KA经理', permissions: MANAGER_PERMISSIONS }), 'role mgr');
  must(
    await admin.post('/roles', {
      code: 'general_manager',
      title: '总经理',
      permissions: [...MANAGER_PERMISSIONS, 'promotions.approve_gm'],
    }),
    'role gm',
  );
  const user = async (username: string, roleCode: string, managerId?: string) => {
    const body = must(
      await admin.post('/users', { username, displayName: username.toUpperCase(), password: PASSWORD, roleCode, managerId, startDate: '2026-01-01' }),
      `user ${username}`,
    );
    ids[username] = body.id;
    return body.id as string;
  };
  const gm = await user('gm', 'general_manager');
  const m1 = await user('m1', 'ka_manager', gm);
  const m2 = await user('m2', 'ka_manager', gm);
  await user('r1', 'sales_rep', m1);
  await user('r1b', 'sales_rep', m1);
  await user('r2', 'sales_rep', m2);
  const store = async (code: string, owner: string, tier: 'key' | 'normal', extra: object = {}) => {
    const body = must(
      await admin.post('/stores', { code, name: `Store ${code}`, tier, channel: 'ka', ownerId: ids[owner], lat: 31.2304, lng: 121.4737, ...extra }),
      `store ${code}`,
    );
    ids[code] = body.id;
  };
  await store('S1', 'r1', 'key');
  await store('S1N', 'r1', 'normal');
  await store('S2', 'r2', 'key');
  const product = async (sku: string, extra: object = {}) => {
    const body = must(
      await admin.post('/products', { sku, name: `Product ${sku}`, unit: '袋', retailPrice: 9.9, supplyPrice: 6.5, shelfLifeDays: 365, ...extra }),
      `product ${sku}`,
    );
    ids[sku] = body.id;
  };
  await product('P1');
  await product('P12', { packSize: 12 });
  await product('PK', { isKey: true });
  void m1;
  void m2;
  return { admin, ids, as: async (username: string) => client(app, await login(app, username, PASSWORD)) };
}

/** Makes `date` a working day in the organisation's calendar (a make-up day if it is a weekend or holiday). */
export async function makeWorkingDay(admin: Client, date: string): Promise<void> {
  const year = date.slice(0, 4);
  const calendar = (await admin.get(`/calendar/${year}`)).body as { holidays: string[]; workdays: string[] };
  if (isWorkingDay(date, calendar)) return;
  const res = await admin.put(`/calendar/${year}`, {
    holidays: calendar.holidays.filter((d) => d !== date),
    workdays: [...calendar.workdays, date],
  });
  if (res.status !== 200) throw new Error(`calendar ${year}: ${res.status} ${res.text}`);
}
