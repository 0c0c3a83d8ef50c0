// OWASP API5 (broken function-level authorisation) and API3 (mass assignment).
// Every mutating operation of the OpenAPI document is listed here with the permission it needs
// (or why it needs none); a caller holding every permission but that one is refused with 403
// and nothing changes. A new mutating route fails the completeness check until it is listed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERMISSIONS, type Permission } from '@fieldbeat/domain';
import { client, login, PASSWORD, type Client } from '../test/helpers.js';
import { buildWorld, dbChecksum, type World } from '../test/security-world.js';

let w: World;
let mutating: string[] = [];
const without = new Map<string, Client>();

type Body = (w: World) => unknown;
interface Rule {
  op: string;
  /** The permissions of which the caller needs one. */
  needs: Permission[];
  url: (w: World) => string;
  body?: Body;
}

const future = () => new Date(Date.now() + 86_400_000).toISOString();
const RULES: Rule[] = [
  { op: 'PUT /api/v1/settings', needs: ['settings.manage'], url: () => '/settings', body: () => ({ timezone: 'Asia/Shanghai', reorderFactor: 1.5, minFacings: 3, geofenceMeters: 200, gmApprovalThreshold: 5000, keyStoreVisitsPerWeek: 3, normalStoreVisitsPerWeek: 1, anomalyThresholdPct: 30 }) },
  { op: 'PUT /api/v1/calendar/{year}', needs: ['settings.manage'], url: () => '/calendar/2026', body: () => ({ holidays: ['2026-10-01'], workdays: [] }) },
  { op: 'POST /api/v1/roles', needs: ['roles.manage'], url: () => '/roles', body: () => ({ code: 'sneaky', title: 'x', permissions: [...PERMISSIONS] }) },
  { op: 'PUT /api/v1/roles/{code}', needs: ['roles.manage'], url: () => '/roles/sales_rep', body: () => ({ title: 'x', permissions: [...PERMISSIONS], note: 'x' }) },
  { op: 'POST /api/v1/users', needs: ['users.manage'], url: () => '/users', body: () => ({ username: 'sneaky', displayName: 'x', password: 'password-123', roleCode: 'sales_rep' }) },
  { op: 'PATCH /api/v1/users/{id}', needs: ['users.manage'], url: (w) => `/users/${w.ids.r1}`, body: () => ({ roleCode: 'ka_manager' }) },
  { op: 'POST /api/v1/stores', needs: ['masterdata.manage'], url: () => '/stores', body: (w) => ({ code: 'SX', name: 'x', tier: 'key', channel: 'ka', ownerId: w.ids.r1 }) },
  { op: 'PATCH /api/v1/stores/{id}', needs: ['masterdata.manage'], url: (w) => `/stores/${w.ids.S1}`, body: (w) => ({ ownerId: w.ids.r2 }) },
  { op: 'POST /api/v1/products', needs: ['masterdata.manage'], url: () => '/products', body: () => ({ sku: 'PX', name: 'x', unit: '袋', retailPrice: 1, supplyPrice: 1, shelfLifeDays: 10 }) },
  { op: 'PATCH /api/v1/products/{id}', needs: ['masterdata.manage'], url: (w) => `/products/${w.ids.P1}`, body: () => ({ retailPrice: 0.01 }) },
  { op: 'POST /api/v1/api-clients', needs: ['apiclients.manage'], url: () => '/api-clients', body: () => ({ name: 'x', scopes: [...PERMISSIONS] }) },
  { op: 'DELETE /api/v1/api-clients/{clientId}', needs: ['apiclients.manage'], url: () => '/api-clients/00000000-0000-7000-8000-000000000000' },
  { op: 'POST /api/v1/webhooks', needs: ['apiclients.manage'], url: () => '/webhooks', body: () => ({ url: 'https://example.com/hook', events: ['visit.created'] }) },
  { op: 'DELETE /api/v1/webhooks/{id}', needs: ['apiclients.manage'], url: () => '/webhooks/00000000-0000-7000-8000-000000000000' },
  { op: 'POST /api/v1/promotions/{id}/approve', needs: ['promotions.approve', 'promotions.approve_gm'], url: (w) => `/promotions/${w.own.promotionPending}/approve`, body: () => ({}) },
  { op: 'POST /api/v1/promotions/{id}/reject', needs: ['promotions.approve', 'promotions.approve_gm'], url: (w) => `/promotions/${w.own.promotionPending}/reject`, body: () => ({ note: 'no' }) },
  { op: 'POST /api/v1/returns/{id}/approve', needs: ['returns.approve'], url: (w) => `/returns/${w.own.returnPending}/approve`, body: () => ({}) },
  { op: 'POST /api/v1/returns/{id}/reject', needs: ['returns.approve'], url: (w) => `/returns/${w.own.returnPending}/reject`, body: () => ({ note: 'no' }) },
  { op: 'POST /api/v1/returns/{id}/execute', needs: ['returns.request', 'returns.approve'], url: (w) => `/returns/${w.own.returnApproved}/execute`, body: () => ({ refundAmount: 1 }) },
  { op: 'PUT /api/v1/collection-plans/{userId}/{month}', needs: ['scores.manage'], url: (w) => `/collection-plans/${w.ids.r1}/${w.month}`, body: () => ({ amount: 1 }) },
  { op: 'POST /api/v1/collections', needs: ['scores.manage'], url: () => '/collections', body: (w) => ({ userId: w.ids.r1, date: `${w.month}-03`, amount: 1 }) },
  { op: 'POST /api/v1/market-plans', needs: ['scores.manage'], url: () => '/market-plans', body: (w) => ({ userId: w.ids.r1, month: w.month, level: 'first', name: 'x' }) },
  { op: 'POST /api/v1/market-plans/{id}/complete', needs: ['scores.manage'], url: (w) => `/market-plans/${w.own.marketPlan}/complete`, body: (w) => ({ date: `${w.month}-20` }) },
  { op: 'POST /api/v1/complaints', needs: ['scores.manage'], url: () => '/complaints', body: (w) => ({ userId: w.ids.r1, date: `${w.month}-03`, description: 'x' }) },
  { op: 'POST /api/v1/complaints/{id}/validate', needs: ['scores.manage'], url: (w) => `/complaints/${w.own.complaint}/validate`, body: () => ({ valid: true }) },
  { op: 'POST /api/v1/discipline-records', needs: ['scores.manage'], url: () => '/discipline-records', body: (w) => ({ userId: w.ids.r1, date: `${w.month}-03`, description: 'x', points: 2 }) },
  { op: 'POST /api/v1/scorecards/{userId}/{month}/finalize', needs: ['scores.manage'], url: (w) => `/scorecards/${w.ids.r1}/${w.month}/finalize`, body: () => ({}) },
  { op: 'POST /api/v1/scorecards/{userId}/{month}/reopen', needs: ['scores.manage'], url: (w) => `/scorecards/${w.ids.r1}/${w.month}/reopen`, body: () => ({ note: 'x' }) },
  { op: 'POST /api/v1/tasks', needs: ['tasks.assign'], url: () => '/tasks', body: (w) => ({ title: 'x', description: 'x', assigneeId: w.ids.r1, dueAt: future() }) },
  { op: 'POST /api/v1/tasks/{id}/review', needs: ['tasks.assign'], url: (w) => `/tasks/${w.own.taskDone}/review`, body: () => ({ meetsRequirements: false }) },
  { op: 'POST /api/v1/returns', needs: ['returns.request'], url: () => '/returns', body: (w) => ({ storeId: w.ids.S1, productId: w.ids.P1, qty: 1, reason: 'quality_defect' }) },
  { op: 'POST /api/v1/returns/preview', needs: ['returns.request'], url: () => '/returns/preview', body: (w) => ({ storeId: w.ids.S1, productId: w.ids.P1, qty: 1, reason: 'quality_defect' }) },
  { op: 'POST /api/v1/promotions', needs: ['promotions.apply'], url: () => '/promotions', body: (w) => ({ title: 'x', source: 'store_request', storeIds: [w.ids.S1], productIds: [w.ids.P1], startDate: '2027-01-01', endDate: '2027-01-05', purpose: 'x', storeSupport: 'x', materials: [], staffCount: 1, estimatedCost: 1, estimatedEffect: 'x' }) },
  { op: 'POST /api/v1/visits', needs: ['visits.log'], url: () => '/visits', body: (w) => ({ storeId: w.ids.S1, checkInAt: new Date(Date.now() - 60_000).toISOString(), lines: [] }) },
  { op: 'POST /api/v1/visits/preview', needs: ['visits.log'], url: () => '/visits/preview', body: (w) => ({ storeId: w.ids.S1, checkInAt: new Date(Date.now() - 60_000).toISOString(), lines: [] }) },
  { op: 'POST /api/v1/visits/{id}/photos', needs: ['visits.log', 'visits.read_team'], url: (w) => `/visits/${w.own.visit}/photos`, body: () => ({}) },
];

