// OWASP API2 (broken authentication): forged, altered and stale tokens, and login throttling.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { client, login, PASSWORD } from '../test/helpers.js';
import { seededOrg } from '../test/seeded-org.js';

const SECRET = 'test-secret-that-is-long-enough-for-hs256-signing'; // makeApp's JWT_SECRET
let r1Token: string;

const { t, org } = seededOrg();
beforeAll(async () => {
  r1Token = await login(t.app, 'r1', PASSWORD);
}, 60_000);

const b64 = (v: object | Buffer) => (Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v))).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function sign(header: object, payload: object, key: string | Buffer = SECRET, alg = 'sha256'): string {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac(alg, key).update(data).digest('base64url')}`;
}

const claims = (overrides: object = {}) => ({ sub: org.ids.r1, typ: 'user', iat: now(), exp: now() + 600, ...overrides });
const me = async (token: string) => client(t.app, token).get('/me');

async function expectRefused(token: string) {
  const res = await me(token);
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toMatch(/problem\+json/);
  expect(res.body.detail).toBe('A valid access token is required'); // the same answer, whatever was wrong
}

describe('tokens', () => {
  it('accepts a genuine token (the forgeries below differ from it in one way each)', async () => {
    expect((await me(r1Token)).status).toBe(200);
    expect((await me(sign({ alg: 'HS256', typ: 'JWT' }, claims()))).status).toBe(200);
  });

  it('refuses no token, an empty bearer, and garbage', async () => {
    expect((await client(t.app).get('/me')).status).toBe(401);
    for (const token of ['', 'null', 'a.b.c', 'x'.repeat(5000), `${r1Token}x`]) await expectRefused(token);
  });

  it('refuses alg "none", with or without a signature', async () => {
    for (const alg of ['none', 'None', 'NONE']) {
      const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(claims())}.`;
      await expectRefused(unsigned);
      await expectRefused(`${unsigned}${r1Token.split('.')[2]}`);
    }
  });

  it('refuses a token signed with another secret', async () => {
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-that-is-also-long-enough-for-hs256'));
  });

  it('refuses an expired token, and one not valid yet', async () => {
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims({ iat: now() - 7200, exp: now() - 3600 })));
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims({ nbf: now() + 3600 })));
  });

  it('refuses RS256 and the public-key-as-HMAC-secret confusion', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    // Signed with the key pair: the server pins HS256.
    const data = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims({ sub: org.ids.gm }))}`;
    const { createSign } = await import('node:crypto');
    await expectRefused(`${data}.${createSign('RSA-SHA256').update(data).sign(privateKey).toString('base64url')}`);
    // A public key used as the HMAC secret (the classic algorithm confusion), with either header.
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims({ sub: org.ids.gm }), pem));
    await expectRefused(sign({ alg: 'RS256', typ: 'JWT' }, claims({ sub: org.ids.gm }), pem));
    await expectRefused(sign({ alg: 'HS512', typ: 'JWT' }, claims(), SECRET, 'sha512'));
  });

  it('refuses tampered claims under the original signature', async () => {
    const [header, , signature] = r1Token.split('.');
    const original = JSON.parse(Buffer.from(r1Token.split('.')[1]!, 'base64url').toString());
    for (const change of [{ sub: org.ids.gm }, { typ: 'client' }, { exp: original.exp + 86_400 }, { scopes: ['users.manage'] }]) {
      await expectRefused(`${header}.${b64({ ...original, ...change })}.${signature}`);
    }
  });

  it('refuses well-signed tokens for nobody, for an unknown kind, and for a deactivated user', async () => {
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims({ sub: '00000000-0000-7000-8000-000000000000' })));
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims({ typ: 'admin' })));
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, claims({ typ: 'client', sub: org.ids.r1 })));
    const token = await login(t.app, 'r1b', PASSWORD);
    expect((await me(token)).status).toBe(200);
    expect((await org.admin.patch(`/users/${org.ids.r1b}`, { active: false })).status).toBe(200);
    await expectRefused(token);
  });

  it('does not take a refresh token as an access token', async () => {
    const res = await client(t.app).post('/auth/login', { username: 'r2', password: PASSWORD });
    await expectRefused(res.body.refreshToken);
  });

  it('scopes a client token to what the client holds now', async () => {
    const created = await org.admin.post('/api-clients', { name: 'scoped', scopes: ['reports.read'] });
    const tok = await client(t.app).post('/auth/token', { grantType: 'client_credentials', clientId: created.body.clientId, clientSecret: created.body.clientSecret });
    const erp = client(t.app, tok.body.accessToken);
    expect((await erp.post('/stores', { code: 'C1', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 })).status).toBe(403);
    // A user-typed token cannot be minted from client credentials: sub is the client id.
    const forged = sign({ alg: 'HS256', typ: 'JWT' }, { sub: created.body.clientId, typ: 'user', iat: now(), exp: now() + 600 });
    await expectRefused(forged);
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after 10 failures for a username, even with the right password; other users are unaffected', async () => {
    const anon = client(t.app);
    for (let i = 0; i < 10; i++) expect((await anon.post('/auth/login', { username: 'm2', password: `wrong-${i}` })).status).toBe(401);
    const blocked = await anon.post('/auth/login', { username: 'm2', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.headers['content-type']).toMatch(/problem\+json/);
    // Unknown users are throttled the same way (no user enumeration by timing the lock).
    for (let i = 0; i < 10; i++) await anon.post('/auth/login', { username: 'ghost', password: 'x' });
    expect((await anon.post('/auth/login', { username: 'ghost', password: 'x' })).status).toBe(429);
    expect((await anon.post('/auth/login', { username: 'gm', password: PASSWORD })).status).toBe(200);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const anon = client(t.app);
    const unknown = await anon.post('/auth/login', { username: 'nobody-here', password: 'x' });
    const wrong = await anon.post('/auth/login', { username: 'r2', password: 'x' });
    expect(unknown.status).toBe(401);
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
  });
});
