import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { client, login, PASSWORD, type Client } from '../test/helpers.js';
import { seededOrg } from '../test/seeded-org.js';
import { line, multipart, paths, pngBytes, visitBody } from '../test/field-work.js';
import { promotionApplication } from '../test/promotion-application.js';

jest.setTimeout(30_000);

let r1Token: string;
let r1: Client;

const { t, org, as: { m1 } } = seededOrg('m1');
beforeAll(async () => {
  r1Token = await login(t.app, 'r1', PASSWORD);
  r1 = client(t.app, r1Token);
}, 120_000);

const LONE = 'shelf \ud800 notes';

describe('client UUIDs are compared in lower case (validation plugin)', () => {
  it('a visit replayed with its id upper-cased is the same visit (200), stored once, and its photos and reads find it', async () => {
    const id = randomUUID();
    const body = visitBody(org.ids.S1!, '2026-10-05T02:00:00Z', [line(org.ids.P1!)], { id });
    const first = await r1.post('/visits', body);
    expect(first.status).toBe(201);
    const again = await r1.post('/visits', { ...body, id: id.toUpperCase() });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);
    const upper = await r1.post('/visits', { ...body, id: id.toUpperCase() });
    expect(upper.body.id).toBe(id);
    expect((await r1.get(`/visits/${id.toUpperCase()}`)).body.id).toBe(id);
    const { body: payload, headers } = multipart(pngBytes());
    const photo = await t.app.inject({
      method: 'POST',
      url: `/api/v1/visits/${id.toUpperCase()}/photos`,
      headers: { ...headers, authorization: `Bearer ${r1Token}` },
      payload,
    });
    expect(photo.statusCode).toBe(201);
    expect((await r1.get(`/visits/${id}`)).body.photos).toHaveLength(1);
  });

  it('an upper-cased UUID stored first is found by its lower-case replay', async () => {
    const id = randomUUID().toUpperCase();
    const body = visitBody(org.ids.S1!, '2026-10-06T02:00:00Z', [line(org.ids.P1!)], { id });
    const first = await r1.post('/visits', body);
    expect(first.status).toBe(201);
    expect(first.body.id).toBe(id.toLowerCase());
    expect((await r1.post('/visits', { ...body, id: id.toLowerCase() })).status).toBe(200);
  });

  it("a visit naming its store and products in upper case is the store's visit (the shared Id schema folds them)", async () => {
    const body = visitBody(org.ids.S1!.toUpperCase(), '2026-10-07T02:00:00Z', [line(org.ids.P1!.toUpperCase())]);
    const created = await r1.post('/visits', body);
    expect(created.status).toBe(201);
    expect(created.body.storeId).toBe(org.ids.S1);
    const read = await r1.get(`/visits/${created.body.id}`);
    expect(read.body.lines.map((l: { productId: string }) => l.productId)).toEqual([org.ids.P1]);
  });

  it('a return replayed with its id upper-cased is stored once', async () => {
    const id = randomUUID();
    const body = { id, storeId: org.ids.S1, productId: org.ids.P1, qty: 2, reason: 'quality_defect', requestDate: '2026-11-26' };
    const first = await r1.post('/returns', body);
    expect(first.status).toBe(201);
    const again = await r1.post('/returns', { ...body, id: id.toUpperCase() });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(id);
    const listed = await m1.get(`/returns?storeId=${org.ids.S1!.toUpperCase()}&limit=200`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.filter((r: { id: string }) => r.id === id)).toHaveLength(1);
  });
});

describe('lone UTF-16 surrogates are refused naming the field (validation plugin)', () => {
  it('in a text field of a body: 400 naming it, nothing stored', async () => {
    const before = (await r1.get('/visits?limit=200')).body.items.length;
    const res = await r1.post('/visits', visitBody(org.ids.S1!, '2026-10-07T02:00:00Z', [line(org.ids.P1!)], { competitorNotes: LONE }));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(paths(res.body)).toEqual(['/competitorNotes']);
    expect((await r1.get('/visits?limit=200')).body.items.length).toBe(before);
  });

  it('deep in an array of a body (a promotion material), and in an object key of a JSON column (a store profile)', async () => {
    const promo = await r1.post(
      '/promotions',
      promotionApplication(org.ids.S1, org.ids.P1, { materials: [{ name: 'poster', qty: 2 }, { name: 'end cap \udc00', qty: 1 }] }),
    );
    expect(promo.status).toBe(400);
    expect(paths(promo.body)).toEqual(['/materials/1/name']);
    const store = await org.admin.post('/stores', { code: 'SURR', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1, profile: { ['a\ud800b']: 'x' } });
    expect(store.status).toBe(400);
    expect(paths(store.body)).toEqual(['/profile/a\ufffdb']);
    expect((await org.admin.get('/stores?limit=200')).body.items.some((s: { code: string }) => s.code === 'SURR')).toBe(false);
  });

  it('a well-formed pair (an emoji) is accepted', async () => {
    const res = await r1.post('/visits', visitBody(org.ids.S1!, '2026-10-08T02:00:00Z', [line(org.ids.P1!)], { competitorNotes: 'good 😀' }));
    expect(res.status).toBe(201);
    expect(res.body.competitorNotes).toBe('good 😀');
  });
});
