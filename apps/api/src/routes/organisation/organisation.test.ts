import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, localDate, workingDaysInMonth } from '@fieldbeat/domain';
import { seededOrg } from '../../test/seeded-org.js';

const { org } = seededOrg();


describe('settings', () => {
  it('starts with the handbook defaults and an ETag', async () => {
    const res = await org.admin.get('/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject(DEFAULT_SETTINGS);
    expect(typeof res.body.anomalyThresholdPct).toBe('number');
    expect(res.headers.etag).toBe('"v0"');
  });

  it('updates with If-Match, refuses a stale ETag with 412, and audits the change', async () => {
    const current = await org.admin.get('/settings');
    const next = { ...current.body, geofenceMeters: 300 };
    const ok = await org.admin.put('/settings', next, { 'if-match': current.headers.etag as string });
    expect(ok.status).toBe(200);
    expect(ok.body.geofenceMeters).toBe(300);
    expect(ok.headers.etag).toBe('"v1"');
    const stale = await org.admin.put('/settings', { ...next, geofenceMeters: 400 }, { 'if-match': '"v0"' });
    expect(stale.status).toBe(412);
    expect((await org.admin.get('/settings')).body.geofenceMeters).toBe(300);
    const audit = await org.admin.get('/audit?entity=settings');
    expect(audit.body.items[0]).toMatchObject({ action: 'update', before: { geofenceMeters: 200 }, after: { geofenceMeters: 300 } });
  });

  it('refuses bad values naming the field, and callers without settings.manage', async () => {
    const current = (await org.admin.get('/settings')).body;
    const bad = await org.admin.put('/settings', { ...current, reorderFactor: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('/reorderFactor');
    const badTz = await org.admin.put('/settings', { ...current, timezone: 'Mars/Olympus' });
    expect(badTz.status).toBe(400);
    expect(badTz.body.errors[0].path).toBe('/timezone');
    const missing = await org.admin.put('/settings', { timezone: 'Asia/Shanghai' });
    expect(missing.status).toBe(400);
    const rep = await org.as('r1');
    expect((await rep.get('/settings')).status).toBe(200);
    expect((await rep.put('/settings', current)).status).toBe(403);
  });
});

describe('calendar', () => {
  it("starts with the State Council's official schedule: 2026 has 248 working days", async () => {
    const res = await org.admin.get('/calendar/2026');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"v0"');
    expect(res.body.source).toBe('official');
    // 国办发明电〔2025〕7号: National Day 1-7 October off, Saturday 10 October and Sunday 20 September worked;
    // Spring Festival 15-23 February off, Saturdays 14 and 28 February worked.
    expect(res.body.holidays).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-07', '2026-02-16', '2026-05-01', '2026-06-19']));
    expect(res.body.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const calendar = { holidays: res.body.holidays as string[], workdays: res.body.workdays as string[] };
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(months.reduce((n, m) => n + workingDaysInMonth(m, calendar).length, 0)).toBe(248);
    // A year without a published schedule stays plain Monday to Friday.
    expect((await org.admin.get('/calendar/2099')).body).toEqual({ year: 2099, holidays: [], workdays: [], source: 'none' });
  });

  it('the official days drive the work-log rules until the organisation saves its own year, which wins', async () => {
    const rep = await org.as('r1');
    const log = { content: '拜访门店' };
    // National Day 2025: Wednesday 1 October is an official holiday, Saturday 11 October a make-up working day.
    const holiday = await rep.put('/work-logs/2025-10-01', log);
    expect(holiday.status).toBe(400);
    expect(holiday.body.errors[0]).toMatchObject({ path: '/params/date', message: 'is not a working day' });
    expect((await rep.put('/work-logs/2025-10-11', log)).status).toBe(200);
    const put = await org.admin.put('/calendar/2025', { holidays: ['2025-10-02'], workdays: [] }, { 'if-match': '"v0"' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ year: 2025, holidays: ['2025-10-02'], workdays: [], source: 'organisation' });
    expect((await org.admin.get('/calendar/2025')).body).toEqual({ year: 2025, holidays: ['2025-10-02'], workdays: [], source: 'organisation' });
    expect((await rep.put('/work-logs/2025-10-01', log)).status).toBe(200);
    expect((await rep.put('/work-logs/2025-10-02', log)).status).toBe(400);
    // Saturday 11 October is an ordinary weekend day in the organisation's own 2025; other years keep the official schedule.
    expect((await rep.put('/work-logs/2025-10-11', log)).status).toBe(400);
    expect((await org.admin.get('/calendar/2024')).body.source).toBe('official');
  });

  it('stores holidays and make-up working days per year', async () => {
    const put = await org.admin.put('/calendar/2026', { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] });
    expect(put.status).toBe(200);
    expect((await org.admin.get('/calendar/2026')).body).toEqual({
      year: 2026,
      holidays: ['2026-10-01', '2026-10-02'],
      workdays: ['2026-10-10'],
      source: 'organisation',
    });
  });

  it('refuses dates outside the year, a day that is both, bad dates, and non-admins', async () => {
    const outside = await org.admin.put('/calendar/2026', { holidays: ['2027-01-01'], workdays: [] });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0].path).toBe('/holidays/0');
    expect((await org.admin.put('/calendar/2026', { holidays: ['2026-05-01'], workdays: ['2026-05-01'] })).status).toBe(400);
    expect((await org.admin.put('/calendar/2026', { holidays: ['2026-02-30'], workdays: [] })).status).toBe(400);
    expect((await org.admin.get('/calendar/abc')).status).toBe(400);
    expect((await (await org.as('m1')).put('/calendar/2026', { holidays: [], workdays: [] })).status).toBe(403);
  });
});

describe('role definitions', () => {
  const role = {
    code: 'merchandiser',
    title: '理货员',
    department: '销售部',
    headcount: 4,
    reportsTo: 'ka_manager',
    summary: '负责门店陈列与理货',
    duties: [{ text: '每日填写工作日志', cadence: { kind: 'daily' }, scored: true }],
    requirements: ['高中以上学历'],
    authorities: ['有权提出促销申请'],
    permissions: ['visits.log'],
    kpis: [{ name: '陈列达标率', target: 95, unit: '%' }],
  };

  it('creates version 1 with the handbook scoring defaults', async () => {
    const res = await org.admin.post('/roles', role);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'merchandiser', version: 1, scoring: { baseScore: 100, collectionPointsPerPercent: 0.5, disciplineMin: 2, disciplineMax: 5 } });
    expect((await org.admin.post('/roles', role)).status).toBe(409);
  });

  it('saves each PUT as a new version and lists the history', async () => {
    const v1 = await org.admin.get('/roles/merchandiser');
    const put = await org.admin.put(
      '/roles/merchandiser',
      { ...role, code: undefined, scoring: { ...v1.body.scoring, missingLogPenalty: 2 }, note: 'two points per missing log' },
      { 'if-match': v1.headers.etag as string },
    );
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);
    expect(put.body.scoring.missingLogPenalty).toBe(2);
    const stale = await org.admin.put('/roles/merchandiser', { ...role, note: 'stale' }, { 'if-match': v1.headers.etag as string });
    expect(stale.status).toBe(412);
    const versions = await org.admin.get('/roles/merchandiser/versions');
    expect(versions.body.items.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(versions.body.items[1].scoring.missingLogPenalty).toBe(1);
    // Each version says who saved it, when, why, and the first month it scores (by default this one).
    const me = (await org.admin.get('/me')).body;
    const thisMonth = localDate(new Date(), 'Asia/Shanghai').slice(0, 7);
    expect(versions.body.items[0]).toMatchObject({ note: 'two points per missing log', createdBy: me.id, createdByName: me.displayName, effectiveFrom: thisMonth });
    expect(versions.body.items[1]).toMatchObject({ note: null, effectiveFrom: thisMonth });
    expect(put.body).toMatchObject({ note: 'two points per missing log', effectiveFrom: thisMonth });
    const paged = await org.admin.get('/roles/merchandiser/versions?limit=1');
    expect(paged.body.items).toHaveLength(1);
    const next = await org.admin.get(`/roles/merchandiser/versions?limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.items[0].version).toBe(1);
    expect(next.body.nextCursor).toBeNull();
  });

  it('refuses unknown permissions, an unknown reportsTo, a bad scoring range, a code mismatch, and non-admins', async () => {
    const badPerm = await org.admin.post('/roles', { ...role, code: 'x1', permissions: ['fly'] });
    expect(badPerm.status).toBe(400);
    expect(badPerm.body.errors[0].path).toMatch(/^\/permissions/);
    const badBoss = await org.admin.post('/roles', { ...role, code: 'x2', reportsTo: 'nobody' });
    expect(badBoss.status).toBe(400);
    expect(badBoss.body.errors[0].path).toBe('/reportsTo');
    const v = (await org.admin.get('/roles/merchandiser')).body;
    const badRange = await org.admin.post('/roles', { ...role, code: 'x3', scoring: { ...v.scoring, disciplineMin: 6, disciplineMax: 5 } });
    expect(badRange.status).toBe(400);
    const mismatch = await org.admin.put('/roles/merchandiser', { ...role, code: 'other', note: 'rename' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].path).toBe('/code');
    expect((await org.admin.put('/roles/nope', { ...role, code: undefined, note: 'x' })).status).toBe(404);
    expect((await org.admin.get('/roles/nope')).status).toBe(404);
    const mgr = await org.as('m1');
    expect((await mgr.post('/roles', { ...role, code: 'x4' })).status).toBe(403);
    expect((await mgr.get('/roles/merchandiser')).status).toBe(200);
  });

  it('grants the permissions of the current version to its users at once', async () => {
    const rep = await org.as('r1');
    expect((await rep.get('/me')).body.permissions).not.toContain('reports.read');
    const current = await org.admin.get('/roles/sales_rep');
    const saved = await org.admin.put('/roles/sales_rep', { ...current.body, permissions: [...current.body.permissions, 'reports.read'], note: 'reps read reports' });
    expect(saved.status).toBe(200);
    expect((await rep.get('/me')).body.permissions).toContain('reports.read');
  });
});
