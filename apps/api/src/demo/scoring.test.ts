import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { localDate, monthOf, shiftMonth, toMajor } from '@fieldbeat/domain';
import { getSettings } from '../db/repos/organisation.js';
import { getUserByUsername } from '../db/repos/users.js';
import { client, login, makeApp, type Client, type TestContext } from '../test/helpers.js';
import { DEMO_PASSWORD, demoUser } from './people.js';
import { demoCollectedMinor, generateDemoScoring, seedDemoScoring, type DemoScoring } from './scoring.js';
import { seedDemo } from './seed.js';
import { connectionOf } from '../db/client.js';

jest.setTimeout(120_000);

let t: TestContext;
let plan: DemoScoring;
let lastMonth = '';
let thisMonth = '';
const printed: string[] = [];
const managers: Record<string, Client> = {};

beforeAll(async () => {
  t = await makeApp();
  await seedDemo(t.app.db, (line) => printed.push(line));
  const today = localDate(new Date(), getSettings(t.app.db).settings.timezone);
  thisMonth = monthOf(today);
  lastMonth = shiftMonth(thisMonth, -1);
  plan = generateDemoScoring({ today });
  for (const who of ['gm', 'ka1', 'ka2']) managers[who] = client(t.app, await login(t.app, who, DEMO_PASSWORD));
}, 300_000);
afterAll(async () => t.close());

