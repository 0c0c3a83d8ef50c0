import { describe, expect, it } from '@jest/globals';
import { seededOrg } from '../../test/seeded-org.js';

const { org } = seededOrg();

describe('stores', () => {
  it('creates with defaults and contacts/profile', async () => {
    const res = await org.admin.post('/stores', {
      code: 'S9',
      name: '联华超市 长宁店',
      tier: 'normal',
      channel: 'retail',
      ownerId: org.ids.r1,
      contacts: [{ name: '张店长', title: '店长', phone: '13800000000' }],
      profile: { 商圈: '居民区', 卖场规模: '800㎡' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'active', lat: null, lng: null, contacts: [{ name: '张店长' }], profile: { 商圈: '居民区' } });
    org.ids.S9 = res.body.id;
  });

  it('refuses bad input naming the field', async () => {
    const base = { code: 'SX', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 };
    const tier = await org.admin.post('/stores', { ...base, tier: 'gold' });
    expect(tier.status).toBe(400);
    expect(tier.body.errors[0].path).toBe('/tier');
    const owner = await org.admin.post('/stores', { ...base, ownerId: 'nobody' });
    expect(owner.body.errors[0].path).toBe('/ownerId');
    const lat = await org.admin.post('/stores', { ...base, lat: 31.2 });
    expect(lat.status).toBe(400);
    expect((await org.admin.post('/stores', { ...base, lat: 91, lng: 0 })).status).toBe(400);
    expect((await org.admin.post('/stores', { ...base, code: 'S1' })).status).toBe(409);
    const missing = await org.admin.post('/stores', { name: 'x' });
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['/code', '/tier', '/channel', '/ownerId']));
  });

  it('a rep sees only own stores; another rep\'s store is 404', async () => {
    const r1 = await org.as('r1');
    const list = await r1.get('/stores');
    expect(list.body.items.map((s: { code: string }) => s.code).sort()).toEqual(['S1', 'S1N', 'S9']);
    expect((await r1.get(`/stores/${org.ids.S2}`)).status).toBe(404);
    const m2 = await org.as('m2');
    expect((await m2.get(`/stores/${org.ids.S1}`)).status).toBe(404);
    expect((await m2.get(`/stores/${org.ids.S2}`)).status).toBe(200);
  });

  it('paginates with a cursor, and bounds limit', async () => {
    const first = await org.admin.get('/stores?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await org.admin.get(`/stores?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items].map((s: { id: string }) => s.id);
    expect(new Set(all).size).toBe(4);
    expect((await org.admin.get('/stores?limit=0')).status).toBe(400);
    expect((await org.admin.get('/stores?limit=201')).status).toBe(400);
    const bad = await org.admin.get('/stores?cursor=garbage');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/query/cursor');
  });

  it('patches with If-Match and refuses reps and stale versions', async () => {
    const cur = await org.admin.get(`/stores/${org.ids.S9}`);
    const ok = await org.admin.patch(`/stores/${org.ids.S9}`, { status: 'closing', lat: 31.2, lng: 121.4 }, { 'if-match': cur.headers.etag as string });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'closing', lat: 31.2, version: 2 });
    expect((await org.admin.patch(`/stores/${org.ids.S9}`, { status: 'closed' }, { 'if-match': '"v1"' })).status).toBe(412);
    expect((await (await org.as('r1')).patch(`/stores/${org.ids.S9}`, { name: 'mine' })).status).toBe(403);
  });
});

describe('Idempotency-Key on POST', () => {
  it('replays the first response for the same body and refuses another body with 422', async () => {
    const body = { code: 'IDEM1', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 };
    const first = await org.admin.post('/stores', body, { 'idempotency-key': 'k-1' });
    expect(first.status).toBe(201);
    const again = await org.admin.post('/stores', body, { 'idempotency-key': 'k-1' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await org.admin.post('/stores', { ...body, name: 'y' }, { 'idempotency-key': 'k-1' });
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
  });

  it('does not store a validation failure, and scopes keys per caller', async () => {
    const bad = await org.admin.post('/stores', { code: 'IDEM2' }, { 'idempotency-key': 'k-2' });
    expect(bad.status).toBe(400);
    const good = await org.admin.post('/stores', { code: 'IDEM2', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 }, { 'idempotency-key': 'k-2' });
    expect(good.status).toBe(201);
    // Another caller with the same key is a different request, not a replay.
    const m1 = await org.as('m1');
    const res = await m1.post('/stores', { code: 'IDEM3', name: 'x', tier: 'key', channel: 'ka', ownerId: org.ids.r1 }, { 'idempotency-key': 'k-2' });
    expect(res.status).toBe(403);
  });
});
