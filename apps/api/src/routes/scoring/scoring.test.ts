import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { makeApp, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';

jest.setTimeout(30_000);

/** The scorecard's inputs (scores.manage): who may record them, what is refused, money kept exact. */

let ctx: TestContext;
let org: Org;
let m1: Client;
let m2: Client;
let r1: Client;
let ids: Record<string, string>;

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

beforeAll(async () => {
  ctx = await makeApp();
  org = await seedOrg(ctx.app);
  ids = org.ids;
  m1 = await org.as('m1');
  m2 = await org.as('m2');
  r1 = await org.as('r1');
});

afterAll(async () => {
  await ctx.close();
});

describe('collection plans', () => {
  it('are set per user and month with an ETag, honour If-Match, and keep money exact', async () => {
    const url = `/collection-plans/${ids.r1}/2026-11`;
    const created = await m1.put(url, { amount: 1234567.89 });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ userId: ids.r1, month: '2026-11', amount: 1234567.89, version: 1 });
    expect(created.headers.etag).toBe('"v1"');
    expect((await m1.put(url, { amount: 5 }, { 'if-match': '"v0"' })).status).toBe(412);
    const updated = await m1.put(url, { amount: 100000.1 }, { 'if-match': '"v1"' });
    expect(updated.body).toMatchObject({ amount: 100000.1, version: 2 });
    const read = await r1.get(url);
    expect(read.status).toBe(200);
    expect(read.body.amount).toBe(100000.1);
    expect(read.headers.etag).toBe('"v2"');
    const listed = await m1.get(`/collection-plans?userId=${ids.r1}`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.nextCursor).toBeNull();
  });

  it('refuse bad amounts and months (400), callers without scores.manage (403), users outside the team (404)', async () => {
    for (const amount of [0.001, -5, 'abc', null, 1e12]) {
      const res = await m1.put(`/collection-plans/${ids.r1}/2026-11`, { amount });
      expect([amount, res.status]).toEqual([amount, 400]);
    }
    expect(paths((await m1.put(`/collection-plans/${ids.r1}/2026-11`, { amount: 0.001 })).body)).toEqual(['/amount']);
    expect((await m1.put(`/collection-plans/${ids.r1}/2026-13`, { amount: 1 })).status).toBe(400);
    expect((await r1.put(`/collection-plans/${ids.r1}/2026-11`, { amount: 1 })).status).toBe(403);
    expect((await m2.put(`/collection-plans/${ids.r1}/2026-11`, { amount: 1 })).status).toBe(404);
    expect((await m1.put(`/collection-plans/nobody/2026-11`, { amount: 1 })).status).toBe(404);
    expect((await m2.get(`/collection-plans/${ids.r1}/2026-11`)).status).toBe(404);
    expect((await m1.get(`/collection-plans/${ids.r1}/2026-01`)).status).toBe(404);
  });
});

describe('collections', () => {
  it('book an exact amount and replay with an Idempotency-Key', async () => {
    const body = { userId: ids.r1, date: '2026-11-03', amount: 0.07, reference: '银行回单 001' };
    const first = await m1.post('/collections', body, { 'idempotency-key': 'col-1' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ userId: ids.r1, date: '2026-11-03', amount: 0.07, reference: '银行回单 001' });
    const replay = await m1.post('/collections', body, { 'idempotency-key': 'col-1' });
    expect(replay.body.id).toBe(first.body.id);
    expect((await m1.post('/collections', { ...body, amount: 1 }, { 'idempotency-key': 'col-1' })).status).toBe(422);
    const mine = await r1.get(`/collections?userId=${ids.r1}&from=2026-11-01&to=2026-11-30`);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([first.body.id]);
    expect((await m2.get('/collections')).body.items).toHaveLength(0);
    expect((await r1.get(`/collections?userId=${ids.r1b}`)).status).toBe(404);
  });

  it('refuse a zero or fractional-cent amount, a bad date, a missing field, and the wrong caller', async () => {
    const ok = { userId: ids.r1, date: '2026-11-03', amount: 10 };
    expect(paths((await m1.post('/collections', { ...ok, amount: 0 })).body)).toEqual(['/amount']);
    expect((await m1.post('/collections', { ...ok, amount: 10.005 })).status).toBe(400);
    expect((await m1.post('/collections', { ...ok, date: '2026-02-30' })).status).toBe(400);
    expect(paths((await m1.post('/collections', { userId: ids.r1, amount: 10 })).body)).toEqual(['/date']);
    expect((await r1.post('/collections', ok)).status).toBe(403);
    expect((await m2.post('/collections', ok)).status).toBe(404);
  });
});

