import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { asAdmin, seedOrg, type Client, type Org, type TestContext, makeApp, PASSWORD } from '../../test/helpers.js';
import {
  as,
  freezeTime,
  insertExecutedReturn,
  insertSurvey,
  insertTask,
  insertWorkLog,
  realTime,
  setTime,
} from '../../test/fixtures-scoring.js';

/*
 * R4 end to end through HTTP. The organisation is set up on 2026-08-01; the scorecards are
 * read on 2026-12-10, after November's paperwork deadline (2026-12-02 23:59:59 Shanghai), so
 * every November line is settled. Work logs, surveys, tasks and executed returns are written
 * with fixtures that set their timestamps exactly.
 */

jest.setTimeout(30_000);

const NOVEMBER_WORKING_DAYS = [
  '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06',
  '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13',
  '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20',
  '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27',
  '2026-11-30',
];
const onTime = (date: string) => `${date}T10:00:00.000Z`; // 18:00 in Shanghai, the same day

let ctx: TestContext;
let org: Org;
let admin: Client;
let m1: Client;
let m2: Client;
let gm: Client;
let r1: Client;
const ids: Record<string, string> = {};

const line = (card: { items: { code: string }[] }, code: string) => {
  const found = card.items.find((i) => i.code === code) as any;
  if (!found) throw new Error(`no line ${code}`);
  return found;
};

async function newUser(username: string, managerId: string, startDate = '2026-01-01') {
  const res = await admin.post('/users', { username, displayName: username.toUpperCase(), password: PASSWORD, roleCode: 'sales_rep', managerId, startDate });
  expect(res.status).toBe(201);
  ids[username] = res.body.id;
  return res.body.id as string;
}

/** Every November log on time and a survey graded 0: only the line under test deducts. */
function paperworkDone(userId: string) {
  for (const date of NOVEMBER_WORKING_DAYS) insertWorkLog(ctx.app.db, { userId, date, submittedAt: onTime(date) });
  insertSurvey(ctx.app.db, { userId, month: '2026-11', submittedAt: '2026-11-30T10:00:00.000Z', penalty: 0 });
}

async function collect(userId: string, date: string, amount: number) {
  const res = await m1.post('/collections', { userId, date, amount, reference: `R-${date}` });
  expect(res.status).toBe(201);
}

