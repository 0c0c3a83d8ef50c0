import { fakeApi } from '../test-utils/fake-api';
import * as scorecards from './scorecards';
import type { BulkProgress } from './scorecards';

describe('scorecards (api module)', () => {
  it('reads every page of the ranking', async () => {
    const net = fakeApi({
      'GET /scorecards': (req) =>
        req.query.get('cursor')
          ? { body: { items: [{ userId: 'u3', rank: 3 }], nextCursor: null } }
          : { body: { items: [{ userId: 'u1', rank: 1 }, { userId: 'u2', rank: 2 }], nextCursor: 'c2' } },
    });
    const rows = await scorecards.ranking('2026-11', 'm1');
    expect(rows.map((r) => r.userId)).toEqual(['u1', 'u2', 'u3']);
    expect(net.calls[0]!.query.get('managerId')).toBe('m1');
  });

  it('closes the month card by card with progress; one refusal does not stop the rest, a card already final counts as done', async () => {
    fakeApi({
      'POST /scorecards/u1/2026-11/finalize': () => ({ body: { status: 'final' } }),
      'POST /scorecards/u2/2026-11/finalize': () => ({ status: 409, body: { title: 'Conflict', status: 409 } }),
      'POST /scorecards/u3/2026-11/finalize': () => ({ status: 403, body: { title: 'Forbidden', status: 403 } }),
      'POST /scorecards/u4/2026-11/finalize': () => ({ body: { status: 'final' } }),
    });
    const seen: BulkProgress[] = [];
    const result = await scorecards.finalizeAll(['u1', 'u2', 'u3', 'u4'], '2026-11', (p) => seen.push(p));
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(result.done).toBe(4);
    expect(result.failed.map((f) => f.userId)).toEqual(['u3']);
  });

  it('sends the reason of a reopening', async () => {
    const net = fakeApi({ 'POST /scorecards/u1/2026-10/reopen': () => ({ body: { status: 'draft' } }) });
    await scorecards.reopen('u1', '2026-10', '回款数据更正');
    expect(net.calls[0]!.body).toEqual({ note: '回款数据更正' });
  });
});