describe('market plans', () => {
  it('are planned per month and level, completed once', async () => {
    const plan = await m1.post('/market-plans', { userId: ids.r1, month: '2026-11', level: 'second', name: '批发部 B', storeId: ids.S1N });
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ level: 'second', storeId: ids.S1N, completedDate: null });
    expect((await m2.post(`/market-plans/${plan.body.id}/complete`, { date: '2026-11-20' })).status).toBe(404);
    expect((await r1.post(`/market-plans/${plan.body.id}/complete`, { date: '2026-11-20' })).status).toBe(403);
    const done = await m1.post(`/market-plans/${plan.body.id}/complete`, { date: '2026-11-20' });
    expect(done.status).toBe(200);
    expect(done.body.completedDate).toBe('2026-11-20');
    expect((await m1.post(`/market-plans/${plan.body.id}/complete`, { date: '2026-11-21' })).status).toBe(409);
    expect((await r1.get(`/market-plans/${plan.body.id}`)).status).toBe(200);
    expect((await m2.get(`/market-plans/${plan.body.id}`)).status).toBe(404);
    expect((await r1.get(`/market-plans?month=2026-11`)).body.items).toHaveLength(1);
  });

  it('refuse an unknown level, a store that does not exist and a missing name', async () => {
    const ok = { userId: ids.r1, month: '2026-11', level: 'first', name: 'Agent' };
    expect(paths((await m1.post('/market-plans', { ...ok, level: 'third' })).body)).toEqual(['/level']);
    expect(paths((await m1.post('/market-plans', { ...ok, storeId: 'nope' })).body)).toEqual(['/storeId']);
    expect((await m1.post('/market-plans', { ...ok, name: '' })).status).toBe(400);
    expect((await m1.post('/market-plans', { ...ok, month: '2026-1' })).status).toBe(400);
  });
});

describe('complaints', () => {
  it('are recorded, then validated by a manager of the user', async () => {
    const complaint = await m1.post('/complaints', { userId: ids.r1, date: '2026-11-05', storeId: ids.S1, description: '送货不及时' });
    expect(complaint.status).toBe(201);
    expect(complaint.body.valid).toBeNull();
    expect((await r1.post(`/complaints/${complaint.body.id}/validate`, { valid: true })).status).toBe(403);
    expect((await m2.post(`/complaints/${complaint.body.id}/validate`, { valid: true })).status).toBe(404);
    expect((await m1.post(`/complaints/${complaint.body.id}/validate`, { valid: 'yes' })).status).toBe(400);
    const valid = await m1.post(`/complaints/${complaint.body.id}/validate`, { valid: true });
    expect(valid.body).toMatchObject({ valid: true, validatedBy: ids.m1 });
    const changed = await m1.post(`/complaints/${complaint.body.id}/validate`, { valid: false });
    expect(changed.body.valid).toBe(false);
    expect((await r1.get(`/complaints/${complaint.body.id}`)).body.valid).toBe(false);
    expect((await m1.get(`/complaints?userId=${ids.r1}&from=2026-11-06`)).body.items).toHaveLength(0);
    expect((await m1.get(`/complaints?userId=${ids.r1}&from=2026-11-05&to=2026-11-05`)).body.items).toHaveLength(1);
    expect((await m1.post('/complaints', { userId: ids.r1, date: '2026-11-05', description: '' })).status).toBe(400);
  });
});

