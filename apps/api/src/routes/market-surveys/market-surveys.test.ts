import { describe, expect, it, jest } from '@jest/globals';
import { seededOrg } from '../../test/seeded-org.js';
import { paths } from '../../test/field-work.js';

jest.setTimeout(30_000);

const { org, as: { r1, r1b, r2, m1, m2 } } = seededOrg('r1', 'r1b', 'r2', 'm1', 'm2');

describe('market surveys', () => {
  let surveyId: string;

  it('stores one survey per user and month; a second is 409', async () => {
    const res = await r1.post('/market-surveys', { month: '2026-10', content: '竞品A降价10%，B新品上市' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: org.ids.r1, month: '2026-10', penalty: null, gradedBy: null, version: 1 });
    surveyId = res.body.id;
    const again = await r1.post('/market-surveys', { month: '2026-10', content: 'again' });
    expect(again.status).toBe(409);
    // Another user's survey for the same month is their own.
    expect((await r1b.post('/market-surveys', { month: '2026-10', content: 'r1b' })).status).toBe(201);
  });

  it('refuses a future month and malformed input', async () => {
    const future = await r1.post('/market-surveys', { month: '2099-01', content: 'x' });
    expect(future.status).toBe(400);
    expect(paths(future.body)).toEqual(['/month']);
    expect(paths((await r1.post('/market-surveys', { month: '2026-13', content: 'x' })).body)).toEqual(['/month']);
    expect(paths((await r1.post('/market-surveys', { month: '2026-09' })).body)).toEqual(['/content']);
  });

  it('is graded 0..5 in half points by a manager of the author, never by the author', async () => {
    expect((await r1.post(`/market-surveys/${surveyId}/grade`, { penalty: 0 })).status).toBe(403);
    expect((await m2.post(`/market-surveys/${surveyId}/grade`, { penalty: 1 })).status).toBe(404);
    expect((await r2.post(`/market-surveys/${surveyId}/grade`, { penalty: 1 })).status).toBe(404);
    for (const penalty of [-1, 5.5, 1.25, '2']) {
      const res = await m1.post(`/market-surveys/${surveyId}/grade`, { penalty });
      expect(res.status).toBe(400);
      expect(paths(res.body)).toEqual(['/penalty']);
    }
    const graded = await m1.post(`/market-surveys/${surveyId}/grade`, { penalty: 2.5 });
    expect(graded.status).toBe(200);
    expect(graded.body).toMatchObject({ penalty: 2.5, gradedBy: org.ids.m1, version: 2 });
    // A second grade replaces the first, and is audited.
    expect((await m1.post(`/market-surveys/${surveyId}/grade`, { penalty: 5 })).body).toMatchObject({ penalty: 5, version: 3 });
    const audit = await org.admin.get(`/audit?entity=market_survey&entityId=${surveyId}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['grade', 'grade', 'create']);
  });

  it('lists and reads surveys within visibility', async () => {
    expect((await r1.get(`/market-surveys/${surveyId}`)).status).toBe(200);
    expect((await r2.get(`/market-surveys/${surveyId}`)).status).toBe(404);
    const team = await m1.get('/market-surveys?month=2026-10');
    expect(team.body.items).toHaveLength(2);
    const waiting = await m1.get('/market-surveys?graded=false');
    expect(waiting.body.items.map((s: { userId: string }) => s.userId)).toEqual([org.ids.r1b]);
    expect((await r2.get(`/market-surveys?userId=${org.ids.r1}`)).status).toBe(404);
  });

  it('is graded up to the author’s scoring scheme’s surveyMaxPenalty for the survey’s month, not a fixed 5', async () => {
    const theirs = (await m1.get('/market-surveys?graded=false')).body.items[0];
    expect(theirs.userId).toBe(org.ids.r1b);
    const setMax = async (surveyMaxPenalty: number) => {
      const role = (await org.admin.get('/roles/sales_rep')).body;
      const res = await org.admin.put('/roles/sales_rep', {
        title: role.title,
        permissions: role.permissions,
        scoring: { ...role.scoring, surveyMaxPenalty },
        effectiveFrom: '2026-10',
        note: `survey grades up to ${surveyMaxPenalty}`,
      });
      expect(res.status).toBe(200);
    };
    await setMax(3);
    const over = await m1.post(`/market-surveys/${theirs.id}/grade`, { penalty: 3.5 });
    expect(over.status).toBe(400);
    expect(paths(over.body)).toEqual(['/penalty']);
    expect(over.body.errors[0].message).toContain('3');
    expect((await m1.post(`/market-surveys/${theirs.id}/grade`, { penalty: 3 })).body).toMatchObject({ penalty: 3 });
    await setMax(8);
    expect((await m1.post(`/market-surveys/${theirs.id}/grade`, { penalty: 7.5 })).body).toMatchObject({ penalty: 7.5 });
    await setMax(5);
    expect((await m1.post(`/market-surveys/${theirs.id}/grade`, { penalty: 0 })).status).toBe(200);
  });
});
