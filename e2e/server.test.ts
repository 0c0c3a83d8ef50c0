import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_PASSWORD, DEMO_PASSWORD, startServer, type Server } from './harness.js';

describe('pnpm demo: the production server with the demo organisation', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server?.stop());

  const login = async (username: string, password: string) => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const get = async (path: string, token: string) => {
    const res = await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as { items: unknown[] } & Record<string, unknown> };
  };

  it('serves a populated organisation', async () => {
    const admin = await login('admin', ADMIN_PASSWORD);
    const stores = await get('/stores?limit=200', admin);
    expect(stores.body.items.length).toBeGreaterThanOrEqual(25);
    const products = await get('/products?limit=200', admin);
    expect(products.body.items.length).toBeGreaterThanOrEqual(35);
    const roles = await get('/roles?limit=200', admin);
    const codes = (roles.body.items as { code: string }[]).map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['sales_rep', 'ka_manager', 'general_manager']));
    const users = await get('/users?limit=200', admin);
    expect(users.body.items.length).toBeGreaterThanOrEqual(9);
  });

  it('lets a demo rep sign in and see only their own stores', async () => {
    const rep = await login('rep1', DEMO_PASSWORD);
    const me = await get('/me', rep);
    const stores = await get('/stores?limit=200', rep);
    expect(stores.body.items.length).toBeGreaterThan(0);
    expect((stores.body.items as { ownerId: string }[]).every((s) => s.ownerId === me.body.id)).toBe(true);
  });

  it('serves the SPA at / with deep links, and the API docs', async () => {
    for (const path of ['/', '/visits/new', '/login']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('<div id="app"');
    }
    expect((await fetch(`${server.url}/api/docs/`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/openapi.json`)).status).toBe(200);
    const unknownApi = await fetch(`${server.url}/api/v1/does-not-exist`);
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('pnpm start: an empty organisation', () => {
  it('prints a random admin password once when ADMIN_PASSWORD is unset', async () => {
    const server = await startServer({ DEMO_DATA: '0', ADMIN_PASSWORD: '' });
    try {
      const match = /with the password: (\S+)/.exec(server.output());
      expect(match).not.toBeNull();
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: match![1] }),
      });
      expect(res.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('creates only the admin, with the configured password', async () => {
    const server = await startServer({ DEMO_DATA: '0' });
    try {
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      const { accessToken } = (await res.json()) as { accessToken: string };
      const stores = await fetch(`${server.url}/api/v1/stores`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(((await stores.json()) as { items: unknown[] }).items).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
