import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { client, login, makeApp, PASSWORD, seedOrg, type Client, type Org, type Res, type TestContext } from './helpers.js';
import { daysAgo, line, multipart, pngBytes, visitBody } from './field-work.js';
import { connectionOf } from '../db/client.js';
import { promotionApplication } from './promotion-application.js';

/**
 * A small organisation in which r1 (team of m1, under gm) owns one of every kind of record,
 * and the callers a security test needs: the owner, their manager and a teammate, the other
 * team (r2, m2), a user whose role grants nothing, and API clients with and without scopes.
 */
export interface World {
  t: TestContext;
  org: Org;
  ids: Record<string, string>;
  /** Records owned by (or about) r1, by kind. */
  own: Record<string, string>;
  as: Record<'admin' | 'r1' | 'r1b' | 'r2' | 'm1' | 'm2' | 'gm' | 'nobody' | 'client' | 'scopeless', Client>;
  tokens: Record<string, string>;
  month: string;
  logDate: string;
}

/** A working day (Mon–Fri) some days back, as YYYY-MM-DD. */
function recentWeekday(daysBack: number): string {
  const d = new Date(Date.now() - daysBack * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function must(res: Res, what: string, status = 201) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.text}`);
  return res.body;
}

export async function clientToken(app: FastifyInstance, admin: Client, name: string, scopes: string[]): Promise<string> {
  const created = must(await admin.post('/api-clients', { name, scopes }), `api client ${name}`);
  const res = await client(app).post('/auth/token', { grantType: 'client_credentials', clientId: created.clientId, clientSecret: created.clientSecret });
  return must(res, 'client token', 200).accessToken;
}

export async function buildWorld(): Promise<World> {
  const t = await makeApp();
  const org = await seedOrg(t.app);
  const { admin, ids } = org;
  must(await admin.post('/roles', { code: 'nobody', title: '无权限', permissions: [] }), 'role nobody');
  ids.nobody = must(
    await admin.post('/users', { username: 'nobody', displayName: 'NOBODY', password: PASSWORD, roleCode: 'nobody', managerId: ids.m1, startDate: '2026-01-01' }),
    'user nobody',
  ).id;
  const tokens: Record<string, string> = {};
  for (const u of ['r1', 'r1b', 'r2', 'm1', 'm2', 'gm', 'nobody']) tokens[u] = await login(t.app, u, PASSWORD);
  tokens.admin = await login(t.app, 'admin', 'admin-password-for-tests');
  const allScopes = ['visits.log', 'visits.read_team', 'tasks.assign', 'promotions.apply', 'promotions.approve', 'returns.request', 'returns.approve', 'scores.manage', 'reports.read'];
  tokens.client = await clientToken(t.app, admin, 'erp', allScopes);
  tokens.scopeless = await clientToken(t.app, admin, 'bi', []);
  const as = Object.fromEntries(Object.entries(tokens).map(([k, v]) => [k, client(t.app, v)])) as World['as'];
  const { r1, m1 } = as;

  const month = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 7);
  const logDate = recentWeekday(2);
  const own: Record<string, string> = {};
  own.visit = must(await r1.post('/visits', visitBody(ids.S1!, daysAgo(1), [line(ids.P1!, { stockQty: 5, orderQty: 6 })])), 'visit').id;
  const photo = multipart(pngBytes(512));
  const photoRes = await t.app.inject({
    method: 'POST',
    url: `/api/v1/visits/${own.visit}/photos`,
    headers: { authorization: `Bearer ${tokens.r1}`, ...photo.headers },
    payload: photo.body,
  });
  if (photoRes.statusCode !== 201) throw new Error(`photo: ${photoRes.statusCode} ${photoRes.body}`);
  own.photo = JSON.parse(photoRes.body).id;

  const promotion = (title: string) =>
    promotionApplication(ids.S1, ids.P1, { title, startDate: recentWeekday(-20), endDate: recentWeekday(-30), estimatedCost: 300 });
  own.promotionDraft = must(await r1.post('/promotions', promotion('草稿')), 'promotion draft').id;
  own.promotionPending = must(await r1.post('/promotions', promotion('待批')), 'promotion').id;
  must(await r1.post(`/promotions/${own.promotionPending}/submit`, {}), 'submit', 200);

  const ret = (overrides: object) => ({ storeId: ids.S1, productId: ids.P1, qty: 2, reason: 'quality_defect', ...overrides });
  const pending = must(await r1.post('/returns', ret({ reason: 'slow_moving', productionDate: '2025-12-01' })), 'return pending');
  own.returnPending = pending.id;
  const approved = must(await r1.post('/returns', ret({})), 'return approved');
  own.returnApproved = approved.id;

  own.task = must(
    await m1.post('/tasks', { title: '检查陈列', description: '拍照', assigneeId: ids.r1, dueAt: new Date(Date.now() + 86_400_000).toISOString() }),
    'task',
  ).id;
  own.taskDone = must(
    await m1.post('/tasks', { title: '补货', description: '跟进', assigneeId: ids.r1, dueAt: new Date(Date.now() + 86_400_000).toISOString() }),
    'task 2',
  ).id;
  must(await r1.post(`/tasks/${own.taskDone}/complete`, { note: 'done' }), 'complete', 200);

  must(await r1.put(`/work-logs/${logDate}`, { content: '拜访S1，补货' }), 'work log', 200);
  own.survey = must(await r1.post('/market-surveys', { month: new Date().toISOString().slice(0, 7), content: '竞品调研' }), 'survey').id;
  own.marketPlan = must(await admin.post('/market-plans', { userId: ids.r1, month, level: 'first', name: '开发新店' }), 'market plan').id;
  own.complaint = must(await admin.post('/complaints', { userId: ids.r1, date: `${month}-10`, description: '送货迟' }), 'complaint').id;
  must(await admin.put(`/collection-plans/${ids.r1}/${month}`, { amount: 10000 }), 'collection plan', 200);
  must(await admin.post('/collections', { userId: ids.r1, date: `${month}-12`, amount: 5000 }), 'collection');
  must(await admin.post('/discipline-records', { userId: ids.r1, date: `${month}-13`, description: '迟到', points: 2 }), 'discipline');
  return { t, org, ids, own, as, tokens, month, logDate };
}

/**
 * A digest of every row of every table (order-independent), so a test can prove that a refused
 * request wrote nothing. login_failures is left out: counting refused logins is its purpose.
 */
export function tableDigests(app: FastifyInstance, exclude: readonly string[] = ['login_failures'], only: Record<string, string> = {}): Record<string, string> {
  const sqlite = connectionOf(app.db);
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const out: Record<string, string> = {};
  for (const table of tables.filter((n) => !exclude.includes(n))) {
    const where = only[table] ? ` WHERE ${only[table]}` : '';
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"${where}`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)),
    );
    rows.sort();
    out[table] = createHash('sha256').update(rows.join('\n')).digest('hex');
  }
  return out;
}

export function dbChecksum(app: FastifyInstance, exclude: readonly string[] = ['login_failures'], only: Record<string, string> = {}): string {
  return createHash('sha256').update(JSON.stringify(tableDigests(app, exclude, only))).digest('hex');
}

/** The tables whose rows differ between two digests. */
export const changedTables = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

/**
 * What the server writes on its own, between requests: duty checklist tasks (and their audit
 * entries) from the job, webhook deliveries from the dispatcher. A fuzzer that creates roles with
 * duties and webhooks sets these going; they are not the request's doing.
 */
export const BACKGROUND = {
  exclude: ['login_failures', 'webhook_deliveries'],
  only: { tasks: "source <> 'duty'", audit_log: "actor_type <> 'system'" },
};

/** The answer, less what differs per request, for comparing a real id's refusal with a made-up one's. */
export const shape = (res: Res) => ({ status: res.status, type: res.body?.type, title: res.body?.title });

export const unknownId = () => randomUUID();
