import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { line, visitBody } from '../../test/field-work.js';
import { makeApp, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { DEFAULT_RETRY_DELAYS_MS, DELIVERY_TIMEOUT_MS, WebhookDispatcher } from '../../webhooks/dispatcher.js';
import { verifySignature } from '../../webhooks/signature.js';
import { connectionOf } from '../../db/client.js';
import { promotionApplication } from '../../test/promotion-application.js';

jest.setTimeout(30_000);

interface Received {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 that records every request and answers as `answer` says. */
async function receiver(answer: (n: number) => { status: number; delayMs?: number } = () => ({ status: 200 })) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const { status, delayMs = 0 } = answer(received.length);
      setTimeout(() => res.writeHead(status).end('ok'), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/fieldbeat`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function until<T>(what: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

let t: TestContext;
let org: Org;
let admin: Client, r1: Client, m1: Client;
const servers: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
  admin = org.admin;
  [r1, m1] = await Promise.all([org.as('r1'), org.as('m1')]);
}, 60_000);
afterAll(async () => {
  await t.close();
  await Promise.all(servers.map((s) => s.close()));
});

const aReturn = (reason = 'quality_defect') => ({ storeId: org.ids.S1, productId: org.ids.P1, qty: 1, reason, requestDate: '2026-11-20' });

describe('registration', () => {
  it('needs apiclients.manage', async () => {
    expect((await m1.post('/webhooks', { url: 'https://example.com/hook', events: ['visit.created'] })).status).toBe(403);
    expect((await m1.get('/webhooks')).status).toBe(403);
  });

  it.each([
    'http://127.0.0.1:9/hook',
    'http://localhost:8080/hook',
    'http://10.1.2.3/hook',
    'http://192.168.1.10/hook',
    'http://172.20.0.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[fd00::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0.0.0.0/hook',
    'http://224.0.0.1/hook',
  ])('refuses %s without allowPrivateNetwork (400)', async (url) => {
    const res = await admin.post('/webhooks', { url, events: ['return.created'] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/url' })]);
  });

  it('refuses other schemes, credentials in the URL and unknown events (400)', async () => {
    expect((await admin.post('/webhooks', { url: 'ftp://example.com/x', events: ['return.created'] })).status).toBe(400);
    expect((await admin.post('/webhooks', { url: 'not a url', events: ['return.created'] })).status).toBe(400);
    expect((await admin.post('/webhooks', { url: 'https://u:p@example.com/x', events: ['return.created'] })).status).toBe(400);
    expect((await admin.post('/webhooks', { url: 'https://example.com/x', events: ['return.eaten'] })).status).toBe(400);
    expect((await admin.post('/webhooks', { url: 'https://example.com/x', events: [] })).status).toBe(400);
  });

  it('registers a private address when allowed, shows the secret once, lists and deletes', async () => {
    const res = await admin.post('/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['return.created'], allowPrivateNetwork: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ url: 'http://127.0.0.1:9/hook', events: ['return.created'], allowPrivateNetwork: true });
    expect(res.body.secret).toMatch(/^whsec_/);
    const list = await admin.get('/webhooks');
    const listed = list.body.items.find((w: { id: string }) => w.id === res.body.id);
    expect(listed).toBeDefined();
    expect(listed.secret).toBeUndefined();
    expect(list.text).not.toContain(res.body.secret);
    const audit = await admin.get(`/audit?entity=webhook&entityId=${res.body.id}`);
    expect(audit.text).not.toContain(res.body.secret);
    expect((await admin.delete(`/webhooks/${res.body.id}`)).status).toBe(204);
    expect((await admin.delete(`/webhooks/${res.body.id}`)).status).toBe(404);
    expect((await admin.get(`/webhooks/${res.body.id}/deliveries`)).status).toBe(404);
    expect((await admin.get('/webhooks')).body.items.map((w: { id: string }) => w.id)).not.toContain(res.body.id);
  });
});

describe('deliveries', () => {
  it('are signed: the receiver verifies the HMAC over "<t>.<raw body>" with the secret', async () => {
    const rx = await receiver();
    servers.push(rx);
    const hook = await admin.post('/webhooks', { url: rx.url, events: ['return.created', 'return.approved'], allowPrivateNetwork: true });
    expect(hook.status).toBe(201);
    const ret = await r1.post('/returns', aReturn());
    expect(ret.status).toBe(201);
    await until(() => rx.received.length, (n) => n >= 2);
    expect(rx.received).toHaveLength(2);
    const events = rx.received.map((r) => JSON.parse(r.body).event).sort();
    expect(events).toEqual(['return.approved', 'return.created']);
    for (const r of rx.received) {
      const header = String(r.headers['fieldbeat-signature']);
      const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
      expect(match).not.toBeNull();
      const [, ts, mac] = match!;
      expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
      expect(mac).toBe(createHmac('sha256', hook.body.secret).update(`${ts}.${r.body}`).digest('hex'));
      expect(verifySignature(hook.body.secret, r.body, header)).toBe(true);
      expect(verifySignature(hook.body.secret, r.body.replace('"qty":1', '"qty":9'), header)).toBe(false);
      expect(verifySignature('whsec_wrong', r.body, header)).toBe(false);
      const payload = JSON.parse(r.body);
      expect(payload).toMatchObject({ id: expect.any(String), event: expect.any(String), createdAt: expect.any(String), data: { return: { id: ret.body.id, status: 'approved' } } });
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.headers['fieldbeat-delivery']).toBe(payload.id);
    }
    const log = await until(
      () => admin.get(`/webhooks/${hook.body.id}/deliveries`),
      (res) => res.body.items.every((d: { status: string }) => d.status === 'succeeded'),
    );
    expect(log.body.items).toHaveLength(2);
    expect(log.body.items[0]).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 200, event: expect.stringMatching(/^return\./) });
    expect(log.body.nextCursor).toBeNull();
    await admin.delete(`/webhooks/${hook.body.id}`);
  });

  it('carry data as {<entity>, actorId} for every event (visit, return, promotion, scorecard)', async () => {
    const hook = await admin.post('/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['visit.created', 'return.created', 'return.approved', 'scorecard.finalized'], allowPrivateNetwork: true });
    expect(hook.status).toBe(201);
    const visit = await r1.post('/visits', visitBody(org.ids.S1!, '2026-09-02T02:00:00Z', [line(org.ids.P1!)]));
    expect(visit.status).toBe(201);
    const ret = await r1.post('/returns', aReturn());
    expect(ret.status).toBe(201);
    expect((await m1.post(`/scorecards/${org.ids.r1}/2026-09/finalize`)).status).toBe(200);
    const rows = connectionOf(t.app.db).prepare('SELECT event, payload FROM webhook_deliveries WHERE webhook_id = ?').all(hook.body.id) as { event: string; payload: string }[];
    const data = Object.fromEntries(rows.map((r) => [r.event, JSON.parse(r.payload).data]));
    expect(data['visit.created']).toEqual({ visit: expect.objectContaining({ id: visit.body.id, storeId: org.ids.S1 }), actorId: org.ids.r1 });
    expect(data['return.created']).toEqual({ return: expect.objectContaining({ id: ret.body.id }), actorId: org.ids.r1 });
    expect(data['return.approved']).toEqual({ return: expect.objectContaining({ id: ret.body.id }), actorId: org.ids.r1, approvedBy: 'standard' });
    expect(data['scorecard.finalized']).toEqual({ scorecard: expect.objectContaining({ userId: org.ids.r1, month: '2026-09' }), actorId: org.ids.m1 });
    await admin.delete(`/webhooks/${hook.body.id}`);
  });

  it('only for the events the endpoint asked for', async () => {
    const rx = await receiver();
    servers.push(rx);
    const hook = await admin.post('/webhooks', { url: rx.url, events: ['return.executed'], allowPrivateNetwork: true });
    const ret = await r1.post('/returns', aReturn());
    await r1.post(`/returns/${ret.body.id}/execute`, { refundAmount: 6.5 });
    await until(() => rx.received.length, (n) => n >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(rx.received.map((r) => JSON.parse(r.body).event)).toEqual(['return.executed']);
    expect(JSON.parse(rx.received[0]!.body).data.return).toMatchObject({ status: 'executed', refundAmount: 6.5 });
    await admin.delete(`/webhooks/${hook.body.id}`);
  });

  it('are retried with backoff when the receiver fails, the first retry within 5 s', async () => {
    const rx = await receiver((n) => ({ status: n === 1 ? 500 : 204 }));
    servers.push(rx);
    const hook = await admin.post('/webhooks', { url: rx.url, events: ['return.created'], allowPrivateNetwork: true });
    await r1.post('/returns', aReturn('other'));
    await until(() => rx.received.length, (n) => n >= 2);
    expect(rx.received).toHaveLength(2);
    const [first, second] = rx.received;
    expect(second!.at - first!.at).toBeLessThan(5000);
    expect(second!.headers['fieldbeat-delivery']).toBe(first!.headers['fieldbeat-delivery']); // the same delivery
    const log = await until(
      () => admin.get(`/webhooks/${hook.body.id}/deliveries`),
      (res) => res.body.items[0]?.status === 'succeeded',
    );
    expect(log.body.items[0]).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 204 });
    await admin.delete(`/webhooks/${hook.body.id}`);
  });

  it('never slow down the request that caused them', async () => {
    const rx = await receiver(() => ({ status: 200, delayMs: 4000 }));
    servers.push(rx);
    const hook = await admin.post('/webhooks', { url: rx.url, events: ['promotion.submitted'], allowPrivateNetwork: true });
    const created = await r1.post('/promotions', promotionApplication(org.ids.S1, org.ids.P1, { estimatedCost: 100 }));
    const started = Date.now();
    const submitted = await r1.post(`/promotions/${created.body.id}/submit`);
    const took = Date.now() - started;
    expect(submitted.status).toBe(200);
    expect(took).toBeLessThan(1000);
    await until(() => rx.received.length, (n) => n >= 1);
    expect(JSON.parse(rx.received[0]!.body)).toMatchObject({ event: 'promotion.submitted', data: { promotion: { id: created.body.id, status: 'submitted' } } });
    await admin.delete(`/webhooks/${hook.body.id}`);
  });

  it('to a private address fail at delivery time unless allowed (the address is checked again)', async () => {
    const rx = await receiver();
    servers.push(rx);
    const hook = await admin.post('/webhooks', { url: rx.url, events: ['return.created'], allowPrivateNetwork: true });
    // An endpoint registered before its address turned private: flip the flag behind the API's back.
    connectionOf(t.app.db).prepare('UPDATE webhooks SET allow_private_network = 0 WHERE id = ?').run(hook.body.id);
    await r1.post('/returns', aReturn());
    const log = await until(
      () => admin.get(`/webhooks/${hook.body.id}/deliveries`),
      (res) => (res.body.items[0]?.attempts ?? 0) >= 1,
    );
    expect(log.body.items[0]).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(log.body.items[0].lastError).toMatch(/private|loopback/);
    expect(rx.received).toHaveLength(0);
    await admin.delete(`/webhooks/${hook.body.id}`);
    const after = await connectionOf(t.app.db).prepare('SELECT status FROM webhook_deliveries WHERE webhook_id = ?').all(hook.body.id);
    expect(after).toEqual([{ status: 'failed' }]);
  });

  it('give up after the last attempt and are logged as failed', async () => {
    const rx = await receiver(() => ({ status: 503 }));
    servers.push(rx);
    // A dispatcher with a short schedule on the same outbox; the app's own is paused meanwhile.
    await t.app.webhookDispatcher.stop();
    const fast = new WebhookDispatcher({ db: t.app.db, log: t.app.log, pollMs: 20, retryDelaysMs: [50, 50, 50, 50] });
    try {
      const hook = await admin.post('/webhooks', { url: rx.url, events: ['return.created'], allowPrivateNetwork: true });
      await r1.post('/returns', aReturn());
      fast.start();
      const log = await until(
        () => admin.get(`/webhooks/${hook.body.id}/deliveries`),
        (res) => res.body.items[0]?.status === 'failed',
      );
      expect(log.body.items[0]).toMatchObject({ status: 'failed', attempts: 5, responseStatus: 503 });
      expect(rx.received).toHaveLength(5);
      await admin.delete(`/webhooks/${hook.body.id}`);
    } finally {
      await fast.stop();
      t.app.webhookDispatcher.start();
    }
  });

  it('count a receiver that does not answer in time as failed (10 s by default)', async () => {
    expect(DELIVERY_TIMEOUT_MS).toBe(10_000);
    expect(DEFAULT_RETRY_DELAYS_MS[0]).toBeLessThan(5000);
    expect(new WebhookDispatcher({ db: t.app.db, log: t.app.log }).maxAttempts).toBeGreaterThanOrEqual(5);
    const rx = await receiver(() => ({ status: 200, delayMs: 2000 }));
    servers.push(rx);
    await t.app.webhookDispatcher.stop();
    const impatient = new WebhookDispatcher({ db: t.app.db, log: t.app.log, pollMs: 20, timeoutMs: 200 });
    try {
      const hook = await admin.post('/webhooks', { url: rx.url, events: ['return.created'], allowPrivateNetwork: true });
      await r1.post('/returns', aReturn());
      impatient.start();
      const log = await until(
        () => admin.get(`/webhooks/${hook.body.id}/deliveries`),
        (res) => (res.body.items[0]?.attempts ?? 0) >= 1,
      );
      expect(log.body.items[0]).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null, lastError: 'no answer within 0.2 s' });
      await admin.delete(`/webhooks/${hook.body.id}`);
    } finally {
      await impatient.stop();
      t.app.webhookDispatcher.start();
    }
  });
});