async function plan(userId: string, month: string, amount: number, by: Client = m1) {
  const res = await by.put(`/collection-plans/${userId}/${month}`, { amount });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  freezeTime('2026-08-01T01:00:00.000Z');
  ctx = await makeApp();
  org = await seedOrg(ctx.app);
  admin = org.admin;
  Object.assign(ids, org.ids);
  for (const name of ['c1', 'c2', 'c3', 'c4', 'c5', 'fresh']) await newUser(name, ids.m1!);
  await newUser('mid', ids.m1!, '2026-11-16');

  setTime('2026-12-10T04:00:00.000Z');
  admin = await asAdmin(ctx.app);
  m1 = await as(ctx.app, 'm1');
  m2 = await as(ctx.app, 'm2');
  gm = await as(ctx.app, 'gm');
  r1 = await as(ctx.app, 'r1');

  // r1: 18 of 21 logs on time (one flagged vague), one more after the deadline, no survey.
  NOVEMBER_WORKING_DAYS.slice(0, 18).forEach((date, i) =>
    insertWorkLog(ctx.app.db, { userId: ids.r1!, date, submittedAt: onTime(date), vague: i === 4 }),
  );
  insertWorkLog(ctx.app.db, { userId: ids.r1!, date: '2026-11-30', submittedAt: '2026-12-02T16:00:00.001Z' });

  // r1b: one valid and one invalid complaint, two late tasks, a 3-point violation, one first-level market not done.
  paperworkDone(ids.r1b!);
  for (const [date, valid] of [['2026-11-05', true], ['2026-11-06', false], ['2026-10-20', true]] as const) {
    const complaint = await m1.post('/complaints', { userId: ids.r1b, date, storeId: ids.S1, description: `complaint ${date}` });
    expect(complaint.status).toBe(201);
    expect(complaint.body.valid).toBeNull();
    const decided = await m1.post(`/complaints/${complaint.body.id}/validate`, { valid });
    expect(decided.status).toBe(200);
    expect(decided.body.valid).toBe(valid);
  }
  insertTask(ctx.app.db, { assigneeId: ids.r1b!, dueAt: '2026-11-10T10:00:00.000Z', completedAt: '2026-11-11T02:00:00.000Z', status: 'done' });
  insertTask(ctx.app.db, { assigneeId: ids.r1b!, dueAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T10:00:01.000Z', status: 'accepted' });
  insertTask(ctx.app.db, { assigneeId: ids.r1b!, dueAt: '2026-11-25T10:00:00.000Z', completedAt: '2026-11-24T10:00:00.000Z', status: 'accepted' });
  insertTask(ctx.app.db, { assigneeId: ids.r1b!, dueAt: '2026-11-26T10:00:00.000Z', status: 'open', scored: false });
  expect((await m1.post('/discipline-records', { userId: ids.r1b, date: '2026-11-12', description: 'late to the morning meeting', points: 3 })).status).toBe(201);
  expect((await m1.post('/market-plans', { userId: ids.r1b, month: '2026-11', level: 'first', name: 'Agent A' })).status).toBe(201);
  const second = await m1.post('/market-plans', { userId: ids.r1b, month: '2026-11', level: 'second', name: 'Wholesale B' });
  expect((await m1.post(`/market-plans/${second.body.id}/complete`, { date: '2026-11-20' })).status).toBe(200);

  // Collections (worked examples of R4 `collection`).
  const m2Plans = async (userId: string) => {
    await plan(userId, '2026-10', 50000, m2);
    await plan(userId, '2026-11', 50000, m2);
    expect((await m2.post('/collections', { userId, date: '2026-10-15', amount: 40000 })).status).toBe(201);
    expect((await m2.post('/collections', { userId, date: '2026-11-15', amount: 63000 })).status).toBe(201);
  };
  await m2Plans(ids.r2!);
  paperworkDone(ids.r2!);
  await plan(ids.c1!, '2026-11', 100000);
  await collect(ids.c1!, '2026-11-03', 97400);
  await plan(ids.c2!, '2026-11', 100000);
  await collect(ids.c2!, '2026-11-03', 100000);
  await collect(ids.c2!, '2026-11-30', 2999.99);
  await plan(ids.c3!, '2026-11', 100000);
  await collect(ids.c3!, '2026-11-30', 103000);
  await collect(ids.c3!, '2026-12-01', 5000); // next month's: does not count
  await plan(ids.c4!, '2026-11', 80000);
  await collect(ids.c4!, '2026-11-10', 80000);
  insertExecutedReturn(ctx.app.db, { requesterId: ids.c4!, storeId: ids.S1!, productId: ids.P1!, refundMinor: 300000, executedDate: '2026-11-20' });
  insertExecutedReturn(ctx.app.db, { requesterId: ids.c4!, storeId: ids.S1!, productId: ids.P1!, refundMinor: 100000, executedDate: '2026-12-01' });
  // c5: two months of carry-over: September short by 10000, October by 5000 more.
  await plan(ids.c5!, '2026-09', 30000);
  await collect(ids.c5!, '2026-09-20', 20000);
  await plan(ids.c5!, '2026-10', 50000);
  await collect(ids.c5!, '2026-10-20', 45000);
  await plan(ids.c5!, '2026-11', 50000);
  await collect(ids.c5!, '2026-11-20', 68250);
}, 60_000);

afterAll(async () => {
  await ctx.close();
  realTime();
});

describe('R4 worked examples', () => {
  it('plan 100000, actual 97400: rate 97.4%, -1.0', async () => {
    const card = (await m1.get(`/scorecards/${ids.c1}/2026-11`)).body;
    const c = line(card, 'collection');
    expect(c.points).toBe(-1);
    expect(c.inputs).toMatchObject({ plan: 100000, carryIn: 0, effectivePlan: 100000, actual: 97400, ratePercent: '97.4' });
  });

  it('actual 102999.99 earns +1.0; 103000 earns +1.5 (a collection of the next month does not count)', async () => {
    const c2 = line((await m1.get(`/scorecards/${ids.c2}/2026-11`)).body, 'collection');
    expect(c2.points).toBe(1);
    expect(c2.inputs.actual).toBe(102999.99);
    const c3 = line((await m1.get(`/scorecards/${ids.c3}/2026-11`)).body, 'collection');
    expect(c3.points).toBe(1.5);
    expect(c3.inputs.actual).toBe(103000);
  });

  it('October plan 50000, actual 40000 carries 10000 into November: 60000, actual 63000, 105%, +2.5', async () => {
    const card = (await m2.get(`/scorecards/${ids.r2}/2026-11`)).body;
    const c = line(card, 'collection');
    expect(c.inputs).toMatchObject({ plan: 50000, carryIn: 10000, effectivePlan: 60000, actual: 63000, ratePercent: '105' });
    expect(c.points).toBe(2.5);
    expect(card.total).toBe(102.5); // every other line is clean for r2
    const october = line((await m2.get(`/scorecards/${ids.r2}/2026-10`)).body, 'collection');
    expect(october.inputs).toMatchObject({ effectivePlan: 50000, actual: 40000 });
    expect(october.points).toBe(-10);
  });

  it('carry-over runs over two months', async () => {
    const c = line((await m1.get(`/scorecards/${ids.c5}/2026-11`)).body, 'collection');
    // September: 30000 - 20000 = 10000 into October; October: 50000 + 10000 - 45000 = 15000 into November.
    expect(c.inputs).toMatchObject({ plan: 50000, carryIn: 15000, effectivePlan: 65000, actual: 68250, ratePercent: '105' });
    expect(c.points).toBe(2.5);
    const october = line((await m1.get(`/scorecards/${ids.c5}/2026-10`)).body, 'collection');
    expect(october.inputs).toMatchObject({ carryIn: 10000, effectivePlan: 60000 });
  });

  it('collections 80000 and a refund of 3000 executed in November: actual 77000', async () => {
    const c = line((await m1.get(`/scorecards/${ids.c4}/2026-11`)).body, 'collection');
    expect(c.inputs).toMatchObject({ collected: 80000, refunded: 3000, actual: 77000, plan: 80000, ratePercent: '96.25' });
    expect(c.points).toBe(-1.5);
  });

  it('no plan: not applicable, 0 points', async () => {
    const c = line((await m1.get(`/scorecards/${ids.r1}/2026-11`)).body, 'collection');
    expect(c.points).toBe(0);
    expect(c.inputs.plan).toBeNull();
    expect(c.explanationKey).toBe('score.collection.not_applicable');
  });

  it('21 working days, logs on 18 (one vague, one more after the deadline), no survey: -3 - 0.5 - 5 = -8.5', async () => {
    const card = (await r1.get(`/scorecards/${ids.r1}/2026-11`)).body;
    expect(line(card, 'work_log_missing')).toMatchObject({ points: -3, inputs: { workingDays: 21, fromDate: '2026-11-02' } });
    expect(line(card, 'work_log_missing').inputs.missingDates).toEqual(['2026-11-26', '2026-11-27', '2026-11-30']);
    expect(line(card, 'work_log_vague').points).toBe(-0.5);
    expect(line(card, 'market_survey').points).toBe(-5);
    expect(card.deadlineAt).toBe('2026-12-02T15:59:59.999Z');
    expect(card.total).toBe(91.5);
    expect(card).toMatchObject({ userId: ids.r1, month: '2026-11', roleCode: 'sales_rep', roleVersion: 1, baseScore: 100, status: 'draft', provisional: false });
    expect(card.items.map((i: { code: string }) => i.code)).toEqual([
      'collection', 'market_first_level', 'market_second_level', 'work_log_missing', 'work_log_vague',
      'market_survey', 'complaint', 'assigned_task', 'discipline',
    ]);
  });

  it('one valid and one invalid complaint, two late tasks, a 3-point violation, one first-level market not done: -19', async () => {
    const card = (await m1.get(`/scorecards/${ids.r1b}/2026-11`)).body;
    expect(line(card, 'complaint').points).toBe(-2);
    expect(line(card, 'assigned_task').points).toBe(-4);
    expect(line(card, 'discipline').points).toBe(-3);
    expect(line(card, 'market_first_level').points).toBe(-10);
    expect(line(card, 'market_second_level').points).toBe(0);
    expect(line(card, 'work_log_missing').points).toBe(0);
    expect(line(card, 'market_survey').points).toBe(0);
    expect(card.total).toBe(81);
  });

  it('a user who started mid-month owes logs from the start date only', async () => {
    const card = (await m1.get(`/scorecards/${ids.mid}/2026-11`)).body;
    expect(line(card, 'work_log_missing')).toMatchObject({ points: -11, inputs: { workingDays: 11, fromDate: '2026-11-16' } });
  });

  it('a month still open is provisional and deducts nothing yet for paperwork', async () => {
    const card = (await m1.get(`/scorecards/${ids.fresh}/2026-12`)).body;
    expect(card.provisional).toBe(true);
    expect(line(card, 'work_log_missing')).toMatchObject({ points: 0, provisional: true });
    expect(line(card, 'market_survey')).toMatchObject({ points: 0, provisional: true });
  });
});

describe('explanations', () => {
  it('are human sentences in zh-CN by default and in English on request', async () => {
    const zh = line((await m1.get(`/scorecards/${ids.c1}/2026-11`)).body, 'collection');
    const en = line((await m1.get(`/scorecards/${ids.c1}/2026-11`, { 'accept-language': 'en-US,en;q=0.9' })).body, 'collection');
    expect(zh.explanation).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.explanation).toContain('97.4');
    expect(en.explanation).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en.explanation).toContain('97.4');
    expect(en.explanation).not.toContain('{');
    expect(en.explanationKey).toBe(zh.explanationKey);
    const zhPreferred = line((await m1.get(`/scorecards/${ids.c1}/2026-11`, { 'accept-language': 'zh-CN,en;q=0.5' })).body, 'collection');
    expect(zhPreferred.explanation).toBe(zh.explanation);
  });

  it('every line explains itself in both languages', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const card = (await m1.get(`/scorecards/${ids.r1b}/2026-11`, { 'accept-language': lang })).body;
      for (const item of card.items) {
        expect(item.explanation.length).toBeGreaterThan(10);
        expect(item.explanation).not.toMatch(/\{\w+\}/);
        expect(item.explanation).not.toBe(item.explanationKey);
      }
    }
  });
});

