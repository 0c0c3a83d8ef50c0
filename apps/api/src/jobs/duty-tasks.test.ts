import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { isoWeekday, isoWeekOf, localDate, shiftDate, zonedEndOfDay } from '@fieldbeat/domain';
import { connectionOf, type Db } from '../db/client.js';
import { client, login, makeApp, makeWorkingDay, openDatabase, PASSWORD, seedOrg, type Org } from '../test/helpers.js';
import { generateDutyTasks } from './duty-tasks.js';

jest.setTimeout(60_000);

const TZ = 'Asia/Shanghai';
const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-duty-'));
const path = join(dir, 'app.db');
let db: Db;
let org: Org;
const today = localDate(new Date(), TZ);

type DutyRow = { assignee_id: string; assigner_id: string | null; duty_key: string; scored: number; due_at: string; title: string };
const dutyTasks = (d: Db = db) => connectionOf(d).prepare("SELECT * FROM tasks WHERE source = 'duty' ORDER BY duty_key").all() as DutyRow[];

/** Starts an app on the shared database file, lets it run its start-up generation, stops it. */
async function restart(): Promise<void> {
  const t = await makeApp({}, db);
  await t.app.ready();
  await t.close();
}

beforeAll(async () => {
  db = openDatabase(path);
  const t = await makeApp({}, db);
  org = await seedOrg(t.app);
  // Today must be a working day for the daily duty to be due: make it a make-up working day if needed.
  await makeWorkingDay(org.admin, today);
  const rep = (await org.admin.get('/roles/sales_rep')).body;
  const saved = await org.admin.put('/roles/sales_rep', {
    title: rep.title,
    permissions: rep.permissions,
    note: 'duties with a cadence',
    duties: [
      { text: '每日填写工作日志', cadence: { kind: 'daily' }, scored: true },
      { text: '每周例会汇报本周拜访', cadence: { kind: 'weekly', weekday: isoWeekday(today) } },
      { text: '了解竞品动态' }, // no cadence: nothing generated
    ],
  });
  expect(saved.status).toBe(200);
  // A rep who starts next year is not given today's tasks; an inactive one neither.
  await org.admin.post('/users', { username: 'later', displayName: 'Later', password: 'password-123', roleCode: 'sales_rep', startDate: '2099-01-01' });
  const gone = await org.admin.post('/users', { username: 'gone', displayName: 'Gone', password: 'password-123', roleCode: 'sales_rep', startDate: '2020-01-01' });
  await org.admin.patch(`/users/${gone.body.id}`, { active: false });
  await t.close();
}, 120_000);

afterAll(() => {
  connectionOf(db).close();
  rmSync(dir, { recursive: true, force: true });
});

describe('duty checklist tasks (RULES R6)', () => {
  it('are generated at start for every active user in the role, once per period, across restarts', async () => {
    await restart();
    const first = dutyTasks();
    const reps = [org.ids.r1, org.ids.r1b, org.ids.r2];
    expect(first).toHaveLength(reps.length * 2);
    expect(new Set(first.map((r) => r.assignee_id))).toEqual(new Set(reps));

    await restart();
    await restart();
    expect(dutyTasks()).toEqual(first);
    // Another connection to the same file (a second instance) generates nothing either.
    const other = openDatabase(path);
    try {
      expect(generateDutyTasks(other)).toBe(0);
    } finally {
      connectionOf(other).close();
    }
    expect(generateDutyTasks(db)).toBe(0);
  });

  it('carry the duty, its period, the reviewer, the scored flag and the end of the due day', async () => {
    const r1Tasks = dutyTasks().filter((r) => r.assignee_id === org.ids.r1);
    const daily = r1Tasks.find((r) => r.title === '每日填写工作日志')!;
    const weekly = r1Tasks.find((r) => r.title === '每周例会汇报本周拜访')!;
    expect(daily.duty_key).toContain(`:${today}:`);
    expect(weekly.duty_key).toContain(`:${isoWeekOf(today)}:`);
    expect(daily).toMatchObject({ scored: 1, assigner_id: org.ids.m1, due_at: zonedEndOfDay(today, TZ) });
    expect(weekly.scored).toBe(0);
  });

  it('generates the next period’s task when its day comes', () => {
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    generateDutyTasks(db, nextWeek);
    const week = isoWeekOf(shiftDate(today, 7));
    expect(dutyTasks().filter((r) => r.duty_key.includes(`:${week}:`))).toHaveLength(3);
    expect(generateDutyTasks(db, nextWeek)).toBe(0);
  });

  it('are ordinary tasks afterwards: the rep completes, the manager reviews', async () => {
    const t = await makeApp({}, db);
    try {
      // Log in against this instance (org.as is bound to the first one).
      const rep = client(t.app, await login(t.app, 'r1', PASSWORD));
      const mgr = client(t.app, await login(t.app, 'm1', PASSWORD));
      const open = await rep.get('/tasks?status=open');
      const daily = open.body.items.find((x: { title: string }) => x.title === '每日填写工作日志');
      expect(daily).toMatchObject({ source: 'duty', scored: true, assignerId: org.ids.m1 });
      expect((await rep.post(`/tasks/${daily.id}/complete`, {})).body.status).toBe('done');
      expect((await mgr.post(`/tasks/${daily.id}/review`, { meetsRequirements: true })).body.status).toBe('accepted');
    } finally {
      await t.close();
    }
  });
});
