import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { listAudit } from '../../db/repos/audit.js';
import { getScorecardRow, markScorecardReopened, saveFinalScorecard } from '../../db/repos/scoring.js';
import { webhookDeliveries } from '../../db/schema/index.js';
import { as, freezeTime, realTime } from '../../test/fixtures-scoring.js';
import { makeApp, seedOrg, type TestContext } from '../../test/helpers.js';

/*
 * Finalize and reopen write from the state they read, and that state is in the write's WHERE:
 * a second finalize (or reopen) that read the card before the first one wrote it writes nothing
 * and is 409 — never a second snapshot, audit entry or `scorecard.finalized` event.
 */

jest.setTimeout(60_000);

let ctx: TestContext;
const ids: Record<string, string> = {};
const MONTH = '2026-11';

beforeAll(async () => {
  freezeTime('2026-12-10T02:00:00.000Z');
  ctx = await makeApp();
  const org = await seedOrg(ctx.app);
  Object.assign(ids, org.ids);
  const hook = await org.admin.post('/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['scorecard.finalized'], allowPrivateNetwork: true });
  expect(hook.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await ctx.close();
  realTime();
});

const finalizeEvents = (userId: string) =>
  ctx.app.db
    .select()
    .from(webhookDeliveries)
    .all()
    .filter((d) => d.event === 'scorecard.finalized' && String(d.payload).includes(userId));

describe('the state read is in the write', () => {
  it('a finalize from "no card" writes nothing once a card exists, one from "reopened" nothing once it is final', () => {
    const db = ctx.app.db;
    const row = { userId: ids.r1b!, month: '2026-10', snapshot: { total: 1 }, finalizedAt: '2026-12-10T02:00:00.000Z', finalizedBy: ids.m1! };
    expect(saveFinalScorecard(db, row, null)).toMatchObject({ status: 'final' });
    // a second finalizer that read "no card" before the first wrote it
    expect(saveFinalScorecard(db, { ...row, snapshot: { total: 2 }, finalizedBy: ids.gm! }, null)).toBeUndefined();
    // one that read "reopened" while it is final again
    expect(saveFinalScorecard(db, { ...row, snapshot: { total: 3 } }, 'reopened')).toBeUndefined();
    expect(getScorecardRow(db, ids.r1b!, '2026-10')).toMatchObject({ status: 'final', snapshot: { total: 1 }, finalizedBy: ids.m1 });

    expect(markScorecardReopened(db, ids.r1b!, '2026-10', 'first')).toMatchObject({ status: 'reopened', reopenNote: 'first' });
    // a second reopen that read "final" before the first reopened it
    expect(markScorecardReopened(db, ids.r1b!, '2026-10', 'second')).toBeUndefined();
    expect(getScorecardRow(db, ids.r1b!, '2026-10')).toMatchObject({ status: 'reopened', reopenNote: 'first' });
    expect(saveFinalScorecard(db, { ...row, snapshot: { total: 4 } }, 'reopened')).toMatchObject({ status: 'final', snapshot: { total: 4 }, reopenNote: null });
  });
});

describe('a double finalize', () => {
  it('sent twice at once: one 200, one 409, one audit entry and one event', async () => {
    const m1 = await as(ctx.app, 'm1');
    const answers = await Promise.all([m1.post(`/scorecards/${ids.r1}/${MONTH}/finalize`), m1.post(`/scorecards/${ids.r1}/${MONTH}/finalize`)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ detail: `the scorecard of ${MONTH} is already final` });
    const audits = listAudit(ctx.app.db, { entity: 'scorecard', entityId: `${ids.r1}/${MONTH}`, limit: 10 });
    expect(audits.map((a) => a.action)).toEqual(['finalize']);
    expect(finalizeEvents(ids.r1!)).toHaveLength(1);
  });

  it('reopened twice at once: one 200, one 409; finalized again after a reopen: 200, then 409', async () => {
    const m1 = await as(ctx.app, 'm1');
    const reopen = () => m1.post(`/scorecards/${ids.r1}/${MONTH}/reopen`, { note: 'a collection was booked late' });
    const answers = await Promise.all([reopen(), reopen()]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ detail: `the scorecard of ${MONTH} is not final` });
    expect((await m1.post(`/scorecards/${ids.r1}/${MONTH}/finalize`)).status).toBe(200);
    expect((await m1.post(`/scorecards/${ids.r1}/${MONTH}/finalize`)).status).toBe(409);
    const audits = listAudit(ctx.app.db, { entity: 'scorecard', entityId: `${ids.r1}/${MONTH}`, limit: 10 });
    expect(audits.map((a) => a.action).sort()).toEqual(['finalize', 'finalize', 'reopen']);
    expect(finalizeEvents(ids.r1!)).toHaveLength(2);
  });
});
