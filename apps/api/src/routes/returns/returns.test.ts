import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { localDate } from '@fieldbeat/domain';
import { PASSWORD, type Client } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';

// Seeding hashes passwords (argon2): slow on a busy machine.
jest.setTimeout(30_000);

let ids: Record<string, string>;
let r1: Client, r1b: Client, r2: Client, m1: Client, m2: Client, sup: Client;

const { org } = seededOrg();
beforeAll(async () => {
  ids = org.ids;
  const admin = org.admin;
  const made = async (res: { status: number; body: { id: string }; text: string }) => {
    if (res.status !== 201) throw new Error(res.text);
    return res.body.id;
  };
  // A supervisor who may both request and approve returns: the "not the requester" rule.
  await admin.post('/roles', { code: 'supervisor', title: '主管', permissions: ['returns.request', 'returns.approve'] });
  ids.sup = await made(await admin.post('/users', { username: 'sup', displayName: 'SUP', password: PASSWORD, roleCode: 'supervisor', managerId: ids.m1 }));
  ids.SUP_STORE = await made(await admin.post('/stores', { code: 'SS', name: 'Supervisor store', tier: 'normal', channel: 'retail', ownerId: ids.sup }));
  ids.SC = await made(await admin.post('/stores', { code: 'SC', name: 'Closing store', tier: 'normal', channel: 'retail', ownerId: ids.r1, status: 'closing' }));
  const product = (sku: string, extra: object) =>
    admin.post('/products', { sku, name: sku, unit: '袋', retailPrice: 9.9, supplyPrice: 6.5, shelfLifeDays: 365, ...extra }).then(made);
  ids.L365 = await product('L365', { shelfLifeDays: 365 });
  ids.L180 = await product('L180', { shelfLifeDays: 180 });
  ids.CLR = await product('CLR', { clearance: { from: '2026-11-01', to: '2026-11-30' } });
  ids.CLR_OLD = await product('CLR-OLD', { clearance: { from: '2026-01-01', to: '2026-03-31' } });
  [r1, r1b, r2, m1, m2, sup] = await Promise.all([org.as('r1'), org.as('r1b'), org.as('r2'), org.as('m1'), org.as('m2'), org.as('sup')]);
}, 60_000);

const REQUEST_DATE = '2026-11-26';
const request = (overrides: Record<string, unknown> = {}) => ({
  storeId: ids.S1,
  productId: ids.L365,
  qty: 6,
  reason: 'quality_defect',
  requestDate: REQUEST_DATE,
  ...overrides,
});

async function requested(overrides: Record<string, unknown> = {}, who: Client = r1) {
  const res = await who.post('/returns', request(overrides));
  expect(res.status).toBe(201);
  return res.body;
}

