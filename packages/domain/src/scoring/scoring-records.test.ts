import {
  collectionAmount,
  marketPlanCompletion,
  scoringRecordAuthor,
  scoringRecordStore,
} from './scoring-records.js';

describe('scoringRecordAuthor', () => {
  it('lets a manager record about someone else', () => {
    expect(scoringRecordAuthor({ id: 'mgr', kind: 'user' }, 'rep')).toEqual({ ok: true });
  });
  it('refuses a record about oneself (FORBIDDEN)', () => {
    expect(scoringRecordAuthor({ id: 'mgr', kind: 'user' }, 'mgr')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: 'nobody records scoring inputs about themself',
    });
  });
  it('an API client is nobody’s subject, even with an id equal to a user’s', () => {
    expect(scoringRecordAuthor({ id: 'x', kind: 'client' }, 'x')).toEqual({ ok: true });
  });
});

describe('scoringRecordStore', () => {
  it('accepts no store, or one that exists', () => {
    expect(scoringRecordStore(undefined, false)).toEqual({ ok: true });
    expect(scoringRecordStore(null, false)).toEqual({ ok: true });
    expect(scoringRecordStore('s1', true)).toEqual({ ok: true });
  });
  it('refuses an unknown store on /storeId (VALIDATION)', () => {
    expect(scoringRecordStore('nope', false)).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'no such store',
      path: '/storeId',
    });
  });
});

describe('collectionAmount', () => {
  it('books an amount above 0', () => {
    expect(collectionAmount(1)).toEqual({ ok: true });
  });
  it('refuses 0 and below on /amount (VALIDATION)', () => {
    for (const minor of [0, -100, Number.NaN]) {
      expect(collectionAmount(minor)).toEqual({
        ok: false,
        code: 'VALIDATION',
        message: 'must be above 0',
        path: '/amount',
      });
    }
  });
});

describe('marketPlanCompletion', () => {
  it('completes an open plan', () => {
    expect(marketPlanCompletion({ completedDate: null })).toEqual({ ok: true });
  });
  it('refuses a plan completed before (CONFLICT), naming the date', () => {
    expect(marketPlanCompletion({ completedDate: '2026-11-20' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'the market plan was completed on 2026-11-20',
    });
  });
});
