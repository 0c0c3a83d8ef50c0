import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type Client } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';
import { insertKnownOrders } from '../../test/known-orders.js';
import { promotionApplication } from '../../test/promotion-application.js';

// Seeding hashes passwords (argon2): slow on a busy machine.
jest.setTimeout(30_000);

let ids: Record<string, string>;
let r1: Client, r1b: Client, r2: Client, m1: Client, m2: Client, gm: Client;

const { t, org } = seededOrg();
beforeAll(async () => {
  ids = org.ids;
  [r1, r1b, r2, m1, m2, gm] = await Promise.all([org.as('r1'), org.as('r1b'), org.as('r2'), org.as('m1'), org.as('m2'), org.as('gm')]);
}, 60_000);

const form = (overrides: Record<string, unknown> = {}) => promotionApplication(ids.S1, ids.P1, overrides);

async function create(who: Client, overrides: Record<string, unknown> = {}) {
  const res = await who.post('/promotions', form(overrides));
  expect(res.status).toBe(201);
  return res.body as { id: string; status: string };
}

async function submitted(overrides: Record<string, unknown> = {}, who: Client = r1) {
  const p = await create(who, overrides);
  const res = await who.post(`/promotions/${p.id}/submit`);
  expect(res.status).toBe(200);
  return res.body as { id: string; status: string; version: number };
}

