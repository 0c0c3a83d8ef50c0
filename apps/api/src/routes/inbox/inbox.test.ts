import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { marketSurveys, tasks } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { client, makeApp, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { promotionApplication } from '../../test/promotion-application.js';

// Seeding hashes passwords (argon2): slow on a busy machine.
jest.setTimeout(30_000);

let t: TestContext;
let org: Org;
let ids: Record<string, string>;
let r1: Client, r2: Client, m1: Client, m2: Client, gm: Client;

const promotion = (storeId: string, estimatedCost: number) =>
  promotionApplication(storeId, ids.P1, { title: '试吃推广', startDate: '2026-12-01', endDate: '2026-12-07', estimatedCost });

async function submittedPromotion(who: Client, storeId: string, cost = 1000): Promise<string> {
  const created = await who.post('/promotions', promotion(storeId, cost));
  expect(created.status).toBe(201);
  expect((await who.post(`/promotions/${created.body.id}/submit`)).status).toBe(200);
  return created.body.id;
}

const pendingReturn = async (who: Client, storeId: string): Promise<string> => {
  const res = await who.post('/returns', { storeId, productId: ids.P1, qty: 2, reason: 'other', requestDate: '2026-11-20' });
  expect(res.body.status).toBe('pending_approval');
  return res.body.id;
};

const idsOf = (items: { id: string }[]) => items.map((i) => i.id);

let p1: string, p2: string, pGm: string, pOwn: string, ret1: string, ret2: string, task1: string, survey1: string;

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
  ids = org.ids;
  [r1, r2, m1, m2, gm] = await Promise.all([org.as('r1'), org.as('r2'), org.as('m1'), org.as('m2'), org.as('gm')]);
  p1 = await submittedPromotion(r1, ids.S1!);
  p2 = await submittedPromotion(r2, ids.S2!);
  pGm = await submittedPromotion(r1, ids.S1!, 9000);
  expect((await m1.post(`/promotions/${pGm}/approve`)).body.status).toBe('pending_gm');
  pOwn = await submittedPromotion(m1, ids.S1!);
  ret1 = await pendingReturn(r1, ids.S1!);
  ret2 = await pendingReturn(r2, ids.S2!);
  await r1.post('/returns', { storeId: ids.S1, productId: ids.P1, qty: 1, reason: 'quality_defect', requestDate: '2026-11-20' }); // standard: nothing to do

  // Tasks and surveys come from the field-work routes; written directly here so the inbox is tested on its own.
  const now = new Date().toISOString();
  const task = (assigneeId: string, assignerId: string, status: 'open' | 'done' | 'accepted') => {
    const id = newId();
    t.app.db
      .insert(tasks)
      .values({ id, title: `检查 ${status}`, description: '检查陈列', assigneeId, assignerId, dueAt: '2026-11-30T10:00:00.000Z', status, completedAt: status === 'open' ? null : now, source: 'manual', scored: true, createdAt: now })
      .run();
    return id;
  };
  task1 = task(ids.r1!, ids.m1!, 'done');
  task(ids.r1!, ids.m1!, 'open');
  task(ids.r1!, ids.m1!, 'accepted');
  task(ids.r2!, ids.m2!, 'done');
  const survey = (userId: string, month: string, penalty: number | null) => {
    const id = newId();
    t.app.db.insert(marketSurveys).values({ id, userId, month, content: '竞品调查', submittedAt: now, penalty, gradedBy: penalty === null ? null : ids.m1, gradedAt: penalty === null ? null : now }).run();
    return id;
  };
  survey1 = survey(ids.r1!, '2026-11', null);
  survey(ids.r1!, '2026-10', 2);
  survey(ids.r2!, '2026-11', null);
}, 60_000);
afterAll(async () => t.close());

describe('GET /inbox', () => {
  it("shows a manager what waits for them, within their team, never their own", async () => {
    const res = await m1.get('/inbox');
    expect(res.status).toBe(200);
    expect(idsOf(res.body.promotions)).toEqual([p1]);
    expect(res.body.promotions[0]).toMatchObject({ status: 'submitted', awaiting: 'approval', applicantId: ids.r1 });
    expect(idsOf(res.body.returns)).toEqual([ret1]);
    expect(idsOf(res.body.tasks)).toEqual([task1]);
    expect(idsOf(res.body.surveys)).toEqual([survey1]);
    expect(res.body.counts).toEqual({ promotions: 1, returns: 1, tasks: 1, surveys: 1 });
    expect(idsOf(res.body.promotions)).not.toContain(pOwn);
  });

  it("keeps another team's work out", async () => {
    const res = await m2.get('/inbox');
    expect(idsOf(res.body.promotions)).toEqual([p2]);
    expect(idsOf(res.body.returns)).toEqual([ret2]);
    expect(res.body.counts).toMatchObject({ promotions: 1, returns: 1, tasks: 1, surveys: 1 });
  });

  it('shows the GM the promotions waiting for the final approval, and the submitted ones below', async () => {
    const res = await gm.get('/inbox');
    const byId = Object.fromEntries(res.body.promotions.map((p: { id: string; awaiting: string }) => [p.id, p.awaiting]));
    expect(byId).toEqual({ [pGm]: 'gm_approval', [p1]: 'approval', [p2]: 'approval', [pOwn]: 'approval' });
    expect(res.body.counts.promotions).toBe(4);
    expect(res.body.counts.tasks).toBe(0); // the GM assigned none
    expect(res.body.counts.surveys).toBe(2); // the whole chain below
  });

  it('gives a rep an empty inbox, with every array present', async () => {
    const res = await r1.get('/inbox');
    expect(res.body).toEqual({ promotions: [], returns: [], tasks: [], surveys: [], counts: { promotions: 0, returns: 0, tasks: 0, surveys: 0 } });
  });

  it('drops what has been acted on and caps the lists at limit while counting all', async () => {
    await submittedPromotion(r1, ids.S1!);
    const capped = await m1.get('/inbox?limit=1');
    expect(capped.body.promotions).toHaveLength(1);
    expect(capped.body.counts.promotions).toBe(2);
    await m1.post(`/promotions/${p1}/approve`);
    await m1.post(`/returns/${ret1}/approve`);
    const after = await m1.get('/inbox');
    expect(idsOf(after.body.promotions)).not.toContain(p1);
    expect(after.body.returns).toEqual([]);
    expect(after.body.counts.returns).toBe(0);
  });

  it('needs a signed-in user', async () => {
    expect((await client(t.app).get('/inbox')).status).toBe(401);
  });

  it('is described, with the other approval routes, in the OpenAPI document', async () => {
    const doc = await client(t.app).get('/api/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/inbox',
        '/api/v1/promotions',
        '/api/v1/promotions/{id}',
        '/api/v1/promotions/{id}/approve',
        '/api/v1/promotions/{id}/report',
        '/api/v1/promotions/{id}/effect',
        '/api/v1/returns',
        '/api/v1/returns/preview',
        '/api/v1/returns/{id}/execute',
        '/api/v1/webhooks',
        '/api/v1/webhooks/{id}/deliveries',
      ]),
    );
  });
});