/** Routes that need no permission, and why (each is limited to the caller's own records, or is the sign-in itself). */
const SELF_SERVICE: Record<string, string> = {
  'POST /api/v1/auth/login': 'signing in',
  'POST /api/v1/auth/refresh': 'the caller’s own refresh token',
  'POST /api/v1/auth/logout': 'the caller’s own refresh token',
  'POST /api/v1/auth/token': 'client credentials',
  'PUT /api/v1/work-logs/{date}': 'the caller’s own log',
  'POST /api/v1/market-surveys': 'the caller’s own survey',
  'POST /api/v1/tasks/{id}/complete': 'only the assignee',
  'POST /api/v1/promotions/{id}/submit': 'only the applicant',
  'POST /api/v1/promotions/{id}/withdraw': 'only the applicant',
  'POST /api/v1/promotions/{id}/report': 'only the applicant',
  'POST /api/v1/work-logs/{userId}/{date}/flag-vague': 'a manager in the chain (visibility), never a client',
  'POST /api/v1/market-surveys/{id}/grade': 'a manager in the chain (visibility), never a client',
};

const keyOf = (needs: Permission[]) => [...needs].sort().join('+');

beforeAll(async () => {
  w = await buildWorld();
  const doc = JSON.parse((await w.t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(item)) if (['post', 'put', 'patch', 'delete'].includes(method)) mutating.push(`${method.toUpperCase()} ${path}`);
  }
  mutating = mutating.sort();
  // One user per permission set: every permission of the catalogue except those.
  const sets = new Map(RULES.map((r) => [keyOf(r.needs), r.needs]));
  for (const [key, needs] of sets) {
    const code = `all_but_${key.replace(/[^a-z]+/g, '_')}`;
    const res = await w.org.admin.post('/roles', { code, title: code, permissions: PERMISSIONS.filter((p) => !needs.includes(p)) });
    if (res.status !== 201) throw new Error(res.text);
    const username = `u_${code}`.slice(0, 60);
    const user = await w.org.admin.post('/users', { username, displayName: username, password: PASSWORD, roleCode: code, startDate: '2026-01-01' });
    if (user.status !== 201) throw new Error(user.text);
    without.set(key, client(w.t.app, await login(w.t.app, username, PASSWORD)));
  }
}, 180_000);
afterAll(async () => w?.t.close());

