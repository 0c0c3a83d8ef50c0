import { createPinia, setActivePinia } from 'pinia';
import { fakeApi } from '../test-utils/fake-api';
import { ifMatch } from '../api/lists';
import { useInboxStore } from './inbox';

const inbox = () => ({
  promotions: [{ id: 'p1', status: 'submitted', awaiting: 'approval', estimatedCost: 8000 }, { id: 'p2', status: 'pending_gm', awaiting: 'gm_approval', estimatedCost: 9000 }],
  returns: [{ id: 'r1', status: 'pending_approval' }],
  tasks: [{ id: 't1', status: 'done', version: 3 }],
  surveys: [{ id: 's1', month: '2026-11' }],
  counts: { promotions: 7, returns: 1, tasks: 1, surveys: 1 },
});

describe('inbox store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads what waits and totals the full counts, not the listed items', async () => {
    fakeApi({ 'GET /inbox': () => ({ body: inbox() }) });
    const store = useInboxStore();
    await store.load();
    expect(store.total).toBe(10);
    expect(store.inbox?.promotions).toHaveLength(2);
  });

  it('approves a promotion and takes it off the list and the count at once', async () => {
    const net = fakeApi({
      'GET /inbox': () => ({ body: inbox() }),
      'POST /promotions/p1/approve': () => ({ body: { id: 'p1', status: 'pending_gm' } }),
    });
    const store = useInboxStore();
    await store.load();
    const updated = await store.decidePromotion('p1', 'approve');
    expect(updated.status).toBe('pending_gm');
    expect(store.inbox?.promotions.map((p) => p.id)).toEqual(['p2']);
    expect(store.inbox?.counts.promotions).toBe(6);
    expect(net.calls.at(-1)).toMatchObject({ method: 'POST', path: '/promotions/p1/approve', body: {} });
  });

  it('sends a rejection note, and keeps the item when the API refuses', async () => {
    const net = fakeApi({
      'GET /inbox': () => ({ body: inbox() }),
      'POST /promotions/p2/reject': () => ({ status: 403, body: { title: 'Forbidden', status: 403 } }),
    });
    const store = useInboxStore();
    await store.load();
    await expect(store.decidePromotion('p2', 'reject', '费用过高')).rejects.toMatchObject({ status: 403 });
    expect(net.calls.at(-1)?.body).toEqual({ note: '费用过高' });
    expect(store.inbox?.promotions).toHaveLength(2);
    expect(store.total).toBe(10);
  });

  it('reviews a task with the version it read (If-Match), so a changed task is not judged blind', async () => {
    const net = fakeApi({
      'GET /inbox': () => ({ body: inbox() }),
      'POST /tasks/t1/review': () => ({ body: { id: 't1', status: 'failed' } }),
    });
    const store = useInboxStore();
    await store.load();
    await store.reviewTask({ id: 't1', version: 3 }, false, '未附照片');
    const call = net.calls.at(-1)!;
    expect(call.headers['If-Match']).toBe('"v3"');
    expect(call.body).toEqual({ meetsRequirements: false, note: '未附照片' });
    expect(store.inbox?.tasks).toEqual([]);
    expect(store.inbox?.counts.tasks).toBe(0);
  });

  it('grades a survey and decides a return', async () => {
    const net = fakeApi({
      'GET /inbox': () => ({ body: inbox() }),
      'POST /market-surveys/s1/grade': () => ({ body: { id: 's1', penalty: 1.5 } }),
      'POST /returns/r1/approve': () => ({ body: { id: 'r1', status: 'approved' } }),
    });
    const store = useInboxStore();
    await store.load();
    await store.gradeSurvey('s1', 1.5);
    await store.decideReturn('r1', 'approve');
    expect(net.calls.map((c) => c.body).slice(1)).toEqual([{ penalty: 1.5 }, {}]);
    expect(store.total).toBe(8);
  });

  it('only sends If-Match for a known version', () => {
    expect(ifMatch(2)).toEqual({ 'If-Match': '"v2"' });
    expect(ifMatch(undefined)).toEqual({});
  });
});
