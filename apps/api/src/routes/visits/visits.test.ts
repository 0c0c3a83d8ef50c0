import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { client } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';
import { line, multipart, paths, pngBytes, visitBody } from '../../test/field-work.js';
import { connectionOf } from '../../db/client.js';

jest.setTimeout(30_000);

let ids: Record<string, string>;

/** A product created for one test, so that its history is its own. */
async function product(sku: string, extra: object = {}): Promise<string> {
  const res = await org.admin.post('/products', { sku, name: sku, unit: '袋', retailPrice: 9.9, supplyPrice: 6.5, shelfLifeDays: 365, ...extra });
  expect(res.status).toBe(201);
  return res.body.id;
}

const { t, org, as: { r1, r1b, r2, m1, m2 } } = seededOrg('r1', 'r1b', 'r2', 'm1', 'm2');
beforeAll(async () => {
  ids = org.ids;
}, 120_000);

describe('R1 suggested order, end to end', () => {
  it('computes every worked example of RULES R1 from the previous visit of the store', async () => {
    // prevStock, prevOrder, currentStock, packSize -> suggested (the RULES R1 table)
    const table: [number, number, number, number, number, string[]][] = [
      [20, 30, 10, 1, 50, []],
      [5, 12, 3, 1, 18, []],
      [10, 0, 10, 1, 0, []],
      [3, 4, 2, 1, 6, []],
      [3, 4, 2, 12, 12, []],
      [4, 0, 9, 1, 0, ['stock_rose_without_order']],
    ];
    const products = await Promise.all(table.map((row, i) => product(`R1-${i}`, { packSize: row[3] })));
    const first = await r1.post(
      '/visits',
      visitBody(ids.S1!, '2026-10-05T02:00:00Z', table.map((row, i) => line(products[i]!, { stockQty: row[0], orderQty: row[1] }))),
    );
    expect(first.status).toBe(201);
    for (const l of first.body.lines) {
      expect(l.suggestedOrderQty).toBeNull();
      expect(l.suggestion).toMatchObject({ reason: 'no_history', suggested: null });
    }

    const second = await r1.post(
      '/visits',
      visitBody(ids.S1!, '2026-10-07T02:00:00Z', table.map((row, i) => line(products[i]!, { stockQty: row[2] }))),
    );
    expect(second.status).toBe(201);
    table.forEach(([prevStock, prevOrder, currentStock, packSize, suggested, flags], i) => {
      const l = second.body.lines[i];
      expect(l.suggestedOrderQty).toBe(suggested);
      expect(l.suggestion).toMatchObject({
        reason: 'computed',
        suggested,
        flags,
        inputs: { prevStock, prevOrder, currentStock, packSize, factor: 1.5 },
        previousVisitId: first.body.id,
      });
      expect(typeof l.suggestion.explanation).toBe('string');
      expect(l.suggestion.explanationKey).toMatch(/^suggestion\./);
      expect(l.suggestion).not.toHaveProperty('text');
    });
    // Stored with the visit, not only returned.
    const again = await r1.get(`/visits/${second.body.id}`);
    expect(again.body.lines.map((l: { suggestedOrderQty: number }) => l.suggestedOrderQty)).toEqual(table.map((r) => r[4]));
  });

  it('uses the reorderFactor setting and explains in the language asked for', async () => {
    const p = await product('R1-FACTOR');
    await r1.post('/visits', visitBody(ids.S1N!, '2026-10-05T03:00:00Z', [line(p, { stockQty: 20, orderQty: 30 })]));
    const settings = await org.admin.get('/settings');
    expect((await org.admin.put('/settings', { ...settings.body, reorderFactor: 2 })).status).toBe(200);
    try {
      const res = await r1.post('/visits', visitBody(ids.S1N!, '2026-10-06T03:00:00Z', [line(p, { stockQty: 10 })]), {
        'accept-language': 'en-US,en;q=0.9',
      });
      expect(res.body.lines[0].suggestedOrderQty).toBe(70); // 40 * 2 - 10
      expect(res.body.lines[0].suggestion.explanation).toMatch(/suggest ordering 70/);
      const zh = await r1.get(`/visits/${res.body.id}`);
      expect(zh.body.lines[0].suggestion.explanation).not.toMatch(/suggest ordering/);
      expect(zh.body.lines[0].suggestion.explanationParams).toEqual(res.body.lines[0].suggestion.explanationParams);
    } finally {
      await org.admin.put('/settings', settings.body);
    }
  });

  it('finds the predecessor by check-in time when visits sync out of order', async () => {
    const p = await product('R1-OOO');
    const post = (at: string, stockQty: number, orderQty = 0) =>
      r1.post('/visits', visitBody(ids.S1!, at, [line(p, { stockQty, orderQty })]));
    const v1 = await post('2026-10-12T02:00:00Z', 20, 30);
    const v3 = await post('2026-10-14T02:00:00Z', 10);
    expect(v3.body.lines[0].suggestedOrderQty).toBe(50); // from v1
    // v2 was captured offline between them and syncs last: its predecessor is v1, not v3.
    const v2 = await post('2026-10-13T02:00:00Z', 15);
    expect(v2.status).toBe(201);
    expect(v2.body.lines[0].suggestion).toMatchObject({ previousVisitId: v1.body.id, inputs: { prevStock: 20, prevOrder: 30 } });
    expect(v2.body.lines[0].suggestedOrderQty).toBe(38); // (20+30-15)*1.5-15 = 37.5
    // A stored suggestion is not rewritten by a late sync (documented in docs/field-work.md).
    expect((await r1.get(`/visits/${v3.body.id}`)).body.lines[0].suggestedOrderQty).toBe(50);
    // A later visit uses the latest earlier count, v3.
    const v4 = await post('2026-10-15T02:00:00Z', 5);
    expect(v4.body.lines[0].suggestion).toMatchObject({ previousVisitId: v3.body.id, sold: 5 });
    expect(v4.body.lines[0].suggestedOrderQty).toBe(3); // 5*1.5-5 = 2.5
  });

  it('previews the same computation without storing anything', async () => {
    const p = await product('R1-PREVIEW', { packSize: 12 });
    await r1.post('/visits', visitBody(ids.S1!, '2026-10-19T02:00:00Z', [line(p, { stockQty: 3, orderQty: 4 })]));
    const before = await r1.get(`/visits?storeId=${ids.S1}&from=2026-10-20&to=2026-10-20`);
    const preview = await r1.post('/visits/preview', visitBody(ids.S1!, '2026-10-20T02:00:00Z', [line(p, { stockQty: 2, shelfPrice: 8 })]));
    expect(preview.status).toBe(200);
    expect(preview.body.id).toBeNull();
    expect(preview.body.lines[0]).toMatchObject({ suggestedOrderQty: 12, issues: ['price_mismatch'] });
    const after = await r1.get(`/visits?storeId=${ids.S1}&from=2026-10-20&to=2026-10-20`);
    expect(after.body.items).toHaveLength(before.body.items.length);
    // Preview is refused like the visit itself.
    expect((await r2.post('/visits/preview', visitBody(ids.S1!, '2026-10-20T02:00:00Z', []))).status).toBe(404);
  });
});