async function send(c: Client, method: string, url: string, body: unknown) {
  switch (method) {
    case 'POST':
      return c.post(url, body ?? {});
    case 'PUT':
      return c.put(url, body ?? {});
    case 'PATCH':
      return c.patch(url, body ?? {});
    default:
      return c.delete(url);
  }
}

describe('function-level authorisation', () => {
  it('lists every mutating operation of the OpenAPI document', () => {
    const listed = [...RULES.map((r) => r.op), ...Object.keys(SELF_SERVICE)].sort();
    expect(mutating).toEqual(listed);
  });

  it.each(RULES.map((r) => [r.op, r] as const))('%s is refused without its permission, and nothing changes', async (_op, rule) => {
    const method = rule.op.split(' ')[0]!;
    const url = rule.url(w);
    const body = rule.body?.(w);
    const before = dbChecksum(w.t.app);
    const res = await send(without.get(keyOf(rule.needs))!, method, url, body);
    expect({ status: res.status, title: res.body?.title }).toEqual({ status: 403, title: 'Permission missing' });
    expect(dbChecksum(w.t.app)).toBe(before);
    for (const who of ['nobody', 'scopeless'] as const) {
      const other = await send(w.as[who], method, url, body);
      expect({ who, refused: other.status === 403 || other.status === 404 }).toEqual({ who, refused: true });
      expect(dbChecksum(w.t.app)).toBe(before);
    }
  });
});

