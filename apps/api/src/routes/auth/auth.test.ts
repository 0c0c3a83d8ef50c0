import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_PASSWORD, client, login, makeApp, type TestContext } from '../../test/helpers.js';
import { connectionOf } from '../../db/client.js';

let t: TestContext;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(async () => t.close());

const anon = () => client(t.app);

/** A login from a given client address (inject's remote address). */
const loginFrom = (remoteAddress: string, username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username, password } });

async function makeUser(username: string, password: string) {
  const admin = client(t.app, await login(t.app, 'admin', ADMIN_PASSWORD));
  await admin.post('/roles', { code: 'thr', title: 'T', permissions: [] });
  const res = await admin.post('/users', { username, displayName: username, password, roleCode: 'thr' });
  expect(res.status).toBe(201);
}

function forge(header: object, payload: object, secret: string) {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

describe('health and docs', () => {
  it('answers health without a token', async () => {
    const res = await anon().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('publishes the OpenAPI document and the interactive docs', async () => {
    const doc = await anon().get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users/{id}']));
    const ui = await anon().get('/api/docs/');
    expect(ui.status).toBe(200);
  });

  it('sends security headers and answers unknown API paths with problem+json 404', async () => {
    const res = await anon().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a body over the size limit with 413 problem+json', async () => {
    const res = await anon().post('/auth/login', { username: 'admin', password: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('allows an origin on the allowlist', async () => {
    const allowed = await makeApp({ CORS_ORIGINS: 'https://erp.example.com' });
    try {
      const res = await client(allowed.app).get('/health', { origin: 'https://erp.example.com' });
      expect(res.headers['access-control-allow-origin']).toBe('https://erp.example.com');
    } finally {
      await allowed.close();
    }
  });

  it('refuses a cross-origin request from an origin not on the allowlist', async () => {
    const res = await anon().get('/health', { origin: 'https://evil.example' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('POST /auth/login', () => {
  it('returns a token pair and the user without secrets', async () => {
    const res = await anon().post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expiresIn: 900, user: { username: 'admin', roleCode: 'system_admin' } });
    expect(typeof res.body.accessToken).toBe('string');
    expect(typeof res.body.refreshToken).toBe('string');
    expect(res.text).not.toMatch(/passwordHash|argon2/);
  });

  it('answers unknown user and wrong password identically with 401', async () => {
    const a = await anon().post('/auth/login', { username: 'nobody', password: 'whatever1' });
    const b = await anon().post('/auth/login', { username: 'admin', password: 'wrong-password' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body.detail).toBe(b.body.detail);
    expect(a.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('names the missing field on 400', async () => {
    const res = await anon().post('/auth/login', { username: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: '/password', message: 'is required' }]);
  });

  it('rejects malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
  });

  it('throttles a username from one address after 10 failures in 15 minutes, even with the right password', async () => {
    await makeUser('victim', 'right-password');
    for (let i = 0; i < 10; i++) {
      expect((await loginFrom('10.0.0.1', 'victim', `wrong-${i}`)).statusCode).toBe(401);
    }
    const locked = await loginFrom('10.0.0.1', 'victim', 'right-password');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toMatch(/problem\+json/);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // the attacker's address does not lock the victim out: from their own address they log in
    expect((await loginFrom('10.0.0.2', 'victim', 'right-password')).statusCode).toBe(200);
    // another username is not affected
    expect((await loginFrom('10.0.0.1', 'admin', ADMIN_PASSWORD)).statusCode).toBe(200);
  });

  it('counts parallel attempts before checking them: 40 at once get at most 10 answers, the rest 429', async () => {
    await makeUser('parallel', 'right-password');
    const attempts = Array.from({ length: 40 }, (_, i) => (i < 39 ? `wrong-${i}` : 'right-password'));
    const results = await Promise.all(attempts.map((password) => loginFrom('10.0.1.1', 'parallel', password)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401 || c === 200).length).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(30);
    expect(codes.at(-1)).toBe(429); // the right password came after ten guesses
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
  });

  it('spaces out attempts on a username failing from many addresses (slows, never locks)', async () => {
    await makeUser('spread', 'right-password');
    // 30 failures from 30 addresses, each far below its own limit
    const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => loginFrom(`10.1.0.${i + 1}`, 'spread', `wrong-${i}`)));
    expect(guesses.every((r) => r.statusCode === 401)).toBe(true);
    // as if the last guess had just arrived (hashing 30 guesses on a busy machine takes seconds)
    const db = connectionOf(t.app.db);
    db.prepare("UPDATE login_failures SET at = ? WHERE username = 'spread'").run(new Date().toISOString());
    // the next attempt, from anywhere, waits a moment (not the 15-minute window)
    const slowed = await loginFrom('10.2.0.1', 'spread', 'right-password');
    expect(slowed.statusCode).toBe(429);
    const wait = Number(slowed.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // once the spacing has passed (the recorded failures moved 61 s into the past) the user logs in
    db.prepare("UPDATE login_failures SET at = strftime('%Y-%m-%dT%H:%M:%fZ', at, '-61 seconds') WHERE username = 'spread'").run();
    expect((await loginFrom('10.2.0.1', 'spread', 'right-password')).statusCode).toBe(200);
  });

  it('prunes failures older than the window on a login attempt', async () => {
    const fresh = await makeApp();
    try {
      const db = connectionOf(fresh.app.db);
      const insert = db.prepare('INSERT INTO login_failures (username, source, at) VALUES (?, ?, ?)');
      insert.run('old', '10.9.9.9', new Date(Date.now() - 16 * 60 * 1000).toISOString());
      insert.run('recent', '10.9.9.9', new Date(Date.now() - 60 * 1000).toISOString());
      await client(fresh.app).post('/auth/login', { username: 'nobody', password: 'whatever1' });
      const left = db.prepare('SELECT username FROM login_failures ORDER BY username').all() as { username: string }[];
      expect(left.map((r) => r.username)).toEqual(['nobody', 'recent']);
    } finally {
      await fresh.close();
    }
  });
});

describe('refresh tokens', () => {
  it('rotate: each works once, and reusing a spent one revokes the family', async () => {
    const first = await anon().post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const second = await anon().post('/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    const reuse = await anon().post('/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(reuse.status).toBe(401);
    // the family is revoked: the newest token no longer works either
    expect((await anon().post('/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
  });

  it('ignore Idempotency-Key: a spent token replayed with its key is refused and revokes the family', async () => {
    const first = await anon().post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const key = { 'idempotency-key': 'refresh-once' };
    const second = await anon().post('/auth/refresh', { refreshToken: first.body.refreshToken }, key);
    expect(second.status).toBe(200);
    const replay = await anon().post('/auth/refresh', { refreshToken: first.body.refreshToken }, key);
    expect(replay.status).toBe(401);
    expect(replay.headers['idempotent-replayed']).toBeUndefined();
    expect((await anon().post('/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
    // a login with a key is answered afresh too: a wrong password after a right one is 401
    const ok = await anon().post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { 'idempotency-key': 'login-1' });
    expect(ok.status).toBe(200);
    const again = await anon().post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { 'idempotency-key': 'login-1' });
    expect(again.status).toBe(200);
    expect(again.body.refreshToken).not.toBe(ok.body.refreshToken);
  });

  it('logout revokes the refresh token', async () => {
    const first = await anon().post('/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const out = await anon().post('/auth/logout', { refreshToken: first.body.refreshToken });
    expect(out.status).toBe(204);
    expect((await anon().post('/auth/refresh', { refreshToken: first.body.refreshToken })).status).toBe(401);
  });

  it('refuses an unknown refresh token', async () => {
    expect((await anon().post('/auth/refresh', { refreshToken: 'not-a-token' })).status).toBe(401);
  });
});

describe('access tokens', () => {
  it('GET /me returns the caller', async () => {
    const me = await client(t.app, await login(t.app, 'admin', ADMIN_PASSWORD)).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'admin', roleCode: 'system_admin', managerId: null });
    expect(me.body.permissions).toContain('roles.manage');
  });

  it('refuses no token, garbage, alg none, another secret, an expired token and tampered claims', async () => {
    const good = await login(t.app, 'admin', ADMIN_PASSWORD);
    const [, payload] = good.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const secret = t.config.jwtSecret;
    const tokens = [
      undefined,
      'garbage',
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`,
      forge({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-another-secret-another'),
      forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 7200, exp: now - 3600 }, secret),
      forge({ alg: 'HS512', typ: 'JWT' }, claims, secret),
      `${good.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')}.${good.split('.')[2]}`,
    ];
    for (const token of tokens) {
      const res = await client(t.app, token).get('/me');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});

describe('client credentials', () => {
  it('issues a token that carries only the client scopes', async () => {
    const admin = client(t.app, await login(t.app, 'admin', ADMIN_PASSWORD));
    const created = await admin.post('/api-clients', { name: 'ERP', scopes: ['reports.read'] });
    expect(created.status).toBe(201);
    const { clientId, clientSecret } = created.body;
    const listed = await admin.get('/api-clients');
    expect(listed.text).not.toContain(clientSecret);

    const wrong = await anon().post('/auth/token', { grantType: 'client_credentials', clientId, clientSecret: 'nope' });
    expect(wrong.status).toBe(401);
    const badGrant = await anon().post('/auth/token', { grantType: 'password', clientId, clientSecret });
    expect(badGrant.status).toBe(400);

    const tok = await anon().post('/auth/token', { grantType: 'client_credentials', clientId, clientSecret });
    expect(tok.status).toBe(200);
    const erp = client(t.app, tok.body.accessToken);
    expect((await erp.get('/products')).status).toBe(200);
    expect((await erp.post('/products', { sku: 'X', name: 'x', unit: 'x', retailPrice: 1, supplyPrice: 1, shelfLifeDays: 1 })).status).toBe(403);
    expect((await erp.get('/me')).status).toBe(403);

    expect((await admin.delete(`/api-clients/${clientId}`)).status).toBe(204);
    expect((await erp.get('/products')).status).toBe(401);
    expect((await admin.delete(`/api-clients/${clientId}`)).status).toBe(404);
  });

  it('only apiclients.manage may register clients', async () => {
    const admin = client(t.app, await login(t.app, 'admin', ADMIN_PASSWORD));
    await admin.post('/roles', { code: 'plain', title: 'Plain', permissions: ['reports.read'] });
    await admin.post('/users', { username: 'plainuser', displayName: 'P', password: 'password-123', roleCode: 'plain' });
    const plain = client(t.app, await login(t.app, 'plainuser', 'password-123'));
    expect((await plain.post('/api-clients', { name: 'x', scopes: [] })).status).toBe(403);
    expect((await plain.get('/api-clients')).status).toBe(403);
  });
});
