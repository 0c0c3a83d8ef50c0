import { describe, expect, it, jest } from '@jest/globals';
import { client } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';
import { paths } from '../../test/field-work.js';

jest.setTimeout(30_000);

const task = (assigneeId: string, extra: object = {}) => ({
  title: '整理货架',
  description: '把新品放到黄金陈列位',
  assigneeId,
  dueAt: '2026-12-01T10:00:00+08:00',
  ...extra,
});

const { t, org, as: { r1, r1b, r2, m1, m2, gm } } = seededOrg('r1', 'r1b', 'r2', 'm1', 'm2', 'gm');

describe('POST /tasks', () => {
  it('assigns a task within the team: 201 open, audited', async () => {
    const res = await m1.post('/tasks', task(org.ids.r1!));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'open',
      assigneeId: org.ids.r1,
      assignerId: org.ids.m1,
      dueAt: '2026-12-01T02:00:00.000Z',
      source: 'manual',
      scored: true,
      completedAt: null,
    });
    expect(res.headers.etag).toBe('"v1"');
    const audit = await org.admin.get(`/audit?entity=task&entityId=${res.body.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'create', actorId: org.ids.m1 });
    // The GM's team reaches down the whole chain.
    expect((await gm.post('/tasks', task(org.ids.r2!))).status).toBe(201);
  });

  it('answers 404 for an assignee outside the team, and 403 without tasks.assign', async () => {
    expect((await m1.post('/tasks', task(org.ids.r2!))).status).toBe(404);
    expect((await m1.post('/tasks', task('no-such-user'))).status).toBe(404);
    expect((await m2.post('/tasks', task(org.ids.m1!))).status).toBe(404);
    expect((await r1.post('/tasks', task(org.ids.r1b!))).status).toBe(403);
  });

  it('refuses a task for oneself and bad input with 400 naming the field', async () => {
    const self = await m1.post('/tasks', task(org.ids.m1!));
    expect(self.status).toBe(400);
    expect(paths(self.body)).toEqual(['/assigneeId']);
    for (const [patch, path] of [
      [{ title: '' }, '/title'],
      [{ dueAt: 'tomorrow' }, '/dueAt'],
      [{ dueAt: '2026-12-01T10:00:00' }, '/dueAt'],
      [{ description: undefined }, '/description'],
    ] as const) {
      const res = await m1.post('/tasks', { ...task(org.ids.r1!), ...patch });
      expect(res.status).toBe(400);
      expect(paths(res.body)).toContain(path);
    }
  });
});

describe('complete and review', () => {
  it('runs open -> done -> accepted, each step by the right person, and refuses every other transition with 409', async () => {
    const { body: created } = await m1.post('/tasks', task(org.ids.r1!));
    const id = created.id;
    // Only the assignee completes; another team's members do not even see it.
    expect((await m1.post(`/tasks/${id}/complete`, {})).status).toBe(403);
    expect((await r1b.post(`/tasks/${id}/complete`, {})).status).toBe(404);
    expect((await r2.post(`/tasks/${id}/complete`, {})).status).toBe(404);
    // Review before done is a state conflict.
    expect((await m1.post(`/tasks/${id}/review`, { meetsRequirements: true })).status).toBe(409);

    const done = await r1.post(`/tasks/${id}/complete`, { note: '已完成，见照片' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', completionNote: '已完成，见照片', version: 2 });
    expect(typeof done.body.completedAt).toBe('string');
    expect((await r1.post(`/tasks/${id}/complete`, {})).status).toBe(409);

    // Only the assigner reviews: not the assignee, not the GM above.
    expect((await r1.post(`/tasks/${id}/review`, { meetsRequirements: true })).status).toBe(403);
    expect((await gm.post(`/tasks/${id}/review`, { meetsRequirements: true })).status).toBe(403);
    expect((await m2.post(`/tasks/${id}/review`, { meetsRequirements: true })).status).toBe(404);
    const bad = await m1.post(`/tasks/${id}/review`, {});
    expect(bad.status).toBe(400);
    expect(paths(bad.body)).toEqual(['/meetsRequirements']);

    const accepted = await m1.post(`/tasks/${id}/review`, { meetsRequirements: true, note: '好' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', reviewNote: '好', version: 3 });
    expect((await m1.post(`/tasks/${id}/review`, { meetsRequirements: false })).status).toBe(409);
    expect((await r1.post(`/tasks/${id}/complete`, {})).status).toBe(409);

    const audit = await org.admin.get(`/audit?entity=task&entityId=${id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['review', 'complete', 'create']);
  });

  it('records a review that does not meet the requirements as failed', async () => {
    const { body: created } = await m1.post('/tasks', task(org.ids.r1b!));
    await r1b.post(`/tasks/${created.id}/complete`, {});
    const failed = await m1.post(`/tasks/${created.id}/review`, { meetsRequirements: false, note: '陈列不合格' });
    expect(failed.body).toMatchObject({ status: 'failed', reviewNote: '陈列不合格' });
  });

  it('refuses an API client that reviews a task as failed (403, the task stays done); accepted is allowed', async () => {
    const created = await org.admin.post('/api-clients', { name: 'erp-tasks', scopes: ['tasks.assign'] });
    const token = await client(t.app).post('/auth/token', { grantType: 'client_credentials', clientId: created.body.clientId, clientSecret: created.body.clientSecret });
    const erp = client(t.app, token.body.accessToken);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const assigned = await erp.post('/tasks', task(org.ids.r1b!));
      expect(assigned.status).toBe(201);
      expect((await r1b.post(`/tasks/${assigned.body.id}/complete`, {})).status).toBe(200);
      ids.push(assigned.body.id);
    }
    const refused = await erp.post(`/tasks/${ids[0]}/review`, { meetsRequirements: false });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect((await r1b.get(`/tasks/${ids[0]}`)).body).toMatchObject({ status: 'done', reviewedAt: null });
    expect((await erp.post(`/tasks/${ids[1]}/review`, { meetsRequirements: true })).body.status).toBe('accepted');
  });

  it('honours If-Match on actions', async () => {
    const { body: created } = await m1.post('/tasks', task(org.ids.r1!));
    expect((await r1.post(`/tasks/${created.id}/complete`, {}, { 'if-match': '"v7"' })).status).toBe(412);
    expect((await r1.post(`/tasks/${created.id}/complete`, {}, { 'if-match': '"v1"' })).status).toBe(200);
  });
});