describe('who may read a scorecard', () => {
  it('the user and the managers up the chain; anyone else gets 404', async () => {
    expect((await r1.get(`/scorecards/${ids.r1}/2026-11`)).status).toBe(200);
    expect((await m1.get(`/scorecards/${ids.r1}/2026-11`)).status).toBe(200);
    expect((await gm.get(`/scorecards/${ids.r1}/2026-11`)).status).toBe(200);
    expect((await admin.get(`/scorecards/${ids.r1}/2026-11`)).status).toBe(200);
    expect((await r1.get(`/scorecards/${ids.r1b}/2026-11`)).status).toBe(404);
    expect((await m2.get(`/scorecards/${ids.r1}/2026-11`)).status).toBe(404);
    expect((await (await as(ctx.app, 'r2')).get(`/scorecards/${ids.r1}/2026-11`)).status).toBe(404);
    expect((await m1.get(`/scorecards/no-such-user/2026-11`)).status).toBe(404);
  });

  it('refuses a malformed month (400) and an anonymous caller (401)', async () => {
    expect((await m1.get(`/scorecards/${ids.r1}/2026-13`)).status).toBe(400);
    expect((await m1.get(`/scorecards/${ids.r1}/november`)).status).toBe(400);
    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/v1/scorecards/${ids.r1}/2026-11` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('ranking', () => {
  it("ranks a manager's team by total, highest first, equal totals sharing a rank", async () => {
    const res = await m1.get('/scorecards?month=2026-11&managerId=' + ids.m1);
    expect(res.status).toBe(200);
    const items = res.body.items as { userId: string; total: number; rank: number }[];
    const team = ['r1', 'r1b', 'c1', 'c2', 'c3', 'c4', 'c5', 'fresh', 'mid'].map((u) => ids[u]);
    expect(items.map((i) => i.userId).sort()).toEqual([...team].sort());
    expect(items.map((i) => i.userId)).not.toContain(ids.m1);
    for (let i = 1; i < items.length; i++) {
      expect(items[i]!.total).toBeLessThanOrEqual(items[i - 1]!.total);
      expect(items[i]!.rank).toBe(items[i]!.total === items[i - 1]!.total ? items[i - 1]!.rank : i + 1);
    }
    expect(items[0]!.rank).toBe(1);
    expect(items.find((i) => i.userId === ids.r1)!.total).toBe(91.5);
  });

  it('pages with limit and cursor', async () => {
    const first = await m1.get(`/scorecards?month=2026-11&managerId=${ids.m1}&limit=4`);
    expect(first.body.items).toHaveLength(4);
    const second = await m1.get(`/scorecards?month=2026-11&managerId=${ids.m1}&limit=4&cursor=${first.body.nextCursor}`);
    const third = await m1.get(`/scorecards?month=2026-11&managerId=${ids.m1}&limit=4&cursor=${second.body.nextCursor}`);
    expect(third.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items, ...third.body.items].map((i: { userId: string }) => i.userId);
    expect(new Set(all).size).toBe(9);
  });

  it('exports the whole ranking as CSV for Excel, one column per line', async () => {
    const json = await m1.get(`/scorecards?month=2026-11&managerId=${ids.m1}&limit=200`);
    const csv = await m1.get(`/scorecards?month=2026-11&managerId=${ids.m1}&limit=2`, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('排名,姓名,岗位,总分,预计总分,状态,回款完成率,一级市场开发,二级市场开发,工作日志缺填,日志含糊,市场调查,客户投诉,交办任务,违规违纪');
    expect(lines[1]!.split(',')[5]).toBe('草稿');
    // every ranked person, not just the page of 2
    expect(lines).toHaveLength(1 + json.body.items.length);
    const top = json.body.items[0];
    expect(lines[1]!.split(',').slice(0, 4)).toEqual([String(top.rank), top.displayName, top.roleTitle, String(top.total)]);
    expect(top.roleTitle).toBe('业务员');
  });

  it('stays within visibility', async () => {
    expect((await m2.get(`/scorecards?month=2026-11&managerId=${ids.m1}`)).status).toBe(404);
    const own = await r1.get('/scorecards?month=2026-11');
    expect(own.body.items.map((i: { userId: string }) => i.userId)).toEqual([ids.r1]);
    const m2All = await m2.get('/scorecards?month=2026-11');
    expect(m2All.body.items.map((i: { userId: string }) => i.userId).sort()).toEqual([ids.m2, ids.r2].sort());
    const gmTeam = await gm.get(`/scorecards?month=2026-11&managerId=${ids.gm}`);
    expect(gmTeam.body.items).toHaveLength(12); // m1, m2, r2 and m1's nine
    expect((await m1.get('/scorecards')).status).toBe(400);
  });

  it('ranks people only against others of the same role: the managers apart from their reps', async () => {
    const res = await gm.get(`/scorecards?month=2026-11&managerId=${ids.gm}`);
    const items = res.body.items as { userId: string; roleCode: string; roleTitle: string; rank: number; rankedAmong: number; total: number }[];
    const reps = items.filter((i) => i.roleCode === 'sales_rep');
    const managers = items.filter((i) => i.roleCode === 'ka_manager');
    expect(reps).toHaveLength(10);
    expect(managers.map((i) => i.userId).sort()).toEqual([ids.m1, ids.m2].sort());
    // The reps' ranking comes first and whole, then the managers': no manager among the reps.
    expect(items.slice(0, 10).every((i) => i.roleCode === 'sales_rep')).toBe(true);
    expect(reps.every((i) => i.rankedAmong === 10)).toBe(true);
    expect(managers.every((i) => i.rankedAmong === 2 && i.roleTitle === 'KA经理')).toBe(true);
    expect(managers.map((i) => i.rank).sort()).toEqual(managers[0]!.total === managers[1]!.total ? [1, 1] : [1, 2]);
    expect(reps[0]!.rank).toBe(1);
    // The managers score 100 and would top the reps if ranked beside them (r2 tops the reps with 102.5, then 100s).
    const repRanks = new Map(reps.map((i) => [i.userId, i.rank]));
    for (const i of reps) expect(i.rank).toBe(1 + reps.filter((o) => o.total > i.total).length);
    expect(repRanks.get(ids.r2!)).toBe(1);
    const onlyManagers = await gm.get(`/scorecards?month=2026-11&managerId=${ids.gm}&roleCode=ka_manager`);
    expect(onlyManagers.body.items.map((i: { userId: string }) => i.userId).sort()).toEqual([ids.m1, ids.m2].sort());
  });

  it('leaves out users who had not started by the month', async () => {
    const res = await m1.get(`/scorecards?month=2026-10&managerId=${ids.m1}`);
    expect(res.body.items.map((i: { userId: string }) => i.userId)).not.toContain(ids.mid);
  });
});

describe('finalize and reopen', () => {
  it('refuses callers without scores.manage (403), outside the team (404), and one’s own card (403)', async () => {
    expect((await r1.post(`/scorecards/${ids.r1}/2026-11/finalize`)).status).toBe(403);
    expect((await m2.post(`/scorecards/${ids.r1}/2026-11/finalize`)).status).toBe(404);
    expect((await m1.post(`/scorecards/${ids.m1}/2026-11/finalize`)).status).toBe(403);
    expect((await m1.post(`/scorecards/${ids.r1}/2026-11/reopen`, { note: 'not final yet' })).status).toBe(409);
  });

  it('stores a snapshot that a later record and a role edit do not change, fires the webhook, then reopens with a note', async () => {
    const hook = await admin.post('/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['scorecard.finalized'], allowPrivateNetwork: true });
    expect(hook.status).toBe(201);

    const finalized = await m1.post(`/scorecards/${ids.r1}/2026-11/finalize`);
    expect(finalized.status).toBe(200);
    expect(finalized.body).toMatchObject({ status: 'final', total: 91.5, roleVersion: 1, finalizedBy: ids.m1, finalizedByName: 'M1' });
    expect((await m1.post(`/scorecards/${ids.r1}/2026-11/finalize`)).status).toBe(409);

    const deliveries = await admin.get(`/webhooks/${hook.body.id}/deliveries`);
    expect(deliveries.body.items.map((d: { event: string }) => d.event)).toContain('scorecard.finalized');

    // A later violation and a new role version with heavier penalties.
    expect((await m1.post('/discipline-records', { userId: ids.r1, date: '2026-11-20', description: 'no-show', points: 2 })).status).toBe(201);
    const role = (await admin.get('/roles/sales_rep')).body;
    const edited = await admin.put('/roles/sales_rep', {
      code: 'sales_rep',
      title: role.title,
      titleEn: 'Sales rep',
      permissions: role.permissions,
      scoring: { ...role.scoring, missingLogPenalty: 2, disciplineMin: 1, disciplineMax: 4 },
      note: 'missing logs cost 2 from December',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, effectiveFrom: '2026-12', note: 'missing logs cost 2 from December' });

    const still = await r1.get(`/scorecards/${ids.r1}/2026-11`);
    // the rep reads who finalized it by name (GET /users does not list their manager to them)
    expect(still.body).toMatchObject({ status: 'final', total: 91.5, roleVersion: 1, finalizedBy: ids.m1, finalizedByName: 'M1' });
    expect((await gm.get(`/scorecards?month=2026-11&managerId=${ids.m1}&limit=100`)).body.items.find((c: { userId: string }) => c.userId === ids.r1)).toMatchObject({ finalizedByName: 'M1' });
    expect(line(still.body, 'discipline').points).toBe(0);
    // The snapshot still renders in the caller's language.
    const en = await r1.get(`/scorecards/${ids.r1}/2026-11`, { 'accept-language': 'en' });
    expect(line(en.body, 'market_survey').explanation).toMatch(/survey/i);

    expect((await m1.post(`/scorecards/${ids.r1}/2026-11/reopen`, {})).status).toBe(400);
    expect((await m1.post(`/scorecards/${ids.r1}/2026-11/reopen`, { note: '   ' })).status).toBe(400);
    expect((await r1.post(`/scorecards/${ids.r1}/2026-11/reopen`, { note: 'please' })).status).toBe(403);
    const reopened = await m1.post(`/scorecards/${ids.r1}/2026-11/reopen`, { note: 'violation of 20 Nov recorded late' });
    expect(reopened.status).toBe(200);
    // A draft again, computed now: November is still scored under version 1 (in force at its end).
    expect(reopened.body).toMatchObject({ status: 'draft', total: 89.5, roleVersion: 1, reopenNote: 'violation of 20 Nov recorded late' });

    const audit = await admin.get(`/audit?entity=scorecard&entityId=${ids.r1}/2026-11`);
    const actions = audit.body.items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['finalize', 'reopen']));
    const reopenEntry = audit.body.items.find((a: { action: string }) => a.action === 'reopen');
    expect(reopenEntry.actorId).toBe(ids.m1);
    expect(JSON.stringify(reopenEntry.after)).toContain('violation of 20 Nov recorded late');

    const again = await m1.post(`/scorecards/${ids.r1}/2026-11/finalize`);
    expect(again.body).toMatchObject({ status: 'final', total: 89.5 });
    const ranked = await m1.get(`/scorecards?month=2026-11&managerId=${ids.m1}`);
    expect(ranked.body.items.find((i: { userId: string }) => i.userId === ids.r1)).toMatchObject({ status: 'final', total: 89.5 });
  });

  it('scores a month under the role version in force at its end, and checks violations against it', async () => {
    const december = (await m1.get(`/scorecards/${ids.r1}/2026-12`)).body;
    expect(december.roleVersion).toBe(2);
    expect((await m1.post('/discipline-records', { userId: ids.r1, date: '2026-12-03', description: 'x', points: 5 })).status).toBe(400);
    expect((await m1.post('/discipline-records', { userId: ids.r1, date: '2026-12-03', description: 'x', points: 1 })).status).toBe(201);
    expect((await m1.post('/discipline-records', { userId: ids.r1b, date: '2026-11-28', description: 'x', points: 5 })).status).toBe(201);
    expect((await m1.post('/discipline-records', { userId: ids.r1b, date: '2026-11-28', description: 'x', points: 1 })).status).toBe(400);
  });
});

describe('the headline: counted and projected totals, role titles', () => {
  it('a provisional month shows the projected total beside the counted one, with its explanation', async () => {
    // 2026-12-10 12:00 Shanghai: 8 of December's 23 working days have begun (1-4, 7-10).
    await plan(ids.fresh!, '2026-12', 100000);
    await collect(ids.fresh!, '2026-12-03', 40000);
    const card = (await m1.get(`/scorecards/${ids.fresh}/2026-12`)).body;
    expect(card).toMatchObject({ status: 'draft', provisional: true, total: 100 });
    // 40,000 × 23 / 8 = 115,000 → 115% → +7.5; no log on the 7 working days before today, at
    // December's 2 points each (role version 2) → -14.
    expect(card.projectedTotal).toBe(93.5);
    expect(card.projection).toMatchObject({
      explanationKey: 'score.projection',
      explanationParams: { counted: 100, projected: 93.5, elapsed: 8, workingDays: 23, projectedActual: '115000.00', collectionPoints: 7.5, missingSoFar: 7, missingPoints: -14 },
    });
    expect(card.projection.explanation).toContain('¥115,000.00');
    expect(card.projection.explanation).toMatch(/[\u4e00-\u9fff]/);
    const en = (await m1.get(`/scorecards/${ids.fresh}/2026-12`, { 'accept-language': 'en' })).body;
    expect(en.projection.explanation).toMatch(/^Counted 100, projected 93.5/);
    expect(en.roleTitle).toBe('Sales rep');
    expect(card.roleTitle).toBe('业务员');
    // The money in the collection line's explanation has ¥ and separators too.
    expect(line(card, 'collection').explanation).toContain('¥40,000.00');
  });

  it('a settled month and a final card have no projection', async () => {
    const settled = (await m1.get(`/scorecards/${ids.c1}/2026-11`)).body;
    expect(settled).toMatchObject({ provisional: false, projectedTotal: null, projection: null });
    const final = await m1.post(`/scorecards/${ids.fresh}/2026-12/finalize`);
    expect(final.body).toMatchObject({ status: 'final', provisional: true, total: 100, projectedTotal: null, projection: null });
    expect((await m1.post(`/scorecards/${ids.fresh}/2026-12/reopen`, { note: 'finalized by mistake' })).body.projectedTotal).toBe(93.5);
  });
});

describe('role versions take effect from a chosen month', () => {
  const put = async (over: object, lang = 'zh-CN') => {
    const role = (await admin.get('/roles/sales_rep')).body;
    return admin.put(
      '/roles/sales_rep',
      { title: role.title, titleEn: role.titleEn, permissions: role.permissions, scoring: role.scoring, note: 'a change', ...over },
      { 'accept-language': lang },
    );
  };
  const versions = async () => (await admin.get('/roles/sales_rep/versions')).body.items as { version: number }[];

  it('needs a change note that is not blank (400 naming note, in the caller’s language), and writes nothing without one', async () => {
    const before = (await versions()).length;
    for (const note of [undefined, '', '   ']) {
      const zh = await put({ note });
      expect(zh.status).toBe(400);
      expect(zh.body.errors.map((e: { path: string }) => e.path)).toEqual(['/note']);
      expect(zh.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
      const en = await put({ note }, 'en');
      expect(en.body.errors[0].path).toBe('/note');
      expect(en.body.errors[0].message).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await versions()).toHaveLength(before);
  });

  it('refuses a month before the current one once a scorecard of the role is final for it, and one over 12 months ahead', async () => {
    const before = (await versions()).length;
    // r1's November is final (finalized above).
    const zh = await put({ effectiveFrom: '2026-11' });
    expect(zh.status).toBe(400);
    expect(zh.body.errors[0]).toMatchObject({ path: '/effectiveFrom' });
    expect(zh.body.errors[0].message).toContain('2026-12');
    const en = await put({ effectiveFrom: '2026-10' }, 'en');
    expect(en.body.errors[0].message).toMatch(/already final under this role: choose 2026-12 or later/);
    const far = await put({ effectiveFrom: '2028-01' }, 'en');
    expect(far.status).toBe(400);
    expect(far.body.errors[0]).toMatchObject({ path: '/effectiveFrom', message: 'must be 2027-12 or earlier (at most 12 months ahead)' });
    expect((await put({ effectiveFrom: '2027-13' })).status).toBe(400);
    expect(await versions()).toHaveLength(before);
  });

  it('scores each month by the version in force in it, and records who saved it, when and why', async () => {
    const saved = await put({ effectiveFrom: '2027-02', scoring: { ...(await admin.get('/roles/sales_rep')).body.scoring, missingLogPenalty: 3 }, note: '  from February, 3 per missing log ' });
    expect(saved.status).toBe(200);
    const me = (await admin.get('/me')).body;
    expect(saved.body).toMatchObject({ version: 3, effectiveFrom: '2027-02', note: 'from February, 3 per missing log', createdBy: me.id, createdByName: me.displayName });
    expect(Date.parse(saved.body.createdAt)).toBe(Date.parse('2026-12-10T04:00:00.000Z'));
    const history = (await admin.get('/roles/sales_rep/versions')).body.items;
    expect(history.map((v: { version: number; effectiveFrom: string }) => [v.version, v.effectiveFrom])).toEqual([
      [3, '2027-02'],
      [2, '2026-12'],
      [1, '2026-08'],
    ]);
    expect(history[0].note).toBe('from February, 3 per missing log');
    expect(history[2].note).toBeNull();
    expect((await m1.get(`/scorecards/${ids.r1b}/2026-12`)).body.roleVersion).toBe(2);
    expect((await m1.get(`/scorecards/${ids.r1b}/2027-01`)).body.roleVersion).toBe(2);
    expect((await m1.get(`/scorecards/${ids.r1b}/2027-02`)).body.roleVersion).toBe(3);
    expect((await m1.get(`/scorecards/${ids.r1b}/2026-11`)).body.roleVersion).toBe(1);
    // A later save for an earlier month wins from its own month on.
    const january = await put({ effectiveFrom: '2027-01', note: 'January after all' });
    expect(january.body.version).toBe(4);
    expect((await m1.get(`/scorecards/${ids.r1b}/2027-02`)).body.roleVersion).toBe(4);
    expect((await m1.get(`/scorecards/${ids.r1b}/2026-12`)).body.roleVersion).toBe(2);
    // The audit entry carries the version with its month and note.
    const audit = await admin.get('/audit?entity=role&entityId=sales_rep');
    expect(audit.body.items.some((a: { after: { note?: string; effectiveFrom?: string } }) => a.after?.note === 'January after all' && a.after?.effectiveFrom === '2027-01')).toBe(true);
  });

  it('is refused (403) to a caller without roles.manage; grants.test.ts checks nobody grants a permission they lack', async () => {
    const res = await m1.put('/roles/sales_rep', { title: '业务员', permissions: ['visits.log'], note: 'x' });
    expect(res.status).toBe(403);
  });
});
