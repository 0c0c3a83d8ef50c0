import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { isWorkingDay, localDate } from '@fieldbeat/domain';
import { login, makeApp, PASSWORD, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { line, multipart, pngBytes, visitBody } from '../../test/field-work.js';
import { dueReason } from './index.js';

jest.setTimeout(30_000);

describe('dueReason (R3 applied to today)', () => {
  // 2026-11-23 is a Monday; 2026-11-29 the Sunday of that ISO week.
  const required = { key: 3, normal: 1 };
  const key = (weekDays: string[], visitedYesterday = false) => ({ tier: 'key' as const, weekDays, visitedYesterday });

  it('makes a key store short of its weekly visits due, unless today would break the spacing needlessly', () => {
    expect(dueReason(key([]), '2026-11-23', required)).toBe('key_short_of_weekly_visits');
    expect(dueReason(key(['2026-11-23']), '2026-11-25', required)).toBe('key_short_of_weekly_visits');
    // Visited yesterday (Monday), two more needed, Wed/Fri/Sun remain: not today.
    expect(dueReason(key(['2026-11-23'], true), '2026-11-24', required)).toBeNull();
    // Visited Friday and Saturday, one more needed, no day left after Sunday: today, spacing or not.
    expect(dueReason(key(['2026-11-27', '2026-11-28'], true), '2026-11-29', required)).toBe('key_short_of_weekly_visits');
  });

  it('keeps a key store that has its visits on the every-other-day rhythm', () => {
    expect(dueReason(key(['2026-11-23', '2026-11-25', '2026-11-27']), '2026-11-29', required)).toBe('key_every_other_day');
    expect(dueReason(key(['2026-11-23', '2026-11-25', '2026-11-27'], true), '2026-11-28', required)).toBeNull();
  });

  it('never lists a store already visited today; normal stores only until their weekly visit', () => {
    expect(dueReason(key(['2026-11-25']), '2026-11-25', required)).toBeNull();
    expect(dueReason({ tier: 'normal', weekDays: [], visitedYesterday: false }, '2026-11-25', required)).toBe('normal_not_visited_this_week');
    expect(dueReason({ tier: 'normal', weekDays: ['2026-11-23'], visitedYesterday: false }, '2026-11-25', required)).toBeNull();
  });
});

describe('GET /me/today', () => {
  let t: TestContext;
  let org: Org;
  let r1: Client;
  let m1: Client;
  const today = localDate(new Date(), 'Asia/Shanghai');

  beforeAll(async () => {
    t = await makeApp();
    org = await seedOrg(t.app);
    r1 = await org.as('r1');
    m1 = await org.as('m1');
    // The rep's day is a working day in these tests, whatever day they run on.
    if (!isWorkingDay(today, { holidays: [], workdays: [] })) {
      expect((await org.admin.put(`/calendar/${today.slice(0, 4)}`, { holidays: [], workdays: [today] })).status).toBe(200);
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('runs a rep’s whole day through HTTP: today, live preview, visit, photo, task, log', async () => {
    const { ids } = org;
    const task = await m1.post('/tasks', { title: '检查新品陈列', description: 'S1 新品是否上架', assigneeId: ids.r1, dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(task.status).toBe(201);
    // An earlier count of P12 in S1, so that today's visit has a suggestion (in the week before, not to affect "due").
    const earlier = new Date(Date.now() - 8 * 86_400_000).toISOString();
    expect((await r1.post('/visits', visitBody(ids.S1!, earlier, [line(ids.P12!, { stockQty: 3, orderQty: 4 })]))).status).toBe(201);

    // 1. The day: both stores due, the task open, no log yet.
    const morning = await r1.get('/me/today');
    expect(morning.status).toBe(200);
    expect(morning.body).toMatchObject({ date: today, workingDay: true, workLogWritten: false });
    expect(morning.body.storesDue).toEqual([
      expect.objectContaining({ storeId: ids.S1, tier: 'key', reason: 'key_short_of_weekly_visits', visitDaysThisWeek: 0, required: 3 }),
      expect.objectContaining({ storeId: ids.S1N, tier: 'normal', reason: 'normal_not_visited_this_week' }),
    ]);
    expect(morning.body.tasks.map((x: { id: string }) => x.id)).toEqual([task.body.id]);

    // 2. In the store: the live preview while counting.
    const now = new Date().toISOString();
    const form = visitBody(ids.S1!, now, [line(ids.P12!, { stockQty: 2 }), line(ids.PK!, { facings: 1 })], {
      id: '7d3c1e6a-2b4f-4c1d-9a8e-5f6b7c8d9e0f',
      location: { lat: 31.2304, lng: 121.4737, accuracy: 5 },
    });
    const preview = await r1.post('/visits/preview', form);
    expect(preview.status).toBe(200);
    expect(preview.body.lines[0].suggestedOrderQty).toBe(12); // R1: (3+4-2)*1.5-2 = 5.5 -> 6 -> one pack of 12
    expect(preview.body.lines[1].issues).toEqual(['facings_below_minimum']);

    // 3. The visit, with the suggested quantity ordered; synced twice by a flaky network.
    const body = { ...form, lines: [{ ...form.lines[0], orderQty: 12 }, form.lines[1]], checkOutAt: now, signedBy: '店长王' };
    const visit = await r1.post('/visits', body);
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ distanceMeters: 0, issues: [] });
    expect((await r1.post('/visits', body)).status).toBe(200);

    // 4. A shelf photo.
    const photo = multipart(pngBytes(2048));
    const uploaded = await r1.post(`/visits/${visit.body.id}/photos`, photo.body, photo.headers);
    expect(uploaded.status).toBe(201);
    const token = await login(t.app, 'r1', PASSWORD);
    const served = await t.app.inject({ method: 'GET', url: `/api/v1/visits/${visit.body.id}/photos/${uploaded.body.id}`, headers: { authorization: `Bearer ${token}` } });
    expect(served.statusCode).toBe(200);

    // 5. The task done.
    expect((await r1.post(`/tasks/${task.body.id}/complete`, { note: '新品已上架，见照片' })).body.status).toBe('done');

    // 6. The log.
    expect((await r1.put(`/work-logs/${today}`, { content: '拜访S1，新品上架，下单12袋' })).status).toBe(200);

    // The day afterwards: S1 visited today, the task done, the log written.
    const evening = await r1.get('/me/today');
    expect(evening.body.storesDue.map((s: { storeId: string }) => s.storeId)).toEqual([ids.S1N]);
    expect(evening.body.tasks).toEqual([]);
    expect(evening.body.workLogWritten).toBe(true);

    // The manager sees the visit and reviews the task.
    expect((await m1.get(`/visits/${visit.body.id}`)).body.lines[0]).toMatchObject({ orderQty: 12, suggestedOrderQty: 12 });
    expect((await m1.post(`/tasks/${task.body.id}/review`, { meetsRequirements: true })).body.status).toBe('accepted');
  });

  it('is the caller’s own day: a manager without stores has none due', async () => {
    const res = await m1.get('/me/today');
    expect(res.status).toBe(200);
    expect(res.body.storesDue).toEqual([]);
  });
});
