import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { login, PASSWORD } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';
import { isoWeekDates, isoWeekOf, localDate, shiftDate } from '@fieldbeat/domain';
import { paths, visitBody } from '../../test/field-work.js';

jest.setTimeout(30_000);

// ISO week 2026-W40 runs from Monday 2026-09-28 to Sunday 2026-10-04.
const WEEK = '2026-W40';

type Row = { storeId: string; tier: string; visitDays: number; required: number; frequencyOk: boolean; spacingOk: boolean; days: string[]; explanation: string };
const rowOf = (items: Row[], storeId: string) => items.find((r) => r.storeId === storeId);

const { t, org, as: { r1, r2, m1 } } = seededOrg('r1', 'r2', 'm1');
beforeAll(async () => {
  const { ids } = org;
  // S1 (key): Mon, Wed, Fri — twice on Wednesday. Times are UTC; dates are Asia/Shanghai.
  for (const at of ['2026-09-28T02:00:00Z', '2026-09-30T02:00:00Z', '2026-09-30T07:00:00Z', '2026-10-02T02:00:00Z']) {
    expect((await r1.post('/visits', visitBody(ids.S1!, at, []))).status).toBe(201);
  }
  // S2 (key): Mon, Tue, Thu — and 2026-10-04T17:00Z is already Monday 2026-10-05 in Shanghai (next week).
  for (const at of ['2026-09-28T02:00:00Z', '2026-09-29T02:00:00Z', '2026-10-01T02:00:00Z', '2026-10-04T17:00:00Z']) {
    expect((await r2.post('/visits', visitBody(ids.S2!, at, []))).status).toBe(201);
  }
  // A closed store is not listed.
  await org.admin.post('/stores', { code: 'CLOSED', name: 'Closed', tier: 'normal', channel: 'retail', ownerId: ids.r1, status: 'closed' });
}, 120_000);