const idOf = (username: string) => getUserByUsername(t.app.db, username)!.id;
const managerOf = (username: string) => managers[demoUser(username).managerUsername!]!;
const rows = (sql: string, ...params: unknown[]) => connectionOf(t.app.db).prepare(sql).all(...params) as Record<string, unknown>[];
const count = (table: string) => (connectionOf(t.app.db).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const TABLES = ['collection_plans', 'collections', 'market_plans', 'complaints', 'discipline_records'];
const PEOPLE = ['rep1', 'rep2', 'rep3', 'rep4', 'rep5', 'rep6', 'ka1', 'ka2'];

const line = (card: { items: { code: string }[] }, code: string) => {
  const found = card.items.find((i) => i.code === code) as any;
  if (!found) throw new Error(`no line ${code}`);
  return found;
};

describe('demo scoring records', () => {
  it('exist for every rep and both KA managers, as planned', () => {
    expect(printed.join('\n')).toMatch(/Demo scoring: \d+ collection plans/);
    const byUser = (table: string) =>
      new Map(rows(`SELECT user_id AS u, count(*) AS n FROM ${table} GROUP BY user_id`).map((r) => [r.u as string, r.n as number]));
    const expected = (list: { username: string }[], username: string) => list.filter((r) => r.username === username).length;
    for (const [table, list] of [
      ['collection_plans', plan.collectionPlans],
      ['collections', plan.collections],
      ['market_plans', plan.marketPlans],
      ['complaints', plan.complaints],
      ['discipline_records', plan.discipline],
    ] as const) {
      const seen = byUser(table);
      for (const username of PEOPLE) {
        expect([table, username, seen.get(idOf(username)) ?? 0]).toEqual([table, username, expected(list, username)]);
        expect(seen.get(idOf(username)) ?? 0).toBeGreaterThan(0);
      }
      expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(list.length);
    }
    // Both months' plans, except for the newcomer (rep6) in the days after they joined this month.
    for (const username of PEOPLE) {
      const months = plan.collectionPlans.filter((p) => p.username === username).map((p) => p.month);
      const joinedThisMonth = monthOf(getUserByUsername(t.app.db, username)!.startDate!) === thisMonth;
      expect(months).toEqual(joinedThisMonth ? [thisMonth] : [lastMonth, thisMonth]);
      expect(username === 'rep6' || !joinedThisMonth).toBe(true);
    }
    // Every complaint state, open and completed market plans, half points.
    const validity = rows('SELECT valid FROM complaints').map((r) => r.valid);
    expect(validity).toEqual(expect.arrayContaining([1, 0, null]));
    expect(rows('SELECT 1 FROM market_plans WHERE completed_date IS NULL').length).toBeGreaterThan(0);
    expect(rows('SELECT 1 FROM market_plans WHERE completed_date IS NOT NULL').length).toBeGreaterThan(0);
    expect(rows('SELECT points FROM discipline_records').some((r) => (r.points as number) % 1 === 0.5)).toBe(true);
  });

  it('are dated inside their windows: not after today, not before the person started', () => {
    const today = localDate(new Date(), getSettings(t.app.db).settings.timezone);
    for (const [table, column] of [
      ['collections', 'date'],
      ['complaints', 'date'],
      ['discipline_records', 'date'],
      ['market_plans', 'completed_date'],
    ]) {
      for (const r of rows(`SELECT x.${column} AS d, u.start_date AS s FROM ${table} x JOIN users u ON u.id = x.user_id WHERE x.${column} IS NOT NULL`)) {
        expect(r.d as string <= today).toBe(true);
        expect(r.d as string >= (r.s as string)).toBe(true);
      }
    }
    for (const r of rows('SELECT month FROM collection_plans UNION SELECT month FROM market_plans')) {
      expect([lastMonth, thisMonth]).toContain(r.month);
    }
  });

  it('are audited as the routes audit them, by the person’s manager', () => {
    const audited = rows(
      `SELECT a.entity, a.action, a.actor_type AS type, u.username AS actor FROM audit_log a JOIN users u ON u.id = a.actor_id
       WHERE a.entity IN ('collection_plan', 'collection', 'market_plan', 'complaint', 'discipline_record')`,
    );
    const n = (entity: string, action: string) => audited.filter((a) => a.entity === entity && a.action === action).length;
    expect(n('collection_plan', 'create')).toBe(plan.collectionPlans.length);
    expect(n('collection', 'create')).toBe(plan.collections.length);
    expect(n('market_plan', 'create')).toBe(plan.marketPlans.length);
    expect(n('market_plan', 'complete')).toBe(plan.marketPlans.filter((m) => m.completedDate).length);
    expect(n('complaint', 'create')).toBe(plan.complaints.length);
    expect(n('complaint', 'validate')).toBe(plan.complaints.filter((c) => c.valid !== undefined).length);
    expect(n('discipline_record', 'create')).toBe(plan.discipline.length);
    expect(new Set(audited.map((a) => a.type))).toEqual(new Set(['user']));
    expect(new Set(audited.map((a) => a.actor))).toEqual(new Set(['gm', 'ka1', 'ka2']));
  });

  it('fill last month’s scorecard lines with something to explain', async () => {
    const card = await managers.ka1!.get(`/scorecards/${idOf('rep1')}/${lastMonth}`);
    expect(card.status).toBe(200);
    const collection = line(card.body, 'collection');
    expect(collection.inputs).toMatchObject({ plan: 120_000, carryIn: 0, effectivePlan: 120_000, actual: toMajor(demoCollectedMinor(plan, 'rep1', lastMonth)) });
    expect(collection.inputs.actual).toBe(126_480);
    expect(collection).toMatchObject({ points: 2.5, provisional: false });
    expect(line(card.body, 'market_first_level')).toMatchObject({ points: 0, inputs: { planned: 1, notCompleted: [] } });
    expect(line(card.body, 'market_second_level')).toMatchObject({ points: -1, inputs: { planned: 1 } });
    expect(line(card.body, 'complaint')).toMatchObject({ points: -2, inputs: { invalid: 1, pending: 0 } });
    expect(line(card.body, 'complaint').inputs.validDates).toHaveLength(1);
    expect(line(card.body, 'discipline')).toMatchObject({ points: -2, inputs: { records: [{ points: 2 }] } });
    for (const code of ['collection', 'market_second_level', 'complaint', 'discipline']) expect(line(card.body, code).explanation).toBeTruthy();

    // The other branches: below plan, exactly on plan, far above, a market developed too late, a complaint undecided.
    const points = async (username: string, code: string, month = lastMonth) =>
      line((await managerOf(username).get(`/scorecards/${idOf(username)}/${month}`)).body, code);
    expect((await points('rep2', 'collection')).points).toBe(-4.5);
    expect((await points('rep2', 'discipline')).points).toBe(-3.5);
    expect(await points('rep3', 'collection')).toMatchObject({ points: 0, inputs: { ratePercent: '100' } });
    expect((await points('rep5', 'collection')).points).toBe(5.5);
    expect((await points('rep4', 'market_first_level')).points).toBe(-10);
    expect(await points('rep4', 'complaint')).toMatchObject({ points: 0, provisional: true, inputs: { pending: 1 } });
    expect((await points('ka1', 'collection')).points).toBe(-0.5);

    // This month: what was not collected last month is carried into the plan.
    expect((await points('rep2', 'collection', thisMonth)).inputs).toMatchObject({ plan: 95_000, carryIn: 8_650, effectivePlan: 103_650 });
    expect((await points('rep1', 'collection', thisMonth)).inputs).toMatchObject({ carryIn: 0 });
  });

  it('are not loaded twice', () => {
    const before = TABLES.map(count);
    const audit = count('audit_log');
    const lines: string[] = [];
    seedDemoScoring(t.app.db, (l) => lines.push(l));
    expect(TABLES.map(count)).toEqual(before);
    expect(count('audit_log')).toBe(audit);
    expect(lines).toEqual([]);
  });

  it('each pass the route’s own validation when sent again', async () => {
    for (const r of rows('SELECT user_id, month, amount_minor FROM collection_plans')) {
      const username = rows('SELECT username FROM users WHERE id = ?', r.user_id)[0]!.username as string;
      const res = await managerOf(username).put(`/collection-plans/${r.user_id}/${r.month}`, { amount: toMajor(r.amount_minor as number) });
      expect([username, res.status]).toEqual([username, 200]);
      expect(res.body.version).toBe(2);
    }
    const resend = async (path: string, sql: string, body: (r: Record<string, unknown>) => object) => {
      for (const r of rows(sql)) {
        const username = rows('SELECT username FROM users WHERE id = ?', r.user_id)[0]!.username as string;
        const res = await managerOf(username).post(path, body(r));
        expect([path, username, res.status, res.body.errors ?? null]).toEqual([path, username, 201, null]);
      }
    };
    await resend('/collections', 'SELECT * FROM collections', (r) => ({
      userId: r.user_id,
      date: r.date,
      amount: toMajor(r.amount_minor as number),
      reference: r.reference,
    }));
    await resend('/market-plans', 'SELECT * FROM market_plans', (r) => ({
      userId: r.user_id,
      month: r.month,
      level: r.level,
      name: r.name,
      ...(r.store_id ? { storeId: r.store_id } : {}),
    }));
    await resend('/complaints', 'SELECT * FROM complaints', (r) => ({
      userId: r.user_id,
      date: r.date,
      description: r.description,
      ...(r.store_id ? { storeId: r.store_id } : {}),
    }));
    await resend('/discipline-records', 'SELECT * FROM discipline_records', (r) => ({
      userId: r.user_id,
      date: r.date,
      description: r.description,
      points: r.points,
    }));
  });
});
