import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { localDate, monthOf, shiftMonth } from '@fieldbeat/domain';
import { makeWorkingDay, type Client } from '../test/helpers.js';
import { seededOrg } from '../test/seeded-org.js';
import { generateDutyTasks } from './duty-tasks.js';
import { connectionOf } from '../db/client.js';

jest.setTimeout(60_000);

// RULES R6: a duty done by a record (closedBy) closes its own checklist task.
let r1: Client;
let r1b: Client;
let r2: Client;
const today = localDate(new Date(), 'Asia/Shanghai');
const lastMonth = shiftMonth(monthOf(today), -1);

type Row = { id: string; assignee_id: string; title: string; description: string; status: string; completed_at: string | null };
const tasksOf = (userId: string) =>
  connectionOf(t.app.db).prepare("SELECT * FROM tasks WHERE source = 'duty' AND assignee_id = ? ORDER BY title").all(userId) as Row[];
const byTitle = (userId: string, title: string) => tasksOf(userId).find((r) => r.title === title);

const { t, org } = seededOrg();
beforeAll(async () => {
  // The daily duty is due only on a working day: make today one if it is not.
  await makeWorkingDay(org.admin, today);
  const rep = (await org.admin.get('/roles/sales_rep')).body;
  const saved = await org.admin.put('/roles/sales_rep', {
    title: rep.title,
    permissions: rep.permissions,
    note: 'duties closed by their work',
    duties: [
      {
        title: '写工作日志',
        text: '工作日志：每个工作日填写“工作日志”，每月第2个工作日向经理报送。',
        cadence: { kind: 'daily' },
        closedBy: 'work_log',
      },
      { text: '市场调查表：每月第1个工作日报送上月“市场调查表”。', cadence: { kind: 'monthly', workingDay: 1 }, closedBy: 'market_survey' },
      { text: '每日整理门店陈列照片', cadence: { kind: 'daily' } },
    ],
  });
  expect(saved.status).toBe(200);
  [r1, r1b, r2] = await Promise.all([org.as('r1'), org.as('r1b'), org.as('r2')]);
}, 120_000);

describe('duty tasks that their work closes (R6)', () => {
  it('are titled shortly, with the handbook sentence as the description', () => {
    generateDutyTasks(t.app.db);
    const log = byTitle(org.ids.r1!, '写工作日志')!;
    expect(log.description).toBe('工作日志：每个工作日填写“工作日志”，每月第2个工作日向经理报送。');
    expect(byTitle(org.ids.r1!, '市场调查表')).toBeDefined();
    expect(byTitle(org.ids.r1!, '每日整理门店陈列照片')).toBeDefined();
    expect(tasksOf(org.ids.r1!).every((r) => r.status === 'open')).toBe(true);
  });

  it('close when the day’s log is written, audited as the system’s; other duties stay open', async () => {
    expect((await r1.put(`/work-logs/${today}`, { content: '上午拜访两家门店，下午整理订单。' })).status).toBe(200);
    const log = byTitle(org.ids.r1!, '写工作日志')!;
    expect(log.status).toBe('done');
    expect(log.completed_at).toBeTruthy();
    expect(byTitle(org.ids.r1!, '每日整理门店陈列照片')!.status).toBe('open');
    expect(byTitle(org.ids.r1!, '市场调查表')!.status).toBe('open');
    expect(byTitle(org.ids.r1b!, '写工作日志')!.status).toBe('open'); // another rep's log is theirs
    const audit = connectionOf(t.app.db)
      .prepare("SELECT actor_type AS type, actor_id AS actor FROM audit_log WHERE entity = 'task' AND entity_id = ? AND action = 'complete'")
      .all(log.id);
    expect(audit).toEqual([{ type: 'system', actor: null }]);
    // Rewriting the log changes nothing more.
    expect((await r1.put(`/work-logs/${today}`, { content: '上午拜访两家门店，下午整理订单并回访。' })).status).toBe(200);
    expect(byTitle(org.ids.r1!, '写工作日志')!.completed_at).toBe(log.completed_at);
  });

  it('close when last month’s survey is handed in, not this month’s', async () => {
    expect((await r2.post('/market-surveys', { month: monthOf(today), content: '本月竞品降价明显。' })).status).toBe(201);
    expect(byTitle(org.ids.r2!, '市场调查表')!.status).toBe('open');
    expect((await r1.post('/market-surveys', { month: lastMonth, content: '上月竞品促销两次。' })).status).toBe(201);
    expect(byTitle(org.ids.r1!, '市场调查表')!.status).toBe('done');
  });

  it('are created done when the record was written before the task was generated', async () => {
    connectionOf(t.app.db).prepare("DELETE FROM tasks WHERE source = 'duty' AND assignee_id = ?").run(org.ids.r1b);
    expect((await r1b.put(`/work-logs/${today}`, { content: '全天拜访门店。' })).status).toBe(200);
    expect(generateDutyTasks(t.app.db)).toBeGreaterThan(0);
    expect(byTitle(org.ids.r1b!, '写工作日志')!.status).toBe('done');
    expect(byTitle(org.ids.r1b!, '每日整理门店陈列照片')!.status).toBe('open');
  });

  it('refuses a closedBy that does not fit the duty’s cadence, naming the field', async () => {
    const rep = (await org.admin.get('/roles/sales_rep')).body;
    const res = await org.admin.put('/roles/sales_rep', {
      title: rep.title,
      permissions: rep.permissions,
      note: 'a weekly duty closed by the log',
      duties: [{ text: '每周计划', cadence: { kind: 'weekly', weekday: 6 }, closedBy: 'work_log' }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('/duties/0/closedBy');
  });
});