describe('GET /reports/visit-compliance', () => {
  it('applies R3 per store: key Mon/Wed/Fri both ok, key Mon/Tue/Thu spacing not ok, an unvisited normal store not ok', async () => {
    const res = await org.admin.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(res.status).toBe(200);
    const { ids } = org;
    expect(rowOf(res.body.items, ids.S1!)).toMatchObject({
      tier: 'key', visitDays: 3, required: 3, frequencyOk: true, spacingOk: true, days: ['2026-09-28', '2026-09-30', '2026-10-02'],
    });
    expect(rowOf(res.body.items, ids.S2!)).toMatchObject({ tier: 'key', visitDays: 3, frequencyOk: true, spacingOk: false });
    expect(rowOf(res.body.items, ids.S1N!)).toMatchObject({ tier: 'normal', visitDays: 0, required: 1, frequencyOk: false, spacingOk: true });
    expect(res.body.items).toHaveLength(3); // active stores only
    // the explanation is the sentence (zh-CN by default), its key and params beside it
    const s2 = rowOf(res.body.items, ids.S2!);
    expect(s2).toMatchObject({ explanationKey: 'visit_frequency.key_adjacent', explanationParams: expect.objectContaining({ visitDays: 3 }) });
    expect(s2?.explanation).toMatch(/[\u4e00-\u9fff]/);
    expect(s2).not.toHaveProperty('text');
    const en = await org.admin.get(`/reports/visit-compliance?week=${WEEK}`, { 'accept-language': 'en' });
    expect(rowOf(en.body.items, ids.S2!)?.explanation).toMatch(/^Key store/);
  });

  it('counts the next week separately, by the local date of the check-in', async () => {
    const res = await org.admin.get('/reports/visit-compliance?week=2026-W41');
    expect(rowOf(res.body.items, org.ids.S2!)).toMatchObject({ visitDays: 1, frequencyOk: false, days: ['2026-10-05'] });
  });

  it('answers CSV (UTF-8 with BOM) and a real XLSX workbook for Excel', async () => {
    const csv = await m1.get(`/reports/visit-compliance?week=${WEEK}`, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('门店编码,门店,级别,拜访天数,要求,频率达标,间隔达标,拜访日期,说明');
    expect(lines.find((l) => l.startsWith('S1,'))).toMatch(/^S1,Store S1,key,3,3,true,true,2026-09-28 2026-09-30 2026-10-02,/);
    const { default: ExcelJS } = await import('exceljs');
    const token = await login(t.app, 'm1', PASSWORD);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/visit-compliance?week=${WEEK}&format=xlsx`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const codes = sheet.getColumn(1).values.slice(2);
    expect(codes).toEqual(expect.arrayContaining(['S1', 'S1N']));
  });

  it('lists only the stores the caller may see', async () => {
    const mine = await r1.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(mine.body.items.map((r: Row) => r.storeId).sort()).toEqual([org.ids.S1, org.ids.S1N].sort());
    const team = await m1.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(team.body.items.map((r: Row) => r.storeId).sort()).toEqual([org.ids.S1, org.ids.S1N].sort());
    const other = await r2.get(`/reports/visit-compliance?week=${WEEK}`);
    expect(other.body.items.map((r: Row) => r.storeId)).toEqual([org.ids.S2]);
  });

  it('uses the visit-frequency settings', async () => {
    const settings = await org.admin.get('/settings');
    await org.admin.put('/settings', { ...settings.body, keyStoreVisitsPerWeek: 4 });
    try {
      const res = await org.admin.get(`/reports/visit-compliance?week=${WEEK}`);
      expect(rowOf(res.body.items, org.ids.S1!)).toMatchObject({ required: 4, frequencyOk: false });
    } finally {
      await org.admin.put('/settings', settings.body);
    }
  });

  it('refuses a malformed week, and a week 53 in a year that has none', async () => {
    const bad = await org.admin.get('/reports/visit-compliance?week=2026-40');
    expect(bad.status).toBe(400);
    expect(paths(bad.body)).toEqual(['/query/week']);
    const w53 = await org.admin.get('/reports/visit-compliance?week=2025-W53');
    expect(w53.status).toBe(400);
    expect(paths(w53.body)).toEqual(['/query/week']);
  });
});

type Point = { week: string; from: string; to: string; stores: number; met: number; ratePct: number | null; inProgress: boolean; status: string; explanation: string; explanationKey: string };
/** The current ISO week in the organisation's zone, from the (possibly shifted) wall clock. */
const currentWeek = () => isoWeekOf(localDate(new Date(), 'Asia/Shanghai'));
const nextWeek = (week: string) => isoWeekOf(shiftDate(isoWeekDates(week)[0]!, 7));

/** A request about "this week", asked again should the week turn between reading the clock and the answer. */
async function duringOneWeek<T>(ask: (week: string) => Promise<T>): Promise<{ week: string; answer: T }> {
  for (;;) {
    const week = currentWeek();
    const answer = await ask(week);
    if (currentWeek() === week) return { week, answer };
  }
}

describe('GET /reports/visit-compliance/weeks (the weekly series)', () => {
  it('judges finished weeks; a week without a single visit is a gap (null), a week of visits that met nothing is 0 %', async () => {
    const res = await org.admin.get('/reports/visit-compliance/weeks?week=2026-W41&count=3', { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    const weeks = res.body.weeks as Point[];
    expect(weeks.map((w) => w.week)).toEqual(['2026-W39', '2026-W40', '2026-W41']);
    expect(weeks[0]).toMatchObject({ from: '2026-09-21', to: '2026-09-27', stores: 3, ratePct: null, inProgress: false, status: 'no_visits' });
    expect(weeks[0]!.explanation).toBe('2026-W39 (2026-09-21 to 2026-09-27): no visits recorded at the 3 stores; no data, not 0%.');
    expect(weeks[0]!.explanationKey).toBe('compliance_week.no_visits');
    // W40: S1 met, S2 not (adjacent days), S1N not visited.
    expect(weeks[1]).toMatchObject({ stores: 3, met: 1, ratePct: 33.3, inProgress: false, status: 'complete' });
    // W41: S2 visited once (a key store needs 3): data, and nothing met.
    expect(weeks[2]).toMatchObject({ met: 0, ratePct: 0, status: 'complete' });
    // The single week says the same.
    const single = await org.admin.get('/reports/visit-compliance?week=2026-W40');
    expect(single.body).toMatchObject({ week: '2026-W40', inProgress: false, summary: { ratePct: 33.3, status: 'complete' } });
  });

  it('marks the current week in progress, at any instant, with the rate so far; a later week has no data', async () => {
    // A normal store visited now has met its week already; the two key stores have not.
    expect((await r1.post('/visits', visitBody(org.ids.S1N!, new Date().toISOString(), []))).status).toBe(201);
    const { week, answer } = await duringOneWeek(async () => org.admin.get('/reports/visit-compliance/weeks?count=2'));
    expect(answer.status).toBe(200);
    const [before, current] = answer.body.weeks as Point[];
    expect(answer.body.week).toBe(week);
    expect(current).toMatchObject({ week, inProgress: true, status: 'in_progress', stores: 3, met: 1, ratePct: 33.3 });
    expect(current!.explanation).toMatch(/本周进行中/);
    expect(before).toMatchObject({ inProgress: false, ratePct: null, status: 'no_visits' });

    const single = await duringOneWeek(async () => org.admin.get('/reports/visit-compliance'));
    expect(single.answer.body).toMatchObject({ week: single.week, inProgress: true, summary: { status: 'in_progress', ratePct: 33.3 } });

    const later = await duringOneWeek(async (w) => org.admin.get(`/reports/visit-compliance/weeks?week=${nextWeek(w)}&count=1`));
    expect(later.answer.body.weeks[0]).toMatchObject({ week: nextWeek(later.week), ratePct: null, inProgress: false, status: 'future' });
  });

  it('answers CSV for Excel, only over the stores the caller may see', async () => {
    const csv = await m1.get('/reports/visit-compliance/weeks?week=2026-W40&count=1', { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('周,开始,结束,门店数,达标门店,达标率(%),本周进行中,说明');
    // m1's team: S1 (met) and S1N (not visited that week).
    expect(lines[1]).toMatch(/^2026-W40,2026-09-28,2026-10-04,2,1,50,false,/);
  });

  it('refuses a malformed week or count (400 naming the field)', async () => {
    for (const [query, path] of [
      ['week=2025-W53', '/query/week'],
      ['count=0', '/query/count'],
      ['count=54', '/query/count'],
      ['count=two', '/query/count'],
    ]) {
      const res = await org.admin.get(`/reports/visit-compliance/weeks?${query}`);
      expect(res.status).toBe(400);
      expect(paths(res.body)).toEqual([path]);
    }
  });
});