describe('R3 display issues and the geofence', () => {
  it('flags every display issue of RULES R3 with its explanation', async () => {
    const res = await r1.post(
      '/visits',
      visitBody(ids.S1!, '2026-10-21T02:00:00Z', [
        line(ids.PK!, { facings: 2 }), // key product below 3 facings
        line(ids.P1!, { priceTagOk: false, shelfPrice: 8.5 }), // no tag, wrong price
        line(ids.P12!, { onPromo: true, promoStart: '2026-10-01', promoEnd: '2026-10-20', shelfPrice: 7.9, facings: 5 }),
      ]),
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(201);
    const [key, tag, promo] = res.body.lines;
    expect(key.issues).toEqual(['facings_below_minimum']);
    expect(tag.issues).toEqual(['price_tag_missing', 'price_mismatch']);
    expect(tag.shelfPrice).toBe(8.5);
    // On promotion a different price is expected; the tag ended the day before the visit.
    expect(promo.issues).toEqual(['promo_tag_expired']);
    expect(promo.issueDetails[0]).toMatchObject({ code: 'promo_tag_expired', explanationKey: 'visit_issue.promo_tag_expired' });
    expect(tag.issueDetails[1].explanation).toMatch(/8\.50.*9\.90/);
    expect(Object.keys(tag.issueDetails[1]).sort()).toEqual(['code', 'explanation', 'explanationKey', 'explanationParams']);
  });

  it('reports no issue for a compliant line, including a promotion ending on the visit day', async () => {
    const res = await r1.post(
      '/visits',
      visitBody(ids.S1!, '2026-10-22T02:00:00Z', [line(ids.PK!, { onPromo: true, promoEnd: '2026-10-22', shelfPrice: 5 })]),
    );
    expect(res.body.lines[0].issues).toEqual([]);
  });

  it('records the distance and flags a check-in outside the geofence, without refusing it', async () => {
    const near = await r1.post('/visits', visitBody(ids.S1!, '2026-10-23T02:00:00Z', [], { location: { lat: 31.2305, lng: 121.4737, accuracy: 8 } }));
    expect(near.status).toBe(201);
    expect(near.body.distanceMeters).toBe(11);
    expect(near.body.issues).toEqual([]);
    expect(near.body.location).toEqual({ lat: 31.2305, lng: 121.4737, accuracy: 8 });

    const far = await r1.post('/visits', visitBody(ids.S1!, '2026-10-23T04:00:00Z', [], { location: { lat: 31.2404, lng: 121.4737 } }), {
      'accept-language': 'en',
    });
    expect(far.status).toBe(201);
    expect(far.body.distanceMeters).toBeGreaterThan(1000);
    expect(far.body.issues).toEqual(['outside_geofence']);
    expect(far.body.geofence.explanation).toMatch(/farther than 200 m/);
    expect(far.body.geofence).toMatchObject({ explanationKey: 'visit_issue.outside_geofence', explanationParams: { geofenceMeters: 200 } });

    const none = await r1.post('/visits', visitBody(ids.S1!, '2026-10-23T06:00:00Z', []));
    expect(none.body).toMatchObject({ distanceMeters: null, issues: [], location: null });

    const bare = await org.admin.post('/stores', { code: 'NOGEO', name: 'No coordinates', tier: 'normal', channel: 'retail', ownerId: ids.r1 });
    const noStoreGeo = await r1.post('/visits', visitBody(bare.body.id, '2026-10-23T06:00:00Z', [], { location: { lat: 31.2, lng: 121.4 } }));
    expect(noStoreGeo.body).toMatchObject({ distanceMeters: null, issues: [] });
  });
});

describe('offline capture: client ids', () => {
  it('answers a replay of the same id and body with the stored visit (200), another body with 409', async () => {
    const id = randomUUID();
    const body = visitBody(ids.S1!, '2026-10-26T02:00:00Z', [line(ids.P1!, { stockQty: 7, orderQty: 5 })], { id, storeOpinion: '货架整洁' });
    const created = await r1.post('/visits', body);
    expect(created.status).toBe(201);
    expect(created.body.id).toBe(id);

    const replay = await r1.post('/visits', { ...body, lines: [{ ...body.lines[0] }] });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(created.body);

    const changed = await r1.post('/visits', { ...body, storeOpinion: '缺货' });
    expect(changed.status).toBe(409);
    expect(changed.headers['content-type']).toMatch(/problem\+json/);

    // Stored once.
    const list = await r1.get(`/visits?storeId=${ids.S1}&from=2026-10-26&to=2026-10-26`);
    expect(list.body.items.filter((v: { id: string }) => v.id === id)).toHaveLength(1);
    // Another rep cannot take the id.
    expect((await r2.post('/visits', { ...body, storeId: ids.S2 })).status).toBe(409);
  });

  it('refuses an id that is not a UUID', async () => {
    const res = await r1.post('/visits', visitBody(ids.S1!, '2026-10-26T03:00:00Z', [], { id: 'visit-1' }));
    expect(res.status).toBe(400);
    expect(paths(res.body)).toContain('/id');
  });

  it('honours Idempotency-Key on POST /visits', async () => {
    const body = visitBody(ids.S1!, '2026-10-26T05:00:00Z', [line(ids.P1!)]);
    const key = randomUUID();
    const a = await r1.post('/visits', body, { 'idempotency-key': key });
    const b = await r1.post('/visits', body, { 'idempotency-key': key });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.body.id).toBe(a.body.id);
    expect((await r1.post('/visits', { ...body, signedBy: 'x' }, { 'idempotency-key': key })).status).toBe(422);
  });
});