describe('R2 worked examples (request date 2026-11-26), through POST /returns', () => {
  const cases: [string, Record<string, unknown>, 'approved' | 'pending_approval', string][] = [
    ['packaging 9 of 12 left: 27 > 24', { reason: 'packaging_damage', contentsRemaining: 9, contentsTotal: 12 }, 'approved', 'packaging_above_two_thirds'],
    ['packaging 8 of 12 left: 24 > 24 is false', { reason: 'packaging_damage', contentsRemaining: 8, contentsTotal: 12 }, 'pending_approval', 'packaging_not_above_two_thirds'],
    ['slow-moving, 365 days, produced 2026-06-01: 187 days left', { reason: 'slow_moving', productionDate: '2026-06-01' }, 'approved', 'slow_moving_enough_shelf_life'],
    ['slow-moving, 365 days, produced 2026-01-01: 36 days left', { reason: 'slow_moving', productionDate: '2026-01-01' }, 'pending_approval', 'slow_moving_too_close_to_expiry'],
    ['slow-moving, 180 days, produced 2026-07-29: exactly 60 days', { reason: 'slow_moving', productId: 'L180', productionDate: '2026-07-29' }, 'pending_approval', 'slow_moving_too_close_to_expiry'],
    ['slow-moving, 180 days, produced 2026-08-28: exactly 90 days', { reason: 'slow_moving', productId: 'L180', productionDate: '2026-08-28' }, 'approved', 'slow_moving_enough_shelf_life'],
    ['store closure, store active', { reason: 'store_closure' }, 'pending_approval', 'store_active'],
    ['store closure, store closing', { reason: 'store_closure', storeId: 'SC' }, 'approved', 'store_closing'],
    ['quality defect', { reason: 'quality_defect' }, 'approved', 'quality_defect'],
    ['company clearance, window covers the date', { reason: 'company_clearance', productId: 'CLR' }, 'approved', 'clearance_window_covers'],
    ['company clearance, window over', { reason: 'company_clearance', productId: 'CLR_OLD' }, 'pending_approval', 'clearance_window_outside'],
    ['company clearance, not listed', { reason: 'company_clearance' }, 'pending_approval', 'clearance_not_listed'],
    ['other', { reason: 'other', notes: '店方调整陈列' }, 'pending_approval', 'other_non_standard'],
  ];

  it.each(cases)('%s', async (_name, overrides, status, branch) => {
    const resolved = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, (k === 'productId' || k === 'storeId') && typeof v === 'string' ? ids[v] : v]));
    const preview = await r1.post('/returns/preview', request(resolved));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ status, eligibility: { eligible: status === 'approved', branch } });
    const res = await r1.post('/returns', request(resolved));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status, eligibility: { eligible: status === 'approved', branch, reason: resolved.reason } });
    expect(typeof res.body.eligibility.explanation).toBe('string');
    expect(res.body.eligibility.explanationKey).toBe(`return.${branch}`);
    if (status === 'approved') {
      expect(res.body).toMatchObject({ approvedBy: 'standard', approverId: null });
      // the standard decided: no person, no note
      expect(res.body.decision).toEqual({ outcome: 'approved', note: null, decidedAt: expect.any(String), decidedBy: null });
    } else expect(res.body).toMatchObject({ approvedBy: null, approverId: null, decidedAt: null, decision: null });
    // stored, not only returned
    const stored = await r1.get(`/returns/${res.body.id}`);
    expect(stored.body.eligibility).toEqual(res.body.eligibility);
  });

  it('explains itself as a sentence in the caller’s language, the key and the facts beside it', async () => {
    const zh = await r1.post('/returns/preview', request({ reason: 'slow_moving', productionDate: '2026-06-01' }));
    expect(zh.body.eligibility.explanationKey).toBe('return.slow_moving_enough_shelf_life');
    expect(zh.body.eligibility.explanationParams).toMatchObject({ daysLeft: 187, expiry: '2027-06-01', threshold: 90 });
    expect(zh.body.eligibility.explanation).toMatch(/[\u4e00-\u9fff]/);
    const en = await r1.post('/returns/preview', request({ reason: 'slow_moving', productionDate: '2026-06-01' }), { 'accept-language': 'en-GB,en;q=0.8' });
    expect(en.body.eligibility.explanation).toContain('187 days');
    expect(en.body.eligibility.explanationParams).toEqual(zh.body.eligibility.explanationParams);
    expect(zh.body.eligibility.explanation).not.toBe(en.body.eligibility.explanation);
    // the same shape on a stored return and in a list
    const stored = await requested({ reason: 'slow_moving', productionDate: '2026-06-01' });
    const listed = (await r1.get('/returns?limit=200', { 'accept-language': 'en' })).body.items.find((r: { id: string }) => r.id === stored.id);
    expect(Object.keys(listed.eligibility).sort()).toEqual(['branch', 'eligible', 'explanation', 'explanationKey', 'explanationParams', 'reason']);
    expect(listed.eligibility.explanation).toBe(en.body.eligibility.explanation);
  });
});

