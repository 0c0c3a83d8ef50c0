import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The built server as a process the test controls fully: on a database file the test chooses,
 * so it can be killed (SIGKILL, no shutdown at all) and started again on the same file.
 */
const ROOT = resolve(import.meta.dirname, '..');
export const ADMIN_PASSWORD = 'e2e-admin-password';
const requireApi = createRequire(join(ROOT, 'apps/api/package.json'));
/** better-sqlite3, from the API's dependencies (for checks on the file itself). */
export const Database = requireApi('better-sqlite3') as typeof BetterSqlite3;

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

export interface Proc {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startOn(databasePath: string, env: Record<string, string> = {}): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/server.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      ADMIN_PASSWORD,
      JWT_SECRET: 'e2e-jwt-secret-that-is-long-enough-for-hs256',
      DEMO_DATA: '0',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));
  return {
    url,
    child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A small JSON client for one server and token. */
export function api(url: string, token?: string) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

export async function loginAt(url: string, username: string, password: string): Promise<string> {
  const res = await api(url)('POST', '/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

/** An admin, a rep with one store and a few products: enough to post visits. */
export async function seedRep(url: string): Promise<{ repToken: string; storeId: string; productIds: string[] }> {
  const admin = api(url, await loginAt(url, 'admin', ADMIN_PASSWORD));
  const must = (res: { status: number; body: any }, what: string) => {
    if (res.status !== 201) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  must(await admin('POST', '/roles', { code: 'sales_rep', title: '业务员', permissions: ['visits.log'] }), 'role');
  const rep = must(await admin('POST', '/users', { username: 'rep', displayName: 'Rep', password: 'rep-password-1', roleCode: 'sales_rep' }), 'user');
  const store = must(await admin('POST', '/stores', { code: 'S1', name: 'Store', tier: 'key', channel: 'ka', ownerId: rep.id, lat: 31.23, lng: 121.47 }), 'store');
  const productIds: string[] = [];
  for (let i = 0; i < 5; i++) {
    productIds.push(must(await admin('POST', '/products', { sku: `P${i}`, name: `P${i}`, unit: '袋', retailPrice: 9.9, supplyPrice: 6.5, shelfLifeDays: 365 }), 'product').id);
  }
  return { repToken: await loginAt(url, 'rep', 'rep-password-1'), storeId: store.id, productIds };
}
