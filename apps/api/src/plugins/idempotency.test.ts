import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { asAdmin, makeApp, type Client, type Res } from '../test/helpers.js';
import { seededOrg } from '../test/seeded-org.js';
import { connectionOf } from '../db/client.js';

jest.setTimeout(30_000);

let admin: Client;

const { t, org } = seededOrg();
beforeAll(async () => {
  admin = org.admin;
});

const storedResponses = () =>
  (connectionOf(t.app.db).prepare('SELECT status_code AS statusCode, response FROM idempotency_keys').all() as { statusCode: number; response: string }[]);

/** `n` requests at once with one key and one body, as a client retrying over a bad network. */
const parallel = (n: number, send: () => Promise<Res>) => Promise.all(Array.from({ length: n }, send));

describe('Idempotency-Key under concurrency', () => {
  it('20 parallel POST /users with one key create one user and all answer it (the handler awaits the password hash)', async () => {
    const body = { username: 'idem-user', displayName: 'I', password: 'password-123', roleCode: 'sales_rep', startDate: '2026-01-01' };
    const answers = await parallel(20, () => admin.post('/users', body, { 'idempotency-key': 'u-1' }));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    const users = await admin.get('/users?limit=200');
    expect(users.body.items.filter((u: { username: string }) => u.username === 'idem-user')).toHaveLength(1);
  });

  it('20 parallel POST /stores with one key create one store with one answer', async () => {
    const body = { code: 'IDEM-P', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 };
    const answers = await parallel(20, () => admin.post('/stores', body, { 'idempotency-key': 's-1' }));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });

  it('a concurrent request with the same key and another body is 422', async () => {
    const body = { code: 'IDEM-Q', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 };
    const [a, b] = await Promise.all([
      admin.post('/stores', body, { 'idempotency-key': 's-2' }),
      admin.post('/stores', { ...body, name: 'y' }, { 'idempotency-key': 's-2' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 422]);
  });

  it('a request that fails gives the key up: it is neither stored nor blocks a retry', async () => {
    const body = { username: 'm1', displayName: 'taken', password: 'password-123', roleCode: 'sales_rep' };
    const first = await admin.post('/users', body, { 'idempotency-key': 'u-taken' });
    expect(first.status).toBe(409);
    const again = await admin.post('/users', body, { 'idempotency-key': 'u-taken' });
    expect(again.status).toBe(409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    const fixed = await admin.post('/users', { ...body, username: 'm1-new' }, { 'idempotency-key': 'u-taken-2' });
    expect(fixed.status).toBe(201);
  });
});

describe('Idempotency-Key and secrets shown once', () => {
  it('20 parallel POST /api-clients with one key create one client; the secret is shown once and never stored', async () => {
    const body = { name: 'ERP-idem', scopes: ['reports.read'] };
    const answers = await parallel(20, () => admin.post('/api-clients', body, { 'idempotency-key': 'c-1' }));
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(1);
    const { clientId, clientSecret } = created[0]!.body;
    const replays = answers.filter((a) => a.status !== 201);
    expect(replays.map((a) => a.status)).toEqual(Array(19).fill(409));
    expect(replays[0]!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replays[0]!.body.detail).toContain(clientId);
    expect(replays.some((a) => a.text.includes(clientSecret))).toBe(false);
    const listed = await admin.get('/api-clients');
    expect(listed.body.items.filter((c: { name: string }) => c.name === 'ERP-idem')).toHaveLength(1);
    expect(storedResponses().some((r) => r.response.includes(clientSecret))).toBe(false);
    // The one secret works.
    const token = await admin.post('/auth/token', { grantType: 'client_credentials', clientId, clientSecret });
    expect(token.status).toBe(200);
    // A later retry is the same 409, not a replay of the secret.
    const later = await admin.post('/api-clients', body, { 'idempotency-key': 'c-1' });
    expect(later.status).toBe(409);
  });

  it('20 parallel POST /webhooks with one key create one webhook; its secret is not stored with the key', async () => {
    const body = { url: 'http://127.0.0.1:9/hook', events: ['visit.created'], allowPrivateNetwork: true };
    const answers = await parallel(20, () => admin.post('/webhooks', body, { 'idempotency-key': 'w-1' }));
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
    const listed = await admin.get('/webhooks');
    expect(listed.body.items.filter((w: { url: string }) => w.url === body.url)).toHaveLength(1);
    expect(storedResponses().some((r) => r.response.includes(created[0]!.body.secret))).toBe(false);
  });
});

describe('secrets stored before the fix', () => {
  it('are forgotten when the server starts', async () => {
    const insert = connectionOf(t.app.db).prepare(
      "INSERT INTO idempotency_keys (caller, key, method, path, body_hash, status_code, response, created_at) VALUES ('user:old', ?, 'POST', ?, 'x', 201, ?, ?)",
    );
    insert.run('old-client', '/api/v1/api-clients', '{"clientId":"fbc_old","clientSecret":"old-secret"}', new Date().toISOString());
    insert.run('old-hook', '/api/v1/webhooks/', '{"id":"h","secret":"whsec_old"}', new Date().toISOString());
    insert.run('old-store', '/api/v1/stores', '{"id":"s"}', new Date().toISOString());
    const restarted = await makeApp({}, t.app.db);
    await restarted.app.ready();
    try {
      const keys = (connectionOf(t.app.db).prepare("SELECT key FROM idempotency_keys WHERE caller = 'user:old'").all() as { key: string }[]).map((r) => r.key);
      expect(keys).toEqual(['old-store']);
    } finally {
      await restarted.close();
    }
  });
});

describe('claims left by a stopped process', () => {
  it('are given up when the server starts again', async () => {
    const body = { code: 'IDEM-R', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 };
    const me = await admin.get('/me');
    connectionOf(t.app.db)
      .prepare("INSERT INTO idempotency_keys (caller, key, method, path, body_hash, status_code, response, created_at) VALUES (?, 'k-crash', 'POST', '/api/v1/stores', 'x', 0, '', ?)")
      .run(`user:${me.body.id}`, new Date().toISOString());
    const restarted = await makeApp({}, t.app.db);
    try {
      const res = await (await asAdmin(restarted.app)).post('/stores', body, { 'idempotency-key': 'k-crash' });
      expect(res.status).toBe(201);
    } finally {
      await restarted.close();
    }
  });
});