describe('POST /returns input', () => {
  it('needs the reason-specific fields (400 naming them)', async () => {
    const noRemaining = await r1.post('/returns', request({ reason: 'packaging_damage', contentsTotal: 12 }));
    expect(noRemaining.status).toBe(400);
    expect(noRemaining.body.errors).toEqual([expect.objectContaining({ path: '/contentsRemaining' })]);
    const noTotal = await r1.post('/returns', request({ reason: 'packaging_damage', contentsRemaining: 3 }));
    expect(noTotal.body.errors).toEqual([expect.objectContaining({ path: '/contentsTotal' })]);
    const more = await r1.post('/returns', request({ reason: 'packaging_damage', contentsRemaining: 13, contentsTotal: 12 }));
    expect(more.body.errors).toEqual([expect.objectContaining({ path: '/contentsRemaining' })]);
    const noDate = await r1.post('/returns', request({ reason: 'slow_moving' }));
    expect(noDate.status).toBe(400);
    expect(noDate.body.errors).toEqual([expect.objectContaining({ path: '/productionDate' })]);
    const later = await r1.post('/returns', request({ reason: 'slow_moving', productionDate: '2026-12-01' }));
    expect(later.body.errors).toEqual([expect.objectContaining({ path: '/productionDate' })]);
    const preview = await r1.post('/returns/preview', request({ reason: 'slow_moving' }));
    expect(preview.status).toBe(400);
  });

  it('refuses a bad reason, quantity or date with 400', async () => {
    expect((await r1.post('/returns', request({ reason: 'bored' }))).status).toBe(400);
    expect((await r1.post('/returns', request({ qty: 0 }))).status).toBe(400);
    expect((await r1.post('/returns', request({ qty: 1.5 }))).status).toBe(400);
    expect((await r1.post('/returns', request({ requestDate: '2026-02-30' }))).status).toBe(400);
    expect((await r1.post('/returns', request({ id: 'not-a-uuid' }))).status).toBe(400);
  });

  it("answers 404 for a store that is not the requester's and for an unknown product", async () => {
    const other = await r1.post('/returns', request({ storeId: ids.S2 }));
    expect(other.status).toBe(404);
    expect(other.body.errors).toEqual([expect.objectContaining({ path: '/storeId' })]);
    expect((await r1.post('/returns/preview', request({ storeId: ids.S2 }))).status).toBe(404);
    expect((await r1.post('/returns', request({ productId: 'nope' }))).status).toBe(404);
  });

  it('needs returns.request (403)', async () => {
    expect((await m1.post('/returns', request())).status).toBe(403);
    expect((await m1.post('/returns/preview', request())).status).toBe(403);
  });

  it('defaults the request date to today in the organisation time zone', async () => {
    const body = await requested({ requestDate: undefined });
    expect(body.requestDate).toBe(localDate(new Date(), 'Asia/Shanghai'));
  });

  it('stores nothing on preview', async () => {
    const before = (await r1.get('/returns?limit=200')).body.items.length;
    await r1.post('/returns/preview', request());
    expect((await r1.get('/returns?limit=200')).body.items.length).toBe(before);
  });

  it('replays a client id with the same body (200) and refuses another body (409)', async () => {
    const id = '0190f5d2-8a3b-7c4d-9e5f-000000000001';
    const first = await r1.post('/returns', request({ id, reason: 'other' }));
    expect(first.status).toBe(201);
    expect(first.body.id).toBe(id);
    const again = await r1.post('/returns', request({ id, reason: 'other' }));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await r1.post('/returns', request({ id, reason: 'other', qty: 7 }));
    expect(changed.status).toBe(409);
    // another requester reusing the id is a conflict too, not a replay of someone else's return
    expect((await r1b.post('/returns', request({ id, reason: 'other' }))).status).toBe(409);
    const list = await r1.get('/returns?limit=200');
    expect(list.body.items.filter((r: { id: string }) => r.id === id)).toHaveLength(1);
  });
});