describe('POST /promotions (the application form)', () => {
  it('creates a draft with every field of the form, money in major units, and a history', async () => {
    const res = await r1.post('/promotions', form({ estimatedCost: 1234.56, materials: [{ name: 'PP挂旗', qty: 10 }] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      source: 'store_request',
      applicantId: ids.r1,
      storeIds: [ids.S1],
      productIds: [ids.P1],
      estimatedCost: 1234.56,
      materials: [{ name: 'PP挂旗', qty: 10 }],
      storeSupport: '店方免费提供堆头一个',
      actualCost: null,
    });
    expect(res.body.history).toEqual([expect.objectContaining({ action: 'create', from: null, to: 'draft', actorId: ids.r1 })]);
    expect(res.headers.etag).toBe('"v1"');
  });

  it('requires the store support of a store-requested promotion (400 naming the field)', async () => {
    const res = await r1.post('/promotions', form({ storeSupport: undefined }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/storeSupport' })]);
  });

  it('requires the baseline and the estimated effect of a rep-initiated promotion', async () => {
    const noBaseline = await r1.post('/promotions', form({ source: 'rep_initiated', storeSupport: undefined }));
    expect(noBaseline.status).toBe(400);
    expect(noBaseline.body.errors).toEqual([expect.objectContaining({ path: '/baselineSales' })]);
    const noEffect = await r1.post('/promotions', form({ source: 'rep_initiated', baselineSales: 120, estimatedEffect: '' }));
    expect(noEffect.status).toBe(400);
    expect(noEffect.body.errors.map((e: { path: string }) => e.path)).toContain('/estimatedEffect');
    const ok = await r1.post('/promotions', form({ source: 'rep_initiated', baselineSales: 120, storeSupport: undefined }));
    expect(ok.status).toBe(201);
    expect(ok.body.baselineSales).toBe(120);
    const inWords = await r1.post('/promotions', form({ source: 'rep_initiated', baselineSales: '每周约96袋' }));
    expect(inWords.status).toBe(201);
    expect(inWords.body.baselineSales).toBe('每周约96袋');
  });

  it('refuses bad input with 400: end before start, more than 2 decimals, missing fields', async () => {
    expect((await r1.post('/promotions', form({ endDate: '2026-10-01' }))).body.errors).toEqual([
      expect.objectContaining({ path: '/endDate' }),
    ]);
    const cents = await r1.post('/promotions', form({ estimatedCost: 10.001 }));
    expect(cents.status).toBe(400);
    const missing = await r1.post('/promotions', { title: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['/source', '/storeIds', '/estimatedCost']));
  });

  it("answers 404 for a store that is not the applicant's to see, or a product that does not exist", async () => {
    const other = await r1.post('/promotions', form({ storeIds: [ids.S1, ids.S2] }));
    expect(other.status).toBe(404);
    expect(other.body.errors).toEqual([expect.objectContaining({ path: '/storeIds/1' })]);
    const unknown = await r1.post('/promotions', form({ productIds: ['no-such-product'] }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: '/productIds/0' })]);
  });

  it('lets only holders of promotions.approve create a company promotion, approved on submit', async () => {
    expect((await r1.post('/promotions', form({ source: 'company' }))).status).toBe(403);
    const p = await create(m1, { source: 'company', storeSupport: undefined, estimatedCost: 9000 });
    const res = await m1.post(`/promotions/${p.id}/submit`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved'); // approved on submit, whatever the cost
    expect(res.body.history.map((h: { to: string }) => h.to)).toEqual(['draft', 'approved']);
    // the rep whose store it covers sees it, and another team does not
    expect((await r1.get(`/promotions/${p.id}`)).status).toBe(200);
    expect((await r2.get(`/promotions/${p.id}`)).status).toBe(404);
  });
});

describe('R5 transitions', () => {
  it('draft -> submitted -> approved, each recorded in history and in the audit trail', async () => {
    const p = await create(r1);
    const sub = await r1.post(`/promotions/${p.id}/submit`, { note: '请审批' });
    expect(sub.status).toBe(200);
    expect(sub.body.status).toBe('submitted');
    const ok = await m1.post(`/promotions/${p.id}/approve`, { note: '同意' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', reviewerId: ids.m1, gmApproverId: null });
    const detail = await r1.get(`/promotions/${p.id}`);
    expect(detail.body.history).toEqual([
      expect.objectContaining({ action: 'create', from: null, to: 'draft' }),
      expect.objectContaining({ action: 'submit', from: 'draft', to: 'submitted', actorId: ids.r1, actorName: 'R1', note: '请审批' }),
      expect.objectContaining({ action: 'approve', from: 'submitted', to: 'approved', actorId: ids.m1, note: '同意' }),
    ]);
    // the rep cannot list their manager (GET /users), so the history names every actor itself
    expect(detail.body.history.map((h: { actor: unknown }) => h.actor)).toEqual([
      { id: ids.r1, name: 'R1' },
      { id: ids.r1, name: 'R1' },
      { id: ids.m1, name: 'M1' },
    ]);
    const audit = await org.admin.get(`/audit?entity=promotion&entityId=${p.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action).reverse()).toEqual(['create', 'submit', 'approve']);
    expect(audit.body.items[0]).toMatchObject({ actorId: ids.m1, before: { status: 'submitted' }, after: { status: 'approved' } });
    expect(audit.body.items.map((a: { actor: unknown }) => a.actor)).toEqual([
      { id: ids.m1, name: 'M1' },
      { id: ids.r1, name: 'R1' },
      { id: ids.r1, name: 'R1' },
    ]);
  });

  it('accepts an action posted without any body, with or without a JSON content type', async () => {
    const authorization = `Bearer ${await token('r1')}`;
    const p = await create(r1);
    const bare = await t.app.inject({ method: 'POST', url: `/api/v1/promotions/${p.id}/submit`, headers: { authorization } });
    expect(bare.statusCode).toBe(200);
    const q = await create(r1);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/promotions/${q.id}/submit`,
      headers: { authorization, 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(200);
    const broken = await t.app.inject({
      method: 'POST',
      url: `/api/v1/promotions/${q.id}/withdraw`,
      headers: { authorization, 'content-type': 'application/json' },
      payload: '{"note":',
    });
    expect(broken.statusCode).toBe(400);
    const poisoned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/promotions/${q.id}/withdraw`,
      headers: { authorization, 'content-type': 'application/json' },
      payload: '{"__proto__":{"x":1}}',
    });
    expect(poisoned.statusCode).toBe(400);
  });

  it('keeps the GM out at exactly the threshold and brings the GM in above it', async () => {
    const at = await submitted({ estimatedCost: 5000 });
    const atRes = await m1.post(`/promotions/${at.id}/approve`);
    expect(atRes.body.status).toBe('approved');

    const above = await submitted({ estimatedCost: 5000.01 });
    const first = await m1.post(`/promotions/${above.id}/approve`, { note: '报总经理审批' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'pending_gm', reviewerId: ids.m1 });
    // the first-level approver may neither approve nor reject it now
    expect((await m1.post(`/promotions/${above.id}/approve`)).status).toBe(403);
    expect((await m1.post(`/promotions/${above.id}/reject`, { note: 'no' })).status).toBe(403);
    const final = await gm.post(`/promotions/${above.id}/approve`, { note: '同意' });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ status: 'approved', gmApproverId: ids.gm });
    expect(final.body.history.map((h: { to: string }) => h.to)).toEqual(['draft', 'submitted', 'pending_gm', 'approved']);
  });

  it('follows a changed gmApprovalThreshold setting', async () => {
    const settings = await org.admin.get('/settings');
    await org.admin.put('/settings', { ...settings.body, gmApprovalThreshold: 1000 }, { 'if-match': settings.headers.etag as string });
    const p = await submitted({ estimatedCost: 1000.5 });
    expect((await m1.post(`/promotions/${p.id}/approve`)).body.status).toBe('pending_gm');
    const now = await org.admin.get('/settings');
    await org.admin.put('/settings', { ...now.body, gmApprovalThreshold: 5000 }, { 'if-match': now.headers.etag as string });
  });

  it('lets the GM reject a pending_gm promotion with a note', async () => {
    const p = await submitted({ estimatedCost: 8000 });
    await m1.post(`/promotions/${p.id}/approve`);
    expect((await r1.get(`/promotions/${p.id}`)).body.decision).toMatchObject({ outcome: 'approved', decidedBy: { id: ids.m1, name: 'M1' } });
    const res = await gm.post(`/promotions/${p.id}/reject`, { note: '预算不足' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', gmApproverId: ids.gm });
    // the latest decision is the GM's
    expect((await r1.get(`/promotions/${p.id}`)).body.decision).toEqual({
      outcome: 'rejected',
      note: '预算不足',
      decidedAt: expect.any(String),
      decidedBy: { id: ids.gm, name: 'GM' },
    });
  });

  it('needs a note to reject (400), then rejects; a second decision is 409', async () => {
    const p = await submitted();
    const auditBefore = (await org.admin.get(`/audit?entity=promotion&entityId=${p.id}`)).body.items.length;
    for (const body of [{}, { note: null }, { note: '' }, { note: '   ' }]) {
      const noNote = await m1.post(`/promotions/${p.id}/reject`, body, { 'accept-language': 'zh-CN' });
      expect([body, noNote.status]).toEqual([body, 400]);
      expect(noNote.headers['content-type']).toMatch(/problem\+json/);
      expect(noNote.body.errors).toEqual([{ path: '/note', message: '驳回须填写理由' }]);
    }
    const en = await m1.post(`/promotions/${p.id}/reject`, {}, { 'accept-language': 'en' });
    expect(en.body.errors).toEqual([{ path: '/note', message: 'a rejection needs a note saying why' }]);
    // nothing written: same status, version, history and audit
    const still = await r1.get(`/promotions/${p.id}`);
    expect(still.body).toMatchObject({ status: 'submitted', version: p.version, decision: null });
    expect(still.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit']);
    expect((await org.admin.get(`/audit?entity=promotion&entityId=${p.id}`)).body.items).toHaveLength(auditBefore);
    const res = await m1.post(`/promotions/${p.id}/reject`, { note: '力度过大' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('rejected');
    // the applicant reads the decision, its note and the manager's name, on the item and in the list
    const decision = { outcome: 'rejected', note: '力度过大', decidedAt: expect.any(String), decidedBy: { id: ids.m1, name: 'M1' } };
    expect(res.body.decision).toEqual(decision);
    expect((await r1.get(`/promotions/${p.id}`)).body.decision).toEqual(decision);
    const listed = (await r1.get('/promotions?limit=200')).body.items.find((x: { id: string }) => x.id === p.id);
    expect(listed).toMatchObject({ status: 'rejected', decision });
    expect((await m1.post(`/promotions/${p.id}/approve`)).status).toBe(409);
    expect((await m1.post(`/promotions/${p.id}/reject`, { note: 'again' })).status).toBe(409);
    expect((await r1.post(`/promotions/${p.id}/withdraw`)).status).toBe(409);
    expect((await r1.post(`/promotions/${p.id}/submit`)).status).toBe(409);
  });

  it('refuses self-approval with 403', async () => {
    const own = await submitted({}, m1);
    const res = await m1.post(`/promotions/${own.id}/approve`);
    expect(res.status).toBe(403);
    expect((await m1.post(`/promotions/${own.id}/reject`, { note: 'x' })).status).toBe(403);
    expect((await m1.post(`/promotions/${own.id}/reject`)).status).toBe(403); // own, with no note: still 403
    // someone above may
    expect((await gm.post(`/promotions/${own.id}/approve`)).body.status).toBe('approved');
  });

  it('refuses approval without promotions.approve (403) and by a rep of the same team', async () => {
    const p = await submitted();
    expect((await r1b.post(`/promotions/${p.id}/approve`)).status).toBe(404); // r1b cannot even see it
    expect((await r1.post(`/promotions/${p.id}/approve`)).status).toBe(403);
  });

  it("hides a promotion from another team's manager: 404 on read and on every action", async () => {
    const p = await submitted();
    expect((await m2.get(`/promotions/${p.id}`)).status).toBe(404);
    expect((await m2.post(`/promotions/${p.id}/approve`)).status).toBe(404);
    expect((await m2.post(`/promotions/${p.id}/reject`, { note: 'x' })).status).toBe(404);
    expect((await m2.get(`/promotions/${p.id}/effect`)).status).toBe(404);
    expect((await m2.get('/promotions')).body.items.map((x: { id: string }) => x.id)).not.toContain(p.id);
    expect((await m1.get('/promotions?status=submitted')).body.items.map((x: { id: string }) => x.id)).toContain(p.id);
  });

  it('refuses approving a draft (409) and submitting by anyone but the applicant (403)', async () => {
    const p = await create(r1);
    expect((await m1.post(`/promotions/${p.id}/approve`)).status).toBe(409);
    expect((await m1.post(`/promotions/${p.id}/reject`, { note: 'x' })).status).toBe(409);
    expect((await m1.post(`/promotions/${p.id}/submit`)).status).toBe(403);
  });

  it('withdraws a draft or a submitted promotion (applicant only), nothing later', async () => {
    const draft = await create(r1);
    expect((await m1.post(`/promotions/${draft.id}/withdraw`)).status).toBe(403);
    expect((await r1.post(`/promotions/${draft.id}/withdraw`)).body.status).toBe('withdrawn');
    expect((await r1.post(`/promotions/${draft.id}/withdraw`)).status).toBe(409);
    // a withdrawn promotion is finished: nothing moves it
    expect((await r1.post(`/promotions/${draft.id}/submit`)).status).toBe(409);
    expect((await m1.post(`/promotions/${draft.id}/approve`)).status).toBe(409);
    expect((await m1.post(`/promotions/${draft.id}/reject`, { note: 'x' })).status).toBe(409);
    expect((await r1.post(`/promotions/${draft.id}/report`, { actualMaterials: [], actualStaff: 0, actualCost: 0, actualEffect: 'x', issues: '', improvementPlan: '' })).status).toBe(409);
    const sub = await submitted();
    expect((await r1.post(`/promotions/${sub.id}/withdraw`)).body.status).toBe('withdrawn');
    const approved = await submitted();
    await m1.post(`/promotions/${approved.id}/approve`);
    expect((await r1.post(`/promotions/${approved.id}/withdraw`)).status).toBe(409);
    const pending = await submitted({ estimatedCost: 6000 });
    await m1.post(`/promotions/${pending.id}/approve`);
    expect((await r1.post(`/promotions/${pending.id}/withdraw`)).status).toBe(409);
  });

  it('completes an approved promotion with its actuals (applicant only); anything else 409', async () => {
    const actuals = {
      actualMaterials: [{ name: '堆头围板', qty: 1 }],
      actualStaff: 2,
      actualCost: 2890.5,
      actualEffect: '多销售280袋',
      issues: '堆头位置偏',
      improvementPlan: '提前一周确认位置',
    };
    const p = await submitted();
    expect((await r1.post(`/promotions/${p.id}/report`, actuals)).status).toBe(409);
    await m1.post(`/promotions/${p.id}/approve`);
    expect((await m1.post(`/promotions/${p.id}/report`, actuals)).status).toBe(403);
    expect((await r1.post(`/promotions/${p.id}/report`, { ...actuals, actualCost: undefined })).status).toBe(400);
    const res = await r1.post(`/promotions/${p.id}/report`, actuals);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'completed',
      actualMaterials: actuals.actualMaterials,
      actualStaff: 2,
      actualCost: 2890.5,
      actualEffect: '多销售280袋',
      issues: '堆头位置偏',
      improvementPlan: '提前一周确认位置',
    });
    expect((await r1.post(`/promotions/${p.id}/report`, actuals)).status).toBe(409);
    expect((await m1.post(`/promotions/${p.id}/approve`)).status).toBe(409);
  });

  it('lists by status and store within visibility', async () => {
    const p = await submitted();
    const byStore = await m1.get(`/promotions?storeId=${ids.S1}&status=submitted`);
    expect(byStore.body.items.map((x: { id: string }) => x.id)).toContain(p.id);
    expect((await m1.get(`/promotions?storeId=${ids.S1N}`)).body.items).toEqual([]);
    expect((await r2.get('/promotions')).body.items).toEqual([]);
    const paged = await m1.get('/promotions?limit=2');
    expect(paged.body.items).toHaveLength(2);
    const next = await m1.get(`/promotions?limit=2&cursor=${paged.body.nextCursor}`);
    expect(next.body.items[0].id < paged.body.items[1].id).toBe(true);
  });
});

describe('GET /promotions/{id}/effect (R5)', () => {
  it('compares ordered units in the window with the equally long window before it', async () => {
    const p = await submitted({ startDate: '2026-09-11', endDate: '2026-09-20', estimatedEffect: '30', storeIds: [ids.S1, ids.S1N], productIds: [ids.P1, ids.P12] });
    await m1.post(`/promotions/${p.id}/approve`);
    const o = (store: string, product: string, date: string, orderQty: number) => ({
      storeId: ids[store]!,
      repId: ids.r1!,
      productId: ids[product]!,
      date,
      orderQty,
    });
    insertKnownOrders(t.app.db, [
      o('S1', 'P1', '2026-08-31', 500), // before the baseline window
      o('S1', 'P1', '2026-09-01', 20), // baseline window 09-01..09-10
      o('S1N', 'P12', '2026-09-10', 20),
      o('S1', 'P1', '2026-09-11', 30), // promotion window 09-11..09-20
      o('S1N', 'P1', '2026-09-20', 30),
      o('S1', 'PK', '2026-09-15', 100), // not one of its products
      o('S2', 'P1', '2026-09-15', 100), // not one of its stores
      o('S1', 'P1', '2026-09-21', 500), // after the window
    ]);
    const approved = await r1.get(`/promotions/${p.id}/effect`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      window: { start: '2026-09-11', end: '2026-09-20' },
      baselineWindow: { start: '2026-09-01', end: '2026-09-10' },
      unitsInWindow: 60,
      unitsBefore: 40,
      extraUnits: 20,
      upliftPct: 50,
      costBasis: 'estimated',
      cost: 3000,
      costPerExtraUnit: 150,
      vsEstimate: { estimatedExtraUnits: 30, differenceUnits: -10 },
      costVsEstimate: null,
    });

    await r1.post(`/promotions/${p.id}/report`, {
      actualMaterials: [],
      actualStaff: 1,
      actualCost: 1000,
      actualEffect: '多20袋',
      issues: '',
      improvementPlan: '',
    });
    const done = await m1.get(`/promotions/${p.id}/effect`, { 'accept-language': 'en' });
    expect(done.body).toMatchObject({
      status: 'completed',
      costBasis: 'actual',
      cost: 1000,
      actualCost: 1000,
      costPerExtraUnit: 50,
      costVsEstimate: { estimated: 3000, actual: 1000, difference: -2000 },
    });
    expect(done.body.explanationKey).toBe('promotion_effect.gain');
    expect(done.body.explanation).toContain('60 units ordered against 40');
    const zh = await m1.get(`/promotions/${p.id}/effect`);
    expect(zh.body.explanation).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.body.explanationParams).toEqual(done.body.explanationParams);
  });

  it('has no effect before approval (409)', async () => {
    const p = await create(r1);
    expect((await r1.get(`/promotions/${p.id}/effect`)).status).toBe(409);
  });

  it('reports no uplift percentage when nothing was ordered before', async () => {
    const p = await submitted({ startDate: '2025-01-01', endDate: '2025-01-05' });
    await m1.post(`/promotions/${p.id}/approve`);
    const res = await r1.get(`/promotions/${p.id}/effect`);
    expect(res.body).toMatchObject({ unitsInWindow: 0, unitsBefore: 0, extraUnits: 0, upliftPct: null, costPerExtraUnit: null });
  });
});

async function token(username: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'password-123' } });
  return JSON.parse(res.body).accessToken as string;
}