describe('GET /tasks', () => {
  it('filters by assignee, status and due range within visibility', async () => {
    const a = await m2.post('/tasks', task(org.ids.r2!, { dueAt: '2026-11-10T09:00:00+08:00' }));
    const b = await m2.post('/tasks', task(org.ids.r2!, { dueAt: '2026-11-11T09:00:00+08:00' }));
    await r2.post(`/tasks/${b.body.id}/complete`, {});

    const mine = await r2.get('/tasks');
    expect(mine.body.items.every((x: { assigneeId: string }) => x.assigneeId === org.ids.r2)).toBe(true);
    const open = await r2.get('/tasks?status=open&dueFrom=2026-11-10&dueTo=2026-11-10');
    expect(open.body.items.map((x: { id: string }) => x.id)).toEqual([a.body.id]);
    const range = await m2.get(`/tasks?assigneeId=${org.ids.r2}&dueFrom=2026-11-10T00:00:00%2B08:00&dueTo=2026-11-11T23:59:59%2B08:00`);
    expect(range.body.items.map((x: { id: string }) => x.id)).toEqual([a.body.id, b.body.id]);
    // Another rep sees none of them; a filter on someone invisible just yields nothing.
    expect((await r1.get(`/tasks?assigneeId=${org.ids.r2}`)).body.items).toEqual([]);
    expect((await r1.get(`/tasks/${a.body.id}`)).status).toBe(404);
    expect((await m2.get(`/tasks/${a.body.id}`)).status).toBe(200);
    expect((await r2.get('/tasks?status=closed')).status).toBe(400);
  });

  it('pages through tasks with a cursor, earliest due first', async () => {
    for (let d = 1; d <= 5; d++) await m1.post('/tasks', task(org.ids.r1b!, { dueAt: `2027-01-0${d}T09:00:00+08:00` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { dueAt: string }[]; nextCursor: string | null } } = await r1b.get(
        `/tasks?dueFrom=2027-01-01&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((x) => x.dueAt));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((d) => `2027-01-0${d}T01:00:00.000Z`));
  });
});