describe('discipline records', () => {
  it('accept points inside the role’s range in half points, and refuse anything else with 400', async () => {
    const record = (points: unknown) => m1.post('/discipline-records', { userId: ids.r1, date: '2026-11-12', description: '迟到', points });
    const ok = await record(2.5);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ points: 2.5, createdBy: ids.m1 });
    expect((await record(2)).status).toBe(201);
    expect((await record(5)).status).toBe(201);
    for (const points of [1, 1.5, 5.5, 6, 2.2, -3, 'three']) {
      const res = await record(points);
      expect([points, res.status]).toEqual([points, 400]);
      expect(paths(res.body)).toEqual(['/points']);
    }
    expect((await r1.get(`/discipline-records?userId=${ids.r1}`)).body.items).toHaveLength(3);
    expect((await r1.post('/discipline-records', { userId: ids.r1, date: '2026-11-12', description: 'x', points: 3 })).status).toBe(403);
    expect((await m2.post('/discipline-records', { userId: ids.r1, date: '2026-11-12', description: 'x', points: 3 })).status).toBe(404);
  });
});

describe('the lists of records about users', () => {
  const desc = (xs: string[]) => [...xs].sort().reverse();
  /** Every page of a list, `limit` at a time, through its cursors. */
  const walk = async (who: Client, url: string, limit: number) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await who.get(`${url}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...res.body.items.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    return seen;
  };

  const dated = [
    { path: '/collections', body: { amount: 1 } },
    { path: '/complaints', body: { description: 'x' } },
    { path: '/discipline-records', body: { description: 'x', points: 3 } },
  ];

  it.each(dated)('$path: scoped to the users the caller may see, dated from..to inclusive, newest first, paged by id', async ({ path, body }) => {
    const add = async (userId: string | undefined, date: string) => {
      const res = await m1.post(path, { ...body, userId, date });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const r1Ids = [await add(ids.r1, '2027-03-01'), await add(ids.r1, '2027-03-15'), await add(ids.r1, '2027-03-31')];
    const r1bId = await add(ids.r1b, '2027-03-15');
    await add(ids.r1, '2027-04-01');
    const march = 'from=2027-03-01&to=2027-03-31';
    const listed = await m1.get(`${path}?userId=${ids.r1}&${march}`);
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual(desc(r1Ids));
    expect(listed.body.nextCursor).toBeNull();
    expect((await m1.get(`${path}?userId=${ids.r1}&from=2027-03-15&to=2027-03-15`)).body.items.map((r: { id: string }) => r.id)).toEqual([r1Ids[1]]);
    expect(await walk(m1, `${path}?${march}`, 1)).toEqual(desc([...r1Ids, r1bId]));
    expect(await walk(m1, `${path}?${march}`, 3)).toEqual(desc([...r1Ids, r1bId]));
    expect(await walk(r1, `${path}?${march}`, 2)).toEqual(desc(r1Ids));
    expect((await m2.get(`${path}?${march}`)).body.items).toEqual([]);
    expect((await m2.get(`${path}?userId=${ids.r1}`)).status).toBe(404);
    expect((await m1.get(`${path}?cursor=nonsense`)).status).toBe(400);
  });

  it('/market-plans: scoped the same way, filtered by month, newest first, paged by id', async () => {
    const add = async (userId: string | undefined, month: string) => {
      const res = await m1.post('/market-plans', { userId, month, level: 'first', name: 'x' });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const r1Ids = [await add(ids.r1, '2027-03'), await add(ids.r1, '2027-03')];
    const r1bId = await add(ids.r1b, '2027-03');
    await add(ids.r1, '2027-04');
    expect(await walk(m1, `/market-plans?month=2027-03&userId=${ids.r1}`, 1)).toEqual(desc(r1Ids));
    expect(await walk(m1, '/market-plans?month=2027-03', 2)).toEqual(desc([...r1Ids, r1bId]));
    expect(await walk(r1, '/market-plans?month=2027-03', 5)).toEqual(desc(r1Ids));
    expect((await m2.get('/market-plans?month=2027-03')).body.items).toEqual([]);
  });
});

describe('the audit of records about users', () => {
  const trail = async (entity: string, id: string) =>
    (await org.admin.get(`/audit?entity=${entity}&entityId=${id}`)).body.items.map((a: { action: string; actorId: string; before: unknown; after: { id: string } | null }) => ({
      action: a.action,
      actorId: a.actorId,
      before: a.before === null ? null : 'row',
      after: a.after?.id,
    }));

  it('records each creation, and a complaint’s validation and a market plan’s completion with the row before and after', async () => {
    const created = [
      ['collection', await m1.post('/collections', { userId: ids.r1, date: '2027-05-02', amount: 5 })],
      ['discipline_record', await m1.post('/discipline-records', { userId: ids.r1, date: '2027-05-02', description: 'x', points: 2 })],
    ] as const;
    for (const [entity, res] of created) {
      expect(await trail(entity, res.body.id)).toEqual([{ action: 'create', actorId: ids.m1, before: null, after: res.body.id }]);
    }
    const complaint = (await m1.post('/complaints', { userId: ids.r1, date: '2027-05-02', description: 'x' })).body.id;
    await m1.post(`/complaints/${complaint}/validate`, { valid: true });
    expect(await trail('complaint', complaint)).toEqual([
      { action: 'validate', actorId: ids.m1, before: 'row', after: complaint },
      { action: 'create', actorId: ids.m1, before: null, after: complaint },
    ]);
    const plan = (await m1.post('/market-plans', { userId: ids.r1, month: '2027-05', level: 'first', name: 'x' })).body.id;
    await m1.post(`/market-plans/${plan}/complete`, { date: '2027-05-20' });
    expect((await m1.post(`/market-plans/${plan}/complete`, { date: '2027-05-21' })).status).toBe(409);
    expect(await trail('market_plan', plan)).toEqual([
      { action: 'complete', actorId: ids.m1, before: 'row', after: plan },
      { action: 'create', actorId: ids.m1, before: null, after: plan },
    ]);
  });
});

describe('records about oneself', () => {
  it('are refused with 403 and write nothing: a manager neither books, plans nor decides their own scoring inputs', async () => {
    const gm = await org.as('gm');
    const forbidden = async (res: Promise<{ status: number; body: { status?: number } }>) => expect((await res).status).toBe(403);
    await forbidden(m1.put(`/collection-plans/${ids.m1}/2027-06`, { amount: 1 }));
    expect((await gm.get(`/collection-plans/${ids.m1}/2027-06`)).status).toBe(404);
    await forbidden(m1.post('/collections', { userId: ids.m1, date: '2027-06-02', amount: 1000 }));
    await forbidden(m1.post('/market-plans', { userId: ids.m1, month: '2027-06', level: 'first', name: 'x' }));
    await forbidden(m1.post('/complaints', { userId: ids.m1, date: '2027-06-02', description: 'x' }));
    await forbidden(m1.post('/discipline-records', { userId: ids.m1, date: '2027-06-02', description: 'x', points: 1 }));
    const own = { userId: ids.m1!, from: '2027-06-01', to: '2027-06-30' };
    for (const list of ['/collections', '/complaints', '/discipline-records']) {
      expect([list, (await gm.get(`${list}?${new URLSearchParams(own)}`)).body.items]).toEqual([list, []]);
    }

    // the person's manager records them; they cannot decide or complete what is about them
    const complaint = await gm.post('/complaints', { userId: ids.m1, date: '2027-06-02', description: 'x' });
    expect(complaint.status).toBe(201);
    await forbidden(m1.post(`/complaints/${complaint.body.id}/validate`, { valid: false }));
    expect((await gm.get(`/complaints/${complaint.body.id}`)).body.valid).toBeNull();
    expect((await gm.post(`/complaints/${complaint.body.id}/validate`, { valid: true })).body.valid).toBe(true);
    const plan = await gm.post('/market-plans', { userId: ids.m1, month: '2027-06', level: 'first', name: 'x' });
    await forbidden(m1.post(`/market-plans/${plan.body.id}/complete`, { date: '2027-06-20' }));
    expect((await gm.get(`/market-plans/${plan.body.id}`)).body.completedDate).toBeNull();
    expect((await gm.put(`/collection-plans/${ids.m1}/2027-06`, { amount: 1 })).status).toBe(200);
  });
});
