import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { localDate } from '@fieldbeat/domain';
import { seededOrg } from '../../test/seeded-org.js';
import { paths } from '../../test/field-work.js';

jest.setTimeout(30_000);

const { org, as: { r1, r1b, r2, m1, m2 } } = seededOrg('r1', 'r1b', 'r2', 'm1', 'm2');
beforeAll(async () => {
  // 2026-11-03 (Tuesday) a holiday, 2026-11-08 (Sunday) a make-up working day (调休).
  expect((await org.admin.put('/calendar/2026', { holidays: ['2026-11-03'], workdays: ['2026-11-08'] })).status).toBe(200);
}, 120_000);

describe('PUT /work-logs/{date}', () => {
  it('stores the own log of a working day with submittedAt and an ETag', async () => {
    const before = Date.now();
    const res = await r1.put('/work-logs/2026-11-02', { content: '拜访门店5家，新品铺货3家' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: org.ids.r1, date: '2026-11-02', content: '拜访门店5家，新品铺货3家', vague: false });
    expect(Date.parse(res.body.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(res.headers.etag).toMatch(/^"w[0-9a-f]+"$/);
  });

  it('keeps one log per day: a rewrite replaces the content and takes the time of the latest write', async () => {
    const first = await r1.put('/work-logs/2026-11-04', { content: '上午开会' });
    await new Promise((r) => setTimeout(r, 15));
    const second = await r1.put('/work-logs/2026-11-04', { content: '上午开会，下午拜访' }, { 'if-match': first.headers.etag as string });
    expect(second.status).toBe(200);
    expect(second.body.content).toBe('上午开会，下午拜访');
    expect(second.body.submittedAt > first.body.submittedAt).toBe(true);
    // A stale ETag is 412.
    expect((await r1.put('/work-logs/2026-11-04', { content: 'x' }, { 'if-match': first.headers.etag as string })).status).toBe(412);
    const list = await r1.get('/work-logs?month=2026-11');
    expect(list.body.items.filter((l: { date: string }) => l.date === '2026-11-04')).toHaveLength(1);
  });

  it('refuses a day that is not a working day, a holiday, or a future day; accepts a make-up working day', async () => {
    for (const date of ['2026-11-07', '2026-11-03']) {
      const res = await r1.put(`/work-logs/${date}`, { content: 'x' });
      expect(res.status).toBe(400);
      expect(paths(res.body)).toEqual(['/params/date']);
    }
    expect((await r1.put('/work-logs/2026-11-08', { content: '调休上班' })).status).toBe(200);
    const tomorrow = localDate(new Date(Date.now() + 2 * 86_400_000), 'Asia/Shanghai');
    const future = await r1.put(`/work-logs/${tomorrow}`, { content: 'x' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toEqual({ path: '/params/date', message: 'lies in the future' });
  });

  it('refuses bad input with 400', async () => {
    expect(paths((await r1.put('/work-logs/2026-11-05', { content: '' })).body)).toEqual(['/content']);
    expect(paths((await r1.put('/work-logs/2026-11-05', {})).body)).toEqual(['/content']);
    expect((await r1.put('/work-logs/2026-02-30', { content: 'x' })).status).toBe(400);
  });
});

describe('GET /work-logs and flag-vague', () => {
  beforeAll(async () => {
    await r2.put('/work-logs/2026-11-02', { content: 'r2 的日志' });
    await r1b.put('/work-logs/2026-11-02', { content: '拜访' });
  });

  it('lists own logs for a rep and the team’s for a manager; another user’s logs are 404', async () => {
    const mine = await r1.get('/work-logs?month=2026-11');
    expect(mine.body.items.every((l: { userId: string }) => l.userId === org.ids.r1)).toBe(true);
    expect(mine.body.items.map((l: { date: string }) => l.date)).toEqual(['2026-11-08', '2026-11-04', '2026-11-02']);
    const team = await m1.get('/work-logs?month=2026-11');
    expect(new Set(team.body.items.map((l: { userId: string }) => l.userId))).toEqual(new Set([org.ids.r1, org.ids.r1b]));
    expect((await r1.get(`/work-logs?userId=${org.ids.r2}`)).status).toBe(404);
    expect((await m2.get(`/work-logs?userId=${org.ids.r1}`)).status).toBe(404);
    expect((await r1.get(`/work-logs/${org.ids.r2}/2026-11-02`)).status).toBe(404);
    expect((await m1.get(`/work-logs/${org.ids.r1}/2026-11-02`)).status).toBe(200);
    expect((await r1.get('/work-logs?month=2026-13')).status).toBe(400);
  });

  it('lets a manager of the user flag a log as vague, once', async () => {
    const res = await m1.post(`/work-logs/${org.ids.r1b}/2026-11-02/flag-vague`, { note: '只写了“拜访”' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ vague: true, vagueFlaggedBy: org.ids.m1, vagueNote: '只写了“拜访”' });
    expect((await m1.post(`/work-logs/${org.ids.r1b}/2026-11-02/flag-vague`, {})).status).toBe(409);
    const audit = await org.admin.get(`/audit?entity=work_log&entityId=${org.ids.r1b}/2026-11-02`);
    expect(audit.body.items[0]).toMatchObject({ action: 'flag_vague', actorId: org.ids.m1 });
    // The flag stays when the rep rewrites the log.
    expect((await r1b.put('/work-logs/2026-11-02', { content: '拜访A店、B店，补货' })).body.vague).toBe(true);
  });

  it('refuses flagging one’s own log (403), another team’s or a colleague’s (404), and a missing log (404)', async () => {
    expect((await r1.post(`/work-logs/${org.ids.r1}/2026-11-02/flag-vague`, {})).status).toBe(403);
    expect((await m2.post(`/work-logs/${org.ids.r1}/2026-11-02/flag-vague`, {})).status).toBe(404);
    expect((await r1b.post(`/work-logs/${org.ids.r1}/2026-11-02/flag-vague`, {})).status).toBe(404);
    expect((await m1.post(`/work-logs/${org.ids.r1}/2026-11-05/flag-vague`, {})).status).toBe(404);
  });
});
