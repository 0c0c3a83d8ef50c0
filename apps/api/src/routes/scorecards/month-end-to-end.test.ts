import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { makeApp, seedOrg, type TestContext } from '../../test/helpers.js';
import { as, freezeTime, realTime, setTime } from '../../test/fixtures-scoring.js';

jest.setTimeout(60_000);

/*
 * One rep's October 2026 lived day by day through the real endpoints, with the clock moved
 * to each moment: a calendar with the National Day holidays and a make-up Saturday (调休), and
 * 2 November a holiday too, so the paperwork deadline moves to the 2nd working day, 4 November.
 *
 *   October working days: 22 weekdays - 5 holidays + 1 make-up Saturday = 18
 *   logs on all of them; 10-10 written 4 Nov 22:00 (on time only thanks to the holiday),
 *     10-30 written 5 Nov (late): work_log_missing -1; one flagged vague: -0.5
 *   survey graded 1.5: -1.5
 *   a task completed late and a task reviewed as not meeting requirements: -4
 *   plan 80000, collections 80000, a refund of 3000 executed 25 Oct: 96.25%, -1.5
 *   total 100 - 1 - 0.5 - 1.5 - 4 - 1.5 = 91.5
 */

const HOLIDAYS = ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-11-02'];
const MAKE_UP = '2026-10-10';
const WORKING_DAYS = [
  '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16',
  '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-26', '2026-10-27', '2026-10-28',
  '2026-10-29', '2026-10-30',
];
/** 18:00 in Shanghai on a date. */
const evening = (date: string) => `${date}T10:00:00.000Z`;

let ctx: TestContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  freezeTime('2026-09-20T02:00:00.000Z');
  ctx = await makeApp();
  const org = await seedOrg(ctx.app);
  Object.assign(ids, org.ids);
  const calendar = await org.admin.put('/calendar/2026', { holidays: HOLIDAYS, workdays: [MAKE_UP] });
  expect(calendar.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await ctx.close();
  realTime();
});

describe('a month of real inputs', () => {
  it('scores October under the calendar, through every feature’s own endpoint', async () => {
    const app = ctx.app;
    let m1 = await as(app, 'm1');
    expect((await m1.put(`/collection-plans/${ids.r1}/2026-10`, { amount: 80000 })).status).toBe(200);
    expect((await m1.get(`/scorecards/${ids.r1}/2026-10`)).body.items.find((i: { code: string }) => i.code === 'work_log_missing').inputs.workingDays).toBe(18);

    // Tasks assigned on 1 October.
    setTime('2026-10-01T02:00:00.000Z');
    m1 = await as(app, 'm1');
    const task = async (dueDate: string) => {
      const res = await m1.post('/tasks', { title: `report ${dueDate}`, description: 'weekly report', assigneeId: ids.r1, dueAt: `${dueDate}T18:00:00+08:00` });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const late = await task('2026-10-20');
    const rejected = await task('2026-10-22');
    const fine = await task('2026-10-23');

    for (const date of WORKING_DAYS) {
      if (date === MAKE_UP || date === '2026-10-30') continue;
      setTime(evening(date));
      const r1 = await as(app, 'r1');
      const res = await r1.put(`/work-logs/${date}`, { content: `拜访门店，整理陈列 ${date}` });
      expect([date, res.status]).toEqual([date, 200]);
      if (date === '2026-10-21') expect((await r1.post(`/tasks/${late}/complete`, {})).status).toBe(200);
      if (date === '2026-10-22') expect((await r1.post(`/tasks/${rejected}/complete`, {})).status).toBe(200);
      if (date === '2026-10-23') expect((await r1.post(`/tasks/${fine}/complete`, {})).status).toBe(200);
      if (date === '2026-10-28') expect((await r1.post('/market-surveys', { month: '2026-10', content: '竞品价格调查' })).status).toBe(201);
    }

    // A return executed on 25 October reduces October's collections.
    setTime('2026-10-25T03:00:00.000Z');
    const r1 = await as(app, 'r1');
    const ret = await r1.post('/returns', { storeId: ids.S1, productId: ids.P1, qty: 500, reason: 'quality_defect' }); // worth 3250.00: the refund stays within it
    expect(ret.status).toBe(201);
    expect(ret.body.status).toBe('approved');
    m1 = await as(app, 'm1');
    expect((await m1.post(`/returns/${ret.body.id}/execute`, { refundAmount: 3000 })).status).toBe(200);
    expect((await m1.post('/collections', { userId: ids.r1, date: '2026-10-10', amount: 80000 })).status).toBe(201);

    // The manager's reviews, the vague flag and the survey grade, in early November.
    setTime('2026-11-03T02:00:00.000Z');
    m1 = await as(app, 'm1');
    expect((await m1.post(`/tasks/${rejected}/review`, { meetsRequirements: false, note: '数据不全' })).status).toBe(200);
    expect((await m1.post(`/tasks/${fine}/review`, { meetsRequirements: true })).status).toBe(200);
    expect((await m1.post(`/work-logs/${ids.r1}/2026-10-12/flag-vague`, { note: '只写了“拜访”' })).status).toBe(200);
    const surveys = await m1.get(`/market-surveys?userId=${ids.r1}&month=2026-10`);
    const surveyId = surveys.body.items[0].id;
    expect((await m1.post(`/market-surveys/${surveyId}/grade`, { penalty: 1.5 })).status).toBe(200);

    // The make-up Saturday's log at 22:00 on 4 November: on time, because 2 November is a holiday.
    setTime('2026-11-04T14:00:00.000Z');
    expect((await (await as(app, 'r1')).put(`/work-logs/${MAKE_UP}`, { content: '补班日拜访' })).status).toBe(200);
    // 30 October's log on 5 November: too late.
    setTime('2026-11-05T02:00:00.000Z');
    expect((await (await as(app, 'r1')).put('/work-logs/2026-10-30', { content: '补写' })).status).toBe(200);

    setTime('2026-11-10T02:00:00.000Z');
    const card = (await (await as(app, 'r1')).get(`/scorecards/${ids.r1}/2026-10`, { 'accept-language': 'en' })).body;
    const line = (code: string) => card.items.find((i: { code: string }) => i.code === code);
    expect(card.deadlineAt).toBe('2026-11-04T15:59:59.999Z');
    expect(line('work_log_missing')).toMatchObject({ points: -1, inputs: { workingDays: 18, fromDate: '2026-10-08', missingDates: ['2026-10-30'] } });
    expect(line('work_log_vague')).toMatchObject({ points: -0.5, inputs: { vagueDates: ['2026-10-12'] } });
    expect(line('market_survey').points).toBe(-1.5);
    expect(line('assigned_task').points).toBe(-4);
    expect(line('collection')).toMatchObject({ points: -1.5, inputs: { collected: 80000, refunded: 3000, actual: 77000 } });
    expect(line('collection').explanation).toContain('96.25');
    expect(card.total).toBe(91.5);
    expect(card.provisional).toBe(false);
  });
});