describe('refusals', () => {
  const at = '2026-10-27T02:00:00Z';

  it.each([
    ['a check-in in the future beyond the clock skew', () => ({ checkInAt: new Date(Date.now() + 3600_000).toISOString() }), '/checkInAt'],
    ['a check-out before the check-in', () => ({ checkOutAt: '2026-10-27T01:00:00Z' }), '/checkOutAt'],
    ['a check-out in the future', () => ({ checkOutAt: new Date(Date.now() + 3600_000).toISOString() }), '/checkOutAt'],
    ['a timestamp without offset', () => ({ checkInAt: '2026-10-27T10:00:00' }), '/checkInAt'],
    ['a missing store', () => ({ storeId: undefined }), '/storeId'],
    ['missing lines', () => ({ lines: undefined }), '/lines'],
    ['a latitude out of range', () => ({ location: { lat: 91, lng: 0 } }), '/location/lat'],
  ])('refuses %s with 400 naming the field', async (_what, patch, path) => {
    const res = await r1.post('/visits', { ...visitBody(ids.S1!, at, [line(ids.P1!)]), ...patch() });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(paths(res.body)).toContain(path);
  });

  it.each([
    ['a negative stock', { stockQty: -1 }, '/lines/0/stockQty'],
    ['a fractional order', { orderQty: 1.5 }, '/lines/0/orderQty'],
    ['a price with 3 decimals', { shelfPrice: 9.999 }, '/lines/0/shelfPrice'],
    ['a negative price', { shelfPrice: -1 }, '/lines/0/shelfPrice'],
    ['missing facings', { facings: undefined }, '/lines/0/facings'],
    ['a promotion ending before it starts', { onPromo: true, promoStart: '2026-10-10', promoEnd: '2026-10-01' }, '/lines/0/promoEnd'],
    ['an impossible date', { productionDate: '2026-02-30' }, '/lines/0/productionDate'],
  ])('refuses a line with %s', async (_what, patch, path) => {
    const res = await r1.post('/visits', visitBody(ids.S1!, at, [line(ids.P1!, patch)]));
    expect(res.status).toBe(400);
    expect(paths(res.body)).toContain(path);
  });

  it('accepts a check-in a little ahead of the server clock (phone clock skew)', async () => {
    const res = await r1.post('/visits', visitBody(ids.S1!, new Date(Date.now() + 120_000).toISOString(), []));
    expect(res.status).toBe(201);
  });

  it('refuses a product counted twice and an unknown product, naming the line', async () => {
    const dup = await r1.post('/visits', visitBody(ids.S1!, at, [line(ids.P1!), line(ids.P12!), line(ids.P1!)]));
    expect(dup.status).toBe(400);
    expect(paths(dup.body)).toEqual(['/lines/2/productId']);
    const unknown = await r1.post('/visits', visitBody(ids.S1!, at, [line(ids.P1!), line('no-such-product')]));
    expect(unknown.status).toBe(400);
    expect(paths(unknown.body)).toEqual(['/lines/1/productId']);
  });

  it('writes nothing when a request is refused', async () => {
    const id = randomUUID();
    const res = await r1.post('/visits', visitBody(ids.S1!, at, [line(ids.P1!), line('nope')], { id }));
    expect(res.status).toBe(400);
    expect((await r1.get(`/visits/${id}`)).status).toBe(404);
  });

  it('lets only the store owner log visits: other reps 404, the admin or a manager 403', async () => {
    const body = visitBody(ids.S1!, at, [line(ids.P1!)]);
    expect((await r2.post('/visits', body)).status).toBe(404);
    expect((await r1b.post('/visits', body)).status).toBe(404);
    expect((await r1.post('/visits', { ...body, storeId: 'no-such-store' })).status).toBe(404);
    expect((await m1.post('/visits', body)).status).toBe(403); // no visits.log
    expect((await org.admin.post('/visits', body)).status).toBe(403); // sees the store, does not own it
  });

  it('refuses API clients, which do not visit stores', async () => {
    const created = await org.admin.post('/api-clients', { name: 'erp', scopes: ['visits.log', 'visits.read_team'] });
    expect(created.status).toBe(201);
    const token = await client(t.app).post('/auth/token', { grantType: 'client_credentials', clientId: created.body.clientId, clientSecret: created.body.clientSecret });
    const erp = client(t.app, token.body.accessToken);
    expect((await erp.post('/visits', visitBody(ids.S1!, at, []))).status).toBe(403);
    expect((await erp.get(`/visits?storeId=${ids.S1}`)).status).toBe(200);
  });
});