describe('approval and execution', () => {
  it('approves a non-standard return (returns.approve), then executes it with the refund', async () => {
    const ret = await requested({ reason: 'other' });
    expect((await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 39 })).status).toBe(409); // not approved yet
    expect((await r1.post(`/returns/${ret.id}/approve`)).status).toBe(403); // no returns.approve
    const ok = await m1.post(`/returns/${ret.id}/approve`, { note: '同意退回' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', approverId: ids.m1, approvedBy: ids.m1, decisionNote: '同意退回' });
    expect(ok.body.decision).toEqual({ outcome: 'approved', note: '同意退回', decidedAt: ok.body.decidedAt, decidedBy: { id: ids.m1, name: 'M1' } });
    expect((await m1.post(`/returns/${ret.id}/approve`)).status).toBe(409);
    expect((await m1.post(`/returns/${ret.id}/reject`, { note: '晚了' })).status).toBe(409);
    expect((await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 39.001 })).status).toBe(400);
    const done = await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 38.5 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'executed', refundAmount: 38.5, executedDate: localDate(new Date(), 'Asia/Shanghai') });
    expect(typeof done.body.executedAt).toBe('string');
    expect((await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 38.5 })).status).toBe(409);
    const audit = await org.admin.get(`/audit?entity=return&entityId=${ret.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action).reverse()).toEqual(['create', 'approve', 'execute']);
  });

  it('refuses a refund above the return’s value, quantity × supply price (400 on /refundAmount), and writes nothing', async () => {
    const ret = await requested({ reason: 'quality_defect', qty: 6 }); // 6 × 6.50 = 39.00
    for (const refundAmount of [39.01, 999_999_999.99]) {
      const res = await r1.post(`/returns/${ret.id}/execute`, { refundAmount });
      expect([refundAmount, res.status]).toEqual([refundAmount, 400]);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors).toEqual([{ path: '/refundAmount', message: expect.stringContaining('39.00') }]);
    }
    expect((await r1.get(`/returns/${ret.id}`)).body).toMatchObject({ status: 'approved', refundAmount: null, executedAt: null });
    const done = await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 39 });
    expect(done.body).toMatchObject({ status: 'executed', refundAmount: 39 });
  });

  it('executes a return the standard approved, without anyone approving it', async () => {
    const ret = await requested({ reason: 'quality_defect' });
    const done = await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 0 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'executed', approvedBy: 'standard', refundAmount: 0 });
  });

  it('refuses a rejection without a note (400 naming note, in the caller’s language) and writes nothing', async () => {
    const ret = await requested({ reason: 'other' });
    const auditBefore = (await org.admin.get(`/audit?entity=return&entityId=${ret.id}`)).body.items.length;
    for (const body of [undefined, {}, { note: null }, { note: '' }, { note: '  \n ' }]) {
      const res = await m1.post(`/returns/${ret.id}/reject`, body, { 'accept-language': 'zh-CN' });
      expect([body, res.status]).toEqual([body, 400]);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors).toEqual([{ path: '/note', message: '驳回须填写理由' }]);
    }
    const en = await m1.post(`/returns/${ret.id}/reject`, { note: ' ' }, { 'accept-language': 'en' });
    expect(en.body.errors).toEqual([{ path: '/note', message: 'a rejection needs a note saying why' }]);
    const after = await r1.get(`/returns/${ret.id}`);
    expect(after.body).toMatchObject({ status: 'pending_approval', version: ret.version, decision: null, decisionNote: null });
    expect((await org.admin.get(`/audit?entity=return&entityId=${ret.id}`)).body.items).toHaveLength(auditBefore);
    // one's own request stays 403 whatever the note
    const own = await requested({ reason: 'other', storeId: ids.SUP_STORE }, sup);
    expect((await sup.post(`/returns/${own.id}/reject`)).status).toBe(403);
    expect((await sup.post(`/returns/${own.id}/reject`, { note: '自己驳回' })).status).toBe(403);
  });

  it('the requester reads the decision, its note and the manager’s name on the return and in the list', async () => {
    const ret = await requested({ reason: 'other' });
    const res = await m1.post(`/returns/${ret.id}/reject`, { note: '包装完好，请按正常销售处理' });
    expect(res.status).toBe(200);
    const decision = { outcome: 'rejected', note: '包装完好，请按正常销售处理', decidedAt: expect.any(String), decidedBy: { id: ids.m1, name: 'M1' } };
    expect(res.body.decision).toEqual(decision);
    expect((await r1.get(`/returns/${ret.id}`)).body.decision).toEqual(decision);
    const listed = (await r1.get('/returns?limit=200')).body.items.find((r: { id: string }) => r.id === ret.id);
    expect(listed).toMatchObject({ status: 'rejected', decision });
  });

  it('rejects; a rejected return is never executed', async () => {
    const ret = await requested({ reason: 'other' });
    const res = await m1.post(`/returns/${ret.id}/reject`, { note: '不符合标准' });
    expect(res.body).toMatchObject({ status: 'rejected', rejectedBy: ids.m1, approvedBy: null });
    expect((await r1.post(`/returns/${ret.id}/execute`, { refundAmount: 1 })).status).toBe(409);
    expect((await m1.post(`/returns/${ret.id}/approve`)).status).toBe(409);
  });

  it('refuses approving a standard-approved return (409)', async () => {
    const ret = await requested({ reason: 'quality_defect' });
    expect((await m1.post(`/returns/${ret.id}/approve`)).status).toBe(409);
  });

  it('never lets the requester decide on their own return (403)', async () => {
    const ret = await requested({ reason: 'other', storeId: ids.SUP_STORE }, sup);
    expect(ret.status).toBe('pending_approval');
    expect((await sup.post(`/returns/${ret.id}/approve`)).status).toBe(403);
    expect((await sup.post(`/returns/${ret.id}/reject`, { note: '自己驳回' })).status).toBe(403);
    expect((await m1.post(`/returns/${ret.id}/approve`)).body.status).toBe('approved');
  });

  it("hides returns from another team's manager and from another rep (404)", async () => {
    const ret = await requested({ reason: 'other' });
    expect((await m2.get(`/returns/${ret.id}`)).status).toBe(404);
    expect((await m2.post(`/returns/${ret.id}/approve`)).status).toBe(404);
    expect((await r1b.get(`/returns/${ret.id}`)).status).toBe(404);
    expect((await r2.get('/returns')).body.items).toEqual([]);
    expect((await m1.get(`/returns?status=pending_approval&storeId=${ids.S1}`)).body.items.map((r: { id: string }) => r.id)).toContain(ret.id);
    expect((await m1.get('/returns?status=executed')).body.items.every((r: { status: string }) => r.status === 'executed')).toBe(true);
  });
});