describe('mass assignment: fields outside the schema never reach the database', () => {
  it('a rep cannot set a visit’s rep, issues or creation time', async () => {
    const res = await w.as.r1.post('/visits', {
      storeId: w.ids.S1,
      checkInAt: new Date(Date.now() - 120_000).toISOString(),
      lines: [],
      repId: w.ids.r2,
      issues: ['planted'],
      distanceMeters: 0,
      createdAt: '2000-01-01T00:00:00Z',
      bodyHash: 'x',
    });
    expect(res.status).toBe(201);
    expect(res.body.repId).toBe(w.ids.r1);
    expect(res.body.issues).not.toContain('planted');
    expect(res.body.distanceMeters).toBeNull();
    expect(res.body.createdAt).not.toBe('2000-01-01T00:00:00Z');
  });

  it('a return’s status and eligibility are decided, not taken', async () => {
    const res = await w.as.r1.post('/returns', { storeId: w.ids.S1, productId: w.ids.P1, qty: 1, reason: 'slow_moving', productionDate: '2025-12-01', status: 'approved', eligibility: { eligible: true }, requesterId: w.ids.r2 });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending_approval');
    expect(res.body.eligibility.eligible).toBe(false);
  });

  it('a promotion starts as the caller’s draft', async () => {
    const res = await w.as.r1.post('/promotions', { title: 'x', source: 'store_request', storeIds: [w.ids.S1], productIds: [w.ids.P1], startDate: '2027-02-01', endDate: '2027-02-05', purpose: 'x', storeSupport: 'x', materials: [], staffCount: 1, estimatedCost: 1, estimatedEffect: 'x', status: 'approved', applicantId: w.ids.r2, version: 9 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', applicantId: w.ids.r1 });
  });

  it('a task starts open, a work log unflagged, a survey ungraded, each the caller’s own', async () => {
    const task = await w.as.m1.post('/tasks', { title: 'x', description: 'x', assigneeId: w.ids.r1, dueAt: future(), status: 'accepted', assignerId: w.ids.gm });
    expect(task.body).toMatchObject({ status: 'open', assigneeId: w.ids.r1 });
    const log = await w.as.r2.put(`/work-logs/${w.logDate}`, { content: 'x', userId: w.ids.r1, vagueFlaggedAt: '2026-01-01T00:00:00Z' });
    expect(log.status).toBe(200);
    expect(log.body.userId).toBe(w.ids.r2);
    expect(log.body.vagueFlaggedAt ?? null).toBeNull();
    const survey = await w.as.r2.post('/market-surveys', { month: new Date().toISOString().slice(0, 7), content: 'x', penalty: 0, userId: w.ids.r1 });
    expect(survey.status).toBe(201);
    expect(survey.body).toMatchObject({ userId: w.ids.r2, penalty: null });
  });

  it('an admin’s create and update cannot set ids, versions or stored secrets', async () => {
    const store = await w.org.admin.post('/stores', { code: 'MA1', name: 'x', tier: 'normal', channel: 'retail', ownerId: w.ids.r1, id: 'chosen-id', version: 7, createdAt: '2000-01-01T00:00:00Z' });
    expect(store.status).toBe(201);
    expect(store.body.id).not.toBe('chosen-id');
    expect(store.body.version).toBe(1);
    const patched = await w.org.admin.patch(`/stores/${store.body.id}`, { name: 'y', version: 99, id: 'other' });
    expect(patched.body).toMatchObject({ id: store.body.id, version: 2, name: 'y' });
    const user = await w.org.admin.post('/users', { username: 'ma_user', displayName: 'x', password: 'password-123', roleCode: 'sales_rep', passwordHash: 'x', id: 'chosen', version: 5 });
    expect(user.status).toBe(201);
    expect(user.body.id).not.toBe('chosen');
    expect(user.text).not.toMatch(/passwordHash|password/);
    expect((await login(w.t.app, 'ma_user', 'password-123')).length).toBeGreaterThan(20);
  });

  it('a rep cannot raise their own role', async () => {
    const res = await w.as.r1.patch(`/users/${w.ids.r1}`, { roleCode: 'ka_manager', managerId: null, active: true });
    expect(res.status).toBe(403);
    expect((await w.org.admin.get(`/users/${w.ids.r1}`)).body.roleCode).toBe('sales_rep');
  });
});