describe('reading visits', () => {
  let visitId: string;
  beforeAll(async () => {
    const res = await r1.post('/visits', visitBody(ids.S1!, '2026-09-01T02:00:00Z', [line(ids.P1!)]));
    visitId = res.body.id;
    await r2.post('/visits', visitBody(ids.S2!, '2026-09-01T03:00:00Z', [line(ids.P1!)]));
  });

  it('shows a visit to its rep and their managers, and 404 to everyone else', async () => {
    expect((await r1.get(`/visits/${visitId}`)).status).toBe(200);
    expect((await m1.get(`/visits/${visitId}`)).status).toBe(200);
    expect((await org.admin.get(`/visits/${visitId}`)).status).toBe(200);
    expect((await r2.get(`/visits/${visitId}`)).status).toBe(404);
    expect((await r1b.get(`/visits/${visitId}`)).status).toBe(404);
    expect((await m2.get(`/visits/${visitId}`)).status).toBe(404);
  });

  it('lists only visible visits, newest first, with filters and cursor pages', async () => {
    const mine = await r1.get('/visits?from=2026-09-01&to=2026-09-01');
    expect(mine.body.items.map((v: { id: string }) => v.id)).toEqual([visitId]);
    const team = await m2.get('/visits?from=2026-09-01&to=2026-09-01');
    expect(team.body.items.map((v: { repId: string }) => v.repId)).toEqual([ids.r2]);
    const all = await org.admin.get('/visits?from=2026-09-01&to=2026-09-01');
    expect(all.body.items).toHaveLength(2);
    expect(all.body.items[0].checkInAt > all.body.items[1].checkInAt).toBe(true);
    expect((await org.admin.get(`/visits?from=2026-09-01&to=2026-09-01&repId=${ids.r1}`)).body.items).toHaveLength(1);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const pageRes: { body: { items: { id: string; checkInAt: string }[]; nextCursor: string | null } } = await r1.get(
        `/visits?storeId=${ids.S1}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...pageRes.body.items.map((v) => v.id));
      cursor = pageRes.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const full = await r1.get(`/visits?storeId=${ids.S1}&limit=200`);
    expect(seen).toEqual(full.body.items.map((v: { id: string }) => v.id));
    expect(seen.length).toBeGreaterThan(3);
  });

  it('refuses bad filters', async () => {
    expect((await r1.get('/visits?from=2026-13-01')).status).toBe(400);
    expect((await r1.get('/visits?limit=0')).status).toBe(400);
    expect((await r1.get('/visits?cursor=garbage')).status).toBe(400);
  });

  it('fires visit.created into the webhook outbox in the same transaction', async () => {
    const hook = await org.admin.post('/webhooks', { url: 'https://example.com/hook', events: ['visit.created'] });
    expect(hook.status).toBe(201);
    const res = await r1.post('/visits', visitBody(ids.S1!, '2026-09-02T02:00:00Z', [line(ids.P1!)]));
    const row = connectionOf(t.app.db)
      .prepare("SELECT payload FROM webhook_deliveries WHERE event = 'visit.created' ORDER BY created_at DESC LIMIT 1")
      .get() as { payload: string };
    expect(JSON.parse(row.payload).data).toMatchObject({ visit: { id: res.body.id, storeId: ids.S1, lines: [{ productId: ids.P1, shelfPrice: 9.9 }] }, actorId: ids.r1 });
  });

  it('records the visit in the audit trail', async () => {
    const audit = await org.admin.get(`/audit?entity=visit&entityId=${visitId}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'create', actorId: ids.r1 });
  });
});

