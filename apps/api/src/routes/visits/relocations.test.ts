import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { eq } from 'drizzle-orm';
import { getVisit, listVisits } from '../../db/repos/visits.js';
import { visits } from '../../db/schema/index.js';
import { client } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';
import { line, paths, visitBody } from '../../test/field-work.js';

/**
 * 重新定位 (issue 13, item 13): the check-in's position and time stay the visit's, relocations are
 * stored as history beside them, and the geofence is the check-in's alone.
 */
let ids: Record<string, string>;

// seedOrg's stores stand at 31.2304, 121.4737; 0.018° of latitude is about 2 km.
const FAR = { lat: 31.2484, lng: 121.4737, accuracy: 20 };
const AT_STORE = { lat: 31.2305, lng: 121.4737, accuracy: 6 };

const { t, org, as: { r1, m1 } } = seededOrg('r1', 'm1');
beforeAll(async () => {
  ids = org.ids;
}, 120_000);

const checkIn = '2026-10-05T02:00:00Z';

describe('a check-in 2 km away, relocated at the store', () => {
  it('keeps the check-in position, its distance and outside_geofence; the relocation is history with its own distance', async () => {
    const body = visitBody(ids.S1!, checkIn, [line(ids.P1!)], {
      id: randomUUID(),
      checkOutAt: '2026-10-05T02:30:00Z',
      location: FAR,
      relocations: [{ ...AT_STORE, at: '2026-10-05T10:03:00+08:00' }],
    });
    const res = await r1.post('/visits', body, { 'accept-language': 'en' });
    expect(res.status).toBe(201);
    expect(res.body.location).toEqual(FAR);
    expect(res.body.checkInAt).toBe('2026-10-05T02:00:00.000Z');
    expect(res.body.distanceMeters).toBeGreaterThan(1900);
    expect(res.body.issues).toEqual(['outside_geofence']);
    expect(res.body.geofence.distanceMeters).toBe(res.body.distanceMeters);
    expect(res.body.geofence.explanation).toMatch(/farther than 200 m/);
    expect(res.body.relocations).toEqual([{ ...AT_STORE, at: '2026-10-05T02:03:00.000Z', distanceMeters: 11 }]);

    // Stored so: the visit read back, by its rep and by the manager, and in the list.
    for (const who of [r1, m1]) {
      const read = await who.get(`/visits/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ issues: ['outside_geofence'], distanceMeters: res.body.distanceMeters, relocations: res.body.relocations });
    }
    const list = await r1.get(`/visits?storeId=${ids.S1}&from=2026-10-05&to=2026-10-05`);
    expect(list.body.items.find((v: { id: string }) => v.id === res.body.id).relocations).toEqual(res.body.relocations);
    const full = await r1.get(`/visits?storeId=${ids.S1}&from=2026-10-05&to=2026-10-05&include=lines`);
    expect(full.body.items.find((v: { id: string }) => v.id === res.body.id).relocations).toEqual(res.body.relocations);

    // The audit entry and the webhook payload carry the history too.
    const audit = await org.admin.get(`/audit?entity=visit&entityId=${res.body.id}`);
    expect(audit.body.items[0].after).toMatchObject({ issues: ['outside_geofence'], relocations: res.body.relocations });
  });

  it('a relocation never clears the issue, whatever the order and number of fixes', async () => {
    const res = await r1.post(
      '/visits',
      visitBody(ids.S1!, '2026-10-06T02:00:00Z', [], {
        location: FAR,
        relocations: [
          { ...AT_STORE, at: '2026-10-06T02:01:00Z' },
          { ...AT_STORE, at: '2026-10-06T02:02:00Z' },
        ],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.issues).toEqual(['outside_geofence']);
    expect(res.body.relocations.map((r: { distanceMeters: number }) => r.distanceMeters)).toEqual([11, 11]);
  });

  it('a check-in at the store stays inside whatever a later fix far away says', async () => {
    const res = await r1.post(
      '/visits',
      visitBody(ids.S1!, '2026-10-07T02:00:00Z', [], { location: AT_STORE, relocations: [{ lat: FAR.lat, lng: FAR.lng, at: '2026-10-07T02:05:00Z' }] }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ distanceMeters: 11, issues: [] });
    expect(res.body.relocations).toEqual([{ lat: FAR.lat, lng: FAR.lng, accuracy: null, at: '2026-10-07T02:05:00.000Z', distanceMeters: expect.any(Number) }]);
    expect(res.body.relocations[0].distanceMeters).toBeGreaterThan(1900);
  });

  it('a visit without relocations has an empty history; the preview computes the same', async () => {
    const plain = await r1.post('/visits', visitBody(ids.S1!, '2026-10-08T02:00:00Z', [], { location: AT_STORE }));
    expect(plain.body.relocations).toEqual([]);
    const preview = await r1.post('/visits/preview', visitBody(ids.S1!, '2026-10-08T03:00:00Z', [], { location: FAR, relocations: [{ ...AT_STORE, at: '2026-10-08T03:01:00Z' }] }));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ issues: ['outside_geofence'], relocations: [{ distanceMeters: 11 }] });
  });
});

describe('offline replay with relocations', () => {
  it('the same id and payload answer the same visit (200), once; another history is 409', async () => {
    const id = randomUUID();
    const body = visitBody(ids.S1!, '2026-10-09T02:00:00Z', [line(ids.P1!, { stockQty: 4 })], {
      id,
      location: FAR,
      relocations: [{ ...AT_STORE, at: '2026-10-09T02:04:00Z' }],
    });
    const created = await r1.post('/visits', body);
    expect(created.status).toBe(201);
    const replay = await r1.post('/visits', JSON.parse(JSON.stringify(body)));
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(created.body);
    const rewritten = await r1.post('/visits', { ...body, relocations: [] });
    expect(rewritten.status).toBe(409);
    const list = await r1.get(`/visits?storeId=${ids.S1}&from=2026-10-09&to=2026-10-09`);
    expect(list.body.items.filter((v: { id: string }) => v.id === id)).toHaveLength(1);
    expect((await r1.get(`/visits/${id}`)).body.issues).toEqual(['outside_geofence']);
  });
});

describe('refusals', () => {
  const base = () => ({ ...visitBody(ids.S1!, '2026-10-10T02:00:00Z', [line(ids.P1!)], { checkOutAt: '2026-10-10T02:30:00Z', location: FAR }), id: randomUUID() });
  const fix = (at = '2026-10-10T02:05:00Z', extra: object = {}) => ({ ...AT_STORE, at, ...extra });

  it.each([
    ['a latitude out of range', () => [fix(), fix(undefined, { lat: 91 })], '/relocations/1/lat'],
    ['a longitude out of range', () => [fix(undefined, { lng: -181 })], '/relocations/0/lng'],
    ['a negative accuracy', () => [fix(undefined, { accuracy: -1 })], '/relocations/0/accuracy'],
    ['a missing time', () => [{ lat: 31.23, lng: 121.47 }], '/relocations/0/at'],
    ['a time without offset', () => [fix('2026-10-10T10:05:00')], '/relocations/0/at'],
    ['a time before the check-in', () => [fix(), fix('2026-10-10T01:59:59Z')], '/relocations/1/at'],
    ['a time after the check-out', () => [fix('2026-10-10T02:31:00Z')], '/relocations/0/at'],
    ['more than 20 fixes', () => Array.from({ length: 21 }, () => fix()), '/relocations'],
    ['not a list', () => ({ lat: 31.23, lng: 121.47, at: '2026-10-10T02:05:00Z' }), '/relocations'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_what, relocations, path) => {
    const body = { ...base(), relocations: relocations() };
    const res = await r1.post('/visits', body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(paths(res.body)).toContain(path);
    expect((await r1.get(`/visits/${body.id}`)).status).toBe(404);
  });

  it('refuses a relocation in the future beyond the clock skew, in the caller’s language', async () => {
    const now = Date.now();
    const body = {
      ...visitBody(ids.S1!, new Date(now - 600_000).toISOString(), [], { location: FAR }),
      relocations: [fix(new Date(now + 3600_000).toISOString())],
    };
    const en = await r1.post('/visits', body, { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([{ path: '/relocations/0/at', message: 'lies in the future' }]);
    const zh = await r1.post('/visits', body, { 'accept-language': 'zh-CN' });
    expect(zh.body.errors).toEqual([{ path: '/relocations/0/at', message: '不能是将来的时间' }]);
    expect(zh.body.detail).toMatch(/^拜访记录无效/);
    // A phone clock a little ahead is fine.
    const skewed = await r1.post('/visits', { ...body, relocations: [fix(new Date(now + 120_000).toISOString())] });
    expect(skewed.status).toBe(201);
  });

  it('refuses relocations without a check-in location (the first fix is the location)', async () => {
    const res = await r1.post('/visits', { ...base(), location: undefined, relocations: [fix()] }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['/relocations']);
  });
});

it('reads the stored history by hand-written statements exactly as the schema maps it', async () => {
  const created = (
    await r1.post('/visits', visitBody(ids.S1!, '2026-10-11T02:00:00Z', [], { location: FAR, relocations: [{ ...AT_STORE, at: '2026-10-11T02:01:00Z' }] }))
  ).body;
  const plain = (await r1.post('/visits', visitBody(ids.S1!, '2026-10-11T03:00:00Z', []))).body;
  const db = t.app.db;
  const byDrizzle = db.select().from(visits).where(eq(visits.id, created.id)).get();
  expect(byDrizzle?.relocations).toEqual([{ ...AT_STORE, at: '2026-10-11T02:01:00.000Z', distanceMeters: 11 }]);
  expect(getVisit(db, created.id)).toEqual(byDrizzle);
  expect(getVisit(db, plain.id)?.relocations).toBeNull();
  expect(listVisits(db, { limit: 500 })).toEqual(expect.arrayContaining(db.select().from(visits).all()));
});

it('describes relocations in the OpenAPI document, on the body and on the visit', async () => {
  const doc = (await client(t.app).get('/api/v1/openapi.json')).body;
  const post = doc.paths['/api/v1/visits'].post;
  const body = post.requestBody.content['application/json'].schema;
  expect(body.properties.relocations).toMatchObject({ type: 'array', maxItems: 20 });
  expect(body.properties.relocations.items.required).toEqual(expect.arrayContaining(['lat', 'lng', 'at']));
  const view = post.responses['201'].content['application/json'].schema;
  expect(view.properties.relocations.items.properties).toHaveProperty('distanceMeters');
});