describe('photo size limit of the contract', () => {
  it('accepts a photo of 5 MB (above the JSON body limit) and refuses one byte more with 413', async () => {
    const visit = await r1.post('/visits', visitBody(ids.S1!, '2026-09-03T02:00:00Z', []));
    const ok = multipart(pngBytes(5 * 1024 * 1024));
    expect((await r1.post(`/visits/${visit.body.id}/photos`, ok.body, ok.headers)).status).toBe(201);
    const big = multipart(pngBytes(5 * 1024 * 1024 + 1));
    expect((await r1.post(`/visits/${visit.body.id}/photos`, big.body, big.headers)).status).toBe(413);
  });
});

describe('OpenAPI', () => {
  it('describes the field-work endpoints', async () => {
    const doc = await client(t.app).get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/visits',
        '/api/v1/visits/preview',
        '/api/v1/visits/{id}',
        '/api/v1/visits/{id}/photos',
        '/api/v1/visits/{id}/photos/{photoId}',
        '/api/v1/reports/visit-compliance',
        '/api/v1/me/today',
        '/api/v1/tasks',
        '/api/v1/tasks/{id}/complete',
        '/api/v1/tasks/{id}/review',
        '/api/v1/work-logs/{date}',
        '/api/v1/work-logs/{userId}/{date}/flag-vague',
        '/api/v1/market-surveys',
        '/api/v1/market-surveys/{id}/grade',
      ]),
    );
    expect(doc.body.paths['/api/v1/visits'].post.responses).toHaveProperty('409');
  });
});
